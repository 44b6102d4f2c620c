package org.doudi.casework;

import static org.doudi.casework.ReviewState.ASSESSED;
import static org.doudi.casework.ReviewState.DECIDED;
import static org.doudi.casework.ReviewState.INVESTIGATED;
import static org.doudi.casework.ReviewState.IN_PUBLICITY;
import static org.doudi.casework.ReviewState.NOTIFIED;
import static org.doudi.casework.ReviewState.OPEN;
import static org.doudi.casework.ReviewState.PROPOSED;
import static org.doudi.casework.ReviewState.VERIFIED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.doudi.assessment.Status;
import org.doudi.payment.BenefitEnd;
import org.doudi.shared.security.Role;

/**
 * The review of a benefit in force (DOMAIN.md §3.4) as a table of transitions and the rules on them. Pure:
 * the caller supplies the review's facts, the actor and the date.
 *
 * <p>The town caseworker records the visit (a town approver may join and record it, and may then not decide:
 * maker-checker), the assessment, the proposal, an exit, the publicity of a 特困 end and the notification; the
 * economic verification is the county's or the town caseworker's; a town approver or a county officer decides
 * (or sends the review back for a new visit). Every stop or change takes effect from the month after the
 * decision ({@link #effect}).
 */
public final class ReviewProcedure {

    private static final Set<Role> CASEWORKER = Set.of(Role.TOWN_CASEWORKER);
    private static final Set<Role> DECIDERS = Set.of(Role.TOWN_APPROVER, Role.COUNTY_OFFICER);

    /** The table, in the order of the procedure. */
    public static final List<ReviewTransition> TABLE = List.of(
            new ReviewTransition(ReviewAction.INVESTIGATION, Set.of(OPEN), INVESTIGATED,
                    Set.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER)),
            new ReviewTransition(ReviewAction.VERIFICATION, Set.of(INVESTIGATED), VERIFIED,
                    Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER)),
            new ReviewTransition(ReviewAction.ASSESSMENT, Set.of(VERIFIED, ASSESSED), ASSESSED, CASEWORKER),
            new ReviewTransition(ReviewAction.PROPOSAL, Set.of(ASSESSED), PROPOSED, CASEWORKER),
            new ReviewTransition(ReviewAction.EXIT, Set.of(OPEN, INVESTIGATED, VERIFIED, ASSESSED), PROPOSED, CASEWORKER),
            new ReviewTransition(ReviewAction.PUBLICITY, Set.of(PROPOSED), IN_PUBLICITY, CASEWORKER),
            new ReviewTransition(ReviewAction.RETURN, Set.of(PROPOSED, IN_PUBLICITY), OPEN, DECIDERS),
            new ReviewTransition(ReviewAction.DECISION, Set.of(PROPOSED, IN_PUBLICITY), DECIDED, DECIDERS),
            new ReviewTransition(ReviewAction.NOTIFICATION, Set.of(DECIDED), NOTIFIED, CASEWORKER));

    /** 公示 of a 特困 end: seven days, the posting day the first (DOMAIN.md §2.2). */
    public static final int PUBLICITY_DAYS = 7;
    /** A change reported is reviewed within 10 working days (the 特困 self-care rule of §2.2, taken for every change). */
    public static final int CHANGE_REVIEW_WORKING_DAYS = 10;
    /** An exit is decided within 10 working days of its record (as an application's decision, §3.1). */
    public static final int EXIT_DECISION_WORKING_DAYS = 10;
    /** A member's death is checked and acted on within 3 months (§3.4). */
    public static final int DEATH_CHECK_MONTHS = 3;
    /** A change reported more than 3 months after it happened draws a note (§3.4). */
    public static final int LATE_REPORT_MONTHS = 3;

    private ReviewProcedure() {
    }

    public static ReviewTransition of(ReviewAction action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(action + " is an event, not a step"));
    }

    /** The steps the table allows in a state (their conditions may still refuse them). */
    public static List<ReviewAction> actionsIn(ReviewState state) {
        return TABLE.stream().filter(t -> t.from().contains(state)).map(ReviewTransition::action).toList();
    }

    public static boolean mayTake(Set<Role> roles, ReviewAction action) {
        return of(action).roles().stream().anyMatch(roles::contains);
    }

    public static LocalDate publicityEnds(LocalDate from) {
        return from.plusDays(PUBLICITY_DAYS - 1);
    }

    /** A 特困 end — a stop or an exit of a 特困 benefit — is posted for 7 days before it is decided (§2.2). */
    public static boolean needsPublicity(ReviewFile file) {
        return "TEKUN".equals(file.programme()) && file.proposedOutcome() == ReviewOutcome.STOP;
    }

    /** Whether a change was reported more than {@link #LATE_REPORT_MONTHS} months after it happened. */
    public static boolean lateReport(LocalDate occurredOn, LocalDate reportedOn) {
        return occurredOn.plusMonths(LATE_REPORT_MONTHS).isBefore(reportedOn);
    }

    /** The transition for {@code action} on {@code on}, or {@link ReviewStepRefused} when the state or a condition forbids it. */
    public static ReviewTransition check(ReviewFile file, ReviewAction action, LocalDate on) {
        ReviewTransition t = of(action);
        if (!t.from().contains(file.state())) {
            throw refused(file, "a review in state " + file.state() + " does not allow " + action);
        }
        condition(file, action, on).ifPresent(reason -> {
            throw refused(file, reason);
        });
        return t;
    }

    private static Optional<String> condition(ReviewFile file, ReviewAction action, LocalDate on) {
        return switch (action) {
            case PUBLICITY -> needsPublicity(file) ? Optional.empty()
                    : Optional.of("only the end of 特困 support is publicised; decide this proposal");
            case DECISION -> {
                if (file.state() == PROPOSED && needsPublicity(file)) {
                    yield Optional.of("特困 support ends after 7 days' publicity: record the publicity first");
                }
                if (file.state() == IN_PUBLICITY && on != null && !on.isAfter(file.publicityEnds())) {
                    yield Optional.of("the publicity runs until " + file.publicityEnds() + ": decide after it");
                }
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /** Maker-checker (DOMAIN.md §1.2): whoever recorded a visit of the review may not decide it. */
    public static void checkDecider(ReviewFile file, String username) {
        if (file.investigators().contains(username)) {
            throw new MakerCheckerRefused("you recorded the investigation of this review, so you may not decide it: "
                    + "another town approver or a county officer must decide");
        }
    }

    /**
     * The outcomes a proposal may take after the frozen assessment: the calculator's finding (the same amount:
     * continue; another: change it; 渐退: gradual exit; not eligible: stop) — and a stop always, for reasons
     * the calculator does not see (the household refuses the review, moved away), given in writing.
     */
    public static Set<ReviewOutcome> outcomesFor(Status status, BigDecimal assessedAmount, BigDecimal currentAmount) {
        Set<ReviewOutcome> out = EnumSet.of(ReviewOutcome.STOP);
        if (status == Status.ELIGIBLE) {
            boolean same = currentAmount != null && assessedAmount != null && assessedAmount.compareTo(currentAmount) == 0;
            out.add(same ? ReviewOutcome.CONTINUE : ReviewOutcome.CHANGE_AMOUNT);
        } else if (status == Status.GRADUAL_EXIT) {
            out.add(ReviewOutcome.GRADUAL_EXIT);
        }
        return out;
    }

    /**
     * What a decision on {@code decidedOn} does to the benefit (every stop or change from the next month, M+1):
     * continue — nothing; change — the new amount from M+1 (or from the benefit's first month, if later);
     * gradual exit — paid at the current amount up to the calculator's last month ({@code gradualUntil}: M+months
     * of the assessment), then stopped, never before the month of the decision; stop — last paid month M.
     */
    public static BenefitChange effect(ReviewOutcome outcome, LocalDate decidedOn, YearMonth benefitFrom,
                                       BigDecimal amount, YearMonth gradualUntil, ExitReason exitReason) {
        YearMonth decided = YearMonth.from(decidedOn);
        YearMonth next = decided.plusMonths(1);
        return switch (outcome) {
            case CONTINUE -> new BenefitChange(outcome, null, null, null, null);
            case CHANGE_AMOUNT -> new BenefitChange(outcome, next.isBefore(benefitFrom) ? benefitFrom : next, amount,
                    null, null);
            case GRADUAL_EXIT -> new BenefitChange(outcome, null, null,
                    gradualUntil.isBefore(decided) ? decided : gradualUntil, BenefitEnd.GRADUAL_EXIT_ENDED);
            case STOP -> new BenefitChange(outcome, null, null, decided,
                    exitReason == null ? BenefitEnd.EXIT : exitReason.benefitEnd());
        };
    }

    /**
     * A decision's effect on the benefit: a new {@code amount} from {@code amountFrom}, or the last month paid
     * ({@code lastMonth}) and why it ends; all null for a continuation.
     */
    public record BenefitChange(ReviewOutcome outcome, YearMonth amountFrom, BigDecimal amount, YearMonth lastMonth,
                                BenefitEnd end) {
    }

    private static ReviewStepRefused refused(ReviewFile file, String reason) {
        return new ReviewStepRefused(file.state(), actionsIn(file.state()), reason);
    }
}

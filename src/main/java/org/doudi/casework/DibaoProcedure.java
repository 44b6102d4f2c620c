package org.doudi.casework;

import static org.doudi.casework.CaseState.APPLIED;
import static org.doudi.casework.CaseState.ASSESSED;
import static org.doudi.casework.CaseState.DECIDED;
import static org.doudi.casework.CaseState.INVESTIGATING;
import static org.doudi.casework.CaseState.IN_PUBLICITY;
import static org.doudi.casework.CaseState.NOTIFIED;
import static org.doudi.casework.CaseState.OBJECTED;
import static org.doudi.casework.CaseState.TOWN_OPINION;
import static org.doudi.casework.CaseState.VERIFYING;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.doudi.shared.security.Role;

/**
 * The 低保 procedure (审核确认, DOMAIN.md §3.1) as a table of transitions and the guards on them. Pure:
 * the caller supplies the case's facts, the actor and the date of the step.
 *
 * <p>Who: the town caseworker takes the application and records the investigation, the assessment and
 * the publicity; a town approver may take part in a household visit and record it (and may then not
 * decide that case: maker-checker); the economic verification is the county's, so a county officer may record its result
 * too; the town's opinion is given by its caseworker or approver; the decision is the town approver's
 * (decisions are taken as devolved to the town, see decision 0015) or a county officer's.
 */
public final class DibaoProcedure {

    private static final Set<Role> CASEWORKER = Set.of(Role.TOWN_CASEWORKER);
    private static final Set<Role> DECIDERS = Set.of(Role.TOWN_APPROVER, Role.COUNTY_OFFICER);

    /** The table, in the order of the procedure. */
    public static final List<Transition> TABLE = List.of(
            new Transition(CaseAction.INTAKE, Set.of(), APPLIED, CASEWORKER),
            new Transition(CaseAction.DOCUMENTS, Set.of(APPLIED), APPLIED, CASEWORKER),
            new Transition(CaseAction.INVESTIGATION, Set.of(APPLIED, OBJECTED), INVESTIGATING,
                    Set.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER)),
            new Transition(CaseAction.VERIFICATION, Set.of(INVESTIGATING), VERIFYING,
                    Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER)),
            new Transition(CaseAction.ASSESSMENT, Set.of(VERIFYING), ASSESSED, CASEWORKER),
            new Transition(CaseAction.TOWN_OPINION, Set.of(ASSESSED), TOWN_OPINION,
                    Set.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER)),
            new Transition(CaseAction.PUBLICITY, Set.of(TOWN_OPINION), IN_PUBLICITY, CASEWORKER),
            new Transition(CaseAction.OBJECTION, Set.of(IN_PUBLICITY), OBJECTED, CASEWORKER),
            new Transition(CaseAction.DECISION, Set.of(TOWN_OPINION, IN_PUBLICITY), DECIDED, DECIDERS),
            new Transition(CaseAction.NOTIFICATION, Set.of(DECIDED), NOTIFIED, CASEWORKER));

    /** 公示: seven days, counted in days (not working days), the first being the day it is posted. */
    public static final int PUBLICITY_DAYS = 7;

    private DibaoProcedure() {
    }

    public static Transition of(CaseAction action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    /** The actions the table allows in a state (their conditions may still refuse them). */
    public static List<CaseAction> actionsIn(CaseState state) {
        return TABLE.stream().filter(t -> t.from().contains(state)).map(Transition::action).toList();
    }

    public static boolean mayTake(Set<Role> roles, CaseAction action) {
        return of(action).roles().stream().anyMatch(roles::contains);
    }

    /** The last day of a publicity posted on {@code from}. */
    public static LocalDate publicityEnds(LocalDate from) {
        return from.plusDays(PUBLICITY_DAYS - 1);
    }

    /**
     * The transition for taking {@code action} on {@code on}, or {@link StepRefused} when the state or a
     * condition of it does not allow it. {@code outcome} matters for the decision only (null otherwise).
     */
    public static Transition check(CaseFile file, CaseAction action, LocalDate on, Outcome outcome) {
        Transition t = of(action);
        if (!t.from().contains(file.state())) {
            throw refused(file, "a case in state " + file.state() + " does not allow " + action);
        }
        condition(file, action, on, outcome).ifPresent(reason -> {
            throw refused(file, reason);
        });
        return t;
    }

    private static Optional<String> condition(CaseFile file, CaseAction action, LocalDate on, Outcome outcome) {
        return switch (action) {
            case DOCUMENTS -> file.accepted()
                    ? Optional.of("the application was accepted on " + file.acceptedOn() + ": no document is missing")
                    : Optional.empty();
            case INVESTIGATION -> file.accepted() ? Optional.empty()
                    : Optional.of("the application is not accepted yet: documents missing " + file.missingDocuments());
            case PUBLICITY -> file.recommendation() != Outcome.APPROVE
                    ? Optional.of("the town recommends refusal: only an application to approve is publicised; decide it")
                    : Boolean.TRUE.equals(file.assessedEligible()) ? Optional.empty()
                    : Optional.of("the frozen assessment found the household not eligible for 低保");
            case OBJECTION -> on != null && on.isAfter(file.publicityEnds())
                    ? Optional.of("the publicity ended on " + file.publicityEnds() + ": an objection is taken during it")
                    : Optional.empty();
            case DECISION -> decisionCondition(file, on, outcome);
            default -> Optional.empty();
        };
    }

    private static Optional<String> decisionCondition(CaseFile file, LocalDate on, Outcome outcome) {
        if (file.state() == TOWN_OPINION) {
            if (file.recommendation() != Outcome.REFUSE) {
                return Optional.of("the town recommends approval: the publicity comes before the decision");
            }
            if (outcome == Outcome.APPROVE) {
                return Optional.of("nobody is approved without publicity: record the publicity first");
            }
            return Optional.empty();
        }
        if (on != null && !on.isAfter(file.publicityEnds())) {
            return Optional.of("the publicity runs until " + file.publicityEnds() + ": decide after it");
        }
        return Optional.empty();
    }

    /** Maker-checker (DOMAIN.md §1.2): whoever recorded an investigation of the case may not decide it. */
    public static void checkDecider(CaseFile file, String username) {
        if (file.investigators().contains(username)) {
            throw new MakerCheckerRefused("you recorded the investigation of this case, so you may not decide it: "
                    + "another town approver or a county officer must decide");
        }
    }

    private static StepRefused refused(CaseFile file, String reason) {
        return new StepRefused(file.state(), actionsIn(file.state()), reason);
    }
}

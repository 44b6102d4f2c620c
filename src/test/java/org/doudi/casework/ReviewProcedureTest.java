package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.doudi.assessment.Status;
import org.doudi.payment.BenefitEnd;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;

/** The review procedure's table, guards and effects on the benefit, without a database. */
class ReviewProcedureTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    /** DOMAIN.md §3.4 written out by hand: the states each step is taken from, and where it leads. */
    static final Map<ReviewAction, Set<ReviewState>> FROM = Map.of(
            ReviewAction.INVESTIGATION, Set.of(ReviewState.OPEN),
            ReviewAction.VERIFICATION, Set.of(ReviewState.INVESTIGATED),
            ReviewAction.ASSESSMENT, Set.of(ReviewState.VERIFIED, ReviewState.ASSESSED),
            ReviewAction.PROPOSAL, Set.of(ReviewState.ASSESSED),
            ReviewAction.EXIT, Set.of(ReviewState.OPEN, ReviewState.INVESTIGATED, ReviewState.VERIFIED,
                    ReviewState.ASSESSED),
            ReviewAction.PUBLICITY, Set.of(ReviewState.PROPOSED),
            ReviewAction.RETURN, Set.of(ReviewState.PROPOSED, ReviewState.IN_PUBLICITY),
            ReviewAction.DECISION, Set.of(ReviewState.PROPOSED, ReviewState.IN_PUBLICITY),
            ReviewAction.NOTIFICATION, Set.of(ReviewState.DECIDED));
    static final Map<ReviewAction, ReviewState> TO = Map.of(
            ReviewAction.INVESTIGATION, ReviewState.INVESTIGATED, ReviewAction.VERIFICATION, ReviewState.VERIFIED,
            ReviewAction.ASSESSMENT, ReviewState.ASSESSED, ReviewAction.PROPOSAL, ReviewState.PROPOSED,
            ReviewAction.EXIT, ReviewState.PROPOSED, ReviewAction.PUBLICITY, ReviewState.IN_PUBLICITY,
            ReviewAction.RETURN, ReviewState.OPEN, ReviewAction.DECISION, ReviewState.DECIDED,
            ReviewAction.NOTIFICATION, ReviewState.NOTIFIED);

    /** A 特困 stop, which is posted before it is decided: every condition met for the step it waits for. */
    static ReviewFile tekunStop(ReviewState state) {
        return new ReviewFile(state, "TEKUN", Set.of("qingshan.town.caseworker"), ReviewOutcome.STOP,
                state == ReviewState.IN_PUBLICITY || state == ReviewState.DECIDED ? DAY.minusDays(1) : null);
    }

    @Test
    void everyStateAllowsExactlyTheStepsOfTheProcedureAndEachLeadsWhereItShould() {
        for (ReviewState state : ReviewState.values()) {
            for (ReviewAction action : FROM.keySet()) {
                boolean allowed = FROM.get(action).contains(state);
                ReviewFile file = action == ReviewAction.PUBLICITY ? tekunStop(state)
                        : new ReviewFile(state, "DIBAO", Set.of(), ReviewOutcome.CONTINUE, DAY.minusDays(1));
                if (allowed) {
                    assertThat(ReviewProcedure.check(file, action, DAY).to()).as(action + " from " + state)
                            .isEqualTo(TO.get(action));
                } else {
                    var refused = catchThrowableOfType(ReviewStepRefused.class,
                            () -> ReviewProcedure.check(file, action, DAY));
                    assertThat(refused).as(action + " from " + state).isNotNull();
                    assertThat(refused.state()).isEqualTo(state);
                    assertThat(refused.allowed()).isEqualTo(ReviewProcedure.actionsIn(state));
                }
            }
        }
        assertThat(ReviewProcedure.actionsIn(ReviewState.NOTIFIED)).isEmpty();
        assertThat(ReviewProcedure.actionsIn(ReviewState.CLOSED)).isEmpty();
        assertThat(ReviewState.CLOSED.open()).isFalse();
        assertThat(ReviewState.DECIDED.open()).as("waits for its notification").isTrue();
    }

    @Test
    void theEventsAreNotStepsAnybodyTakes() {
        for (ReviewAction event : Set.of(ReviewAction.OPENED, ReviewAction.CHANGE_REPORTED, ReviewAction.CLOSED)) {
            assertThat(event.event()).isTrue();
            assertThatThrownBy(() -> ReviewProcedure.of(event)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theTownCaseworkerWorksTheReviewAndTheApproverOrCountyDecides() {
        Set<Role> caseworker = Set.of(Role.TOWN_CASEWORKER);
        Set<Role> approver = Set.of(Role.TOWN_APPROVER);
        Set<Role> county = Set.of(Role.COUNTY_OFFICER);
        assertThat(ReviewProcedure.mayTake(caseworker, ReviewAction.PROPOSAL)).isTrue();
        assertThat(ReviewProcedure.mayTake(caseworker, ReviewAction.DECISION)).isFalse();
        assertThat(ReviewProcedure.mayTake(approver, ReviewAction.DECISION)).isTrue();
        assertThat(ReviewProcedure.mayTake(county, ReviewAction.DECISION)).isTrue();
        assertThat(ReviewProcedure.mayTake(approver, ReviewAction.INVESTIGATION)).as("joins a visit").isTrue();
        assertThat(ReviewProcedure.mayTake(county, ReviewAction.VERIFICATION)).isTrue();
        assertThat(ReviewProcedure.mayTake(Set.of(Role.VILLAGE_COORDINATOR), ReviewAction.INVESTIGATION)).isFalse();
        assertThat(ReviewProcedure.mayTake(Set.of(Role.CITY_SUPERVISOR), ReviewAction.DECISION)).isFalse();
    }

    @Test
    void aTekunEndIsDecidedOnlyAfterSevenDaysOfPublicityOthersAreNotPosted() {
        var unposted = catchThrowableOfType(ReviewStepRefused.class,
                () -> ReviewProcedure.check(tekunStop(ReviewState.PROPOSED), ReviewAction.DECISION, DAY));
        assertThat(unposted.getMessage()).contains("publicity");
        LocalDate posted = LocalDate.of(2026, 11, 1);
        ReviewFile inPublicity = new ReviewFile(ReviewState.IN_PUBLICITY, "TEKUN", Set.of(), ReviewOutcome.STOP,
                ReviewProcedure.publicityEnds(posted));
        assertThat(ReviewProcedure.publicityEnds(posted)).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThatThrownBy(() -> ReviewProcedure.check(inPublicity, ReviewAction.DECISION, LocalDate.of(2026, 11, 7)))
                .isInstanceOf(ReviewStepRefused.class).hasMessageContaining("2026-11-07");
        assertThat(ReviewProcedure.check(inPublicity, ReviewAction.DECISION, LocalDate.of(2026, 11, 8)).to())
                .isEqualTo(ReviewState.DECIDED);

        ReviewFile tekunContinues = new ReviewFile(ReviewState.PROPOSED, "TEKUN", Set.of(), ReviewOutcome.CONTINUE, null);
        assertThat(ReviewProcedure.check(tekunContinues, ReviewAction.DECISION, DAY).to()).isEqualTo(ReviewState.DECIDED);
        assertThatThrownBy(() -> ReviewProcedure.check(tekunContinues, ReviewAction.PUBLICITY, DAY))
                .isInstanceOf(ReviewStepRefused.class);
        ReviewFile dibaoStop = new ReviewFile(ReviewState.PROPOSED, "DIBAO", Set.of(), ReviewOutcome.STOP, null);
        assertThat(ReviewProcedure.needsPublicity(dibaoStop)).isFalse();
        assertThatThrownBy(() -> ReviewProcedure.check(dibaoStop, ReviewAction.PUBLICITY, DAY))
                .isInstanceOf(ReviewStepRefused.class);
    }

    @Test
    void whoeverRecordedAVisitMayNotDecide() {
        ReviewFile file = new ReviewFile(ReviewState.PROPOSED, "DIBAO", Set.of("qingshan.town.approver"),
                ReviewOutcome.CONTINUE, null);
        assertThatThrownBy(() -> ReviewProcedure.checkDecider(file, "qingshan.town.approver"))
                .isInstanceOf(MakerCheckerRefused.class);
        ReviewProcedure.checkDecider(file, "qingshan.county");
    }

    @Test
    void theProposalFollowsTheFrozenAssessmentAndAStopIsAlwaysPossible() {
        BigDecimal paid = new BigDecimal("990");
        assertThat(ReviewProcedure.outcomesFor(Status.ELIGIBLE, new BigDecimal("990.00"), paid))
                .containsExactlyInAnyOrder(ReviewOutcome.CONTINUE, ReviewOutcome.STOP);
        assertThat(ReviewProcedure.outcomesFor(Status.ELIGIBLE, new BigDecimal("890"), paid))
                .containsExactlyInAnyOrder(ReviewOutcome.CHANGE_AMOUNT, ReviewOutcome.STOP);
        assertThat(ReviewProcedure.outcomesFor(Status.GRADUAL_EXIT, paid, paid))
                .containsExactlyInAnyOrder(ReviewOutcome.GRADUAL_EXIT, ReviewOutcome.STOP);
        assertThat(ReviewProcedure.outcomesFor(Status.INELIGIBLE, null, paid)).containsExactly(ReviewOutcome.STOP);
    }

    @Test
    void everyChangeTakesEffectFromTheMonthAfterTheDecision() {
        YearMonth from = YearMonth.of(2026, 11);
        var change = ReviewProcedure.effect(ReviewOutcome.CHANGE_AMOUNT, DAY, from, new BigDecimal("880"), null, null);
        assertThat(change.amountFrom()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(change.amount()).isEqualByComparingTo("880");
        assertThat(change.lastMonth()).isNull();

        var early = ReviewProcedure.effect(ReviewOutcome.CHANGE_AMOUNT, LocalDate.of(2026, 10, 30), YearMonth.of(2026, 12),
                new BigDecimal("880"), null, null);
        assertThat(early.amountFrom()).as("not before the benefit's first month").isEqualTo(YearMonth.of(2026, 12));

        var stop = ReviewProcedure.effect(ReviewOutcome.STOP, DAY, from, null, null, null);
        assertThat(stop.lastMonth()).as("paid for the month of the decision").isEqualTo(YearMonth.of(2026, 11));
        assertThat(stop.end()).isEqualTo(BenefitEnd.EXIT);
        assertThat(ReviewProcedure.effect(ReviewOutcome.STOP, DAY, from, null, null, ExitReason.OWN_WISH).end())
                .isEqualTo(BenefitEnd.OWN_WISH);

        var gradual = ReviewProcedure.effect(ReviewOutcome.GRADUAL_EXIT, DAY, from, new BigDecimal("990"),
                YearMonth.of(2027, 5), null);
        assertThat(gradual.lastMonth()).isEqualTo(YearMonth.of(2027, 5));
        assertThat(gradual.end()).isEqualTo(BenefitEnd.GRADUAL_EXIT_ENDED);
        assertThat(gradual.amountFrom()).as("the current amount is kept").isNull();
        var gradualDecidedLate = ReviewProcedure.effect(ReviewOutcome.GRADUAL_EXIT, LocalDate.of(2027, 7, 2), from,
                new BigDecimal("990"), YearMonth.of(2027, 5), null);
        assertThat(gradualDecidedLate.lastMonth()).as("never ended before the decision").isEqualTo(YearMonth.of(2027, 7));

        var keep = ReviewProcedure.effect(ReviewOutcome.CONTINUE, DAY, from, new BigDecimal("990"), null, null);
        assertThat(keep.amountFrom()).isNull();
        assertThat(keep.lastMonth()).isNull();
    }

    @Test
    void aChangeReportedMoreThanThreeMonthsLateIsNoted() {
        assertThat(ReviewProcedure.lateReport(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(ReviewProcedure.lateReport(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 2))).isTrue();
    }

    @Test
    void anExitOfATekunBenefitMayGiveAnyReasonOthersOnlyThePersonsWish() {
        assertThat(ExitReason.forProgramme("TEKUN")).contains(ExitReason.IMPRISONED, ExitReason.OWN_WISH,
                ExitReason.LABOUR_CAPACITY_RECOVERED);
        assertThat(ExitReason.forProgramme("DIBAO")).containsExactly(ExitReason.OWN_WISH);
    }
}

package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doudi.calendar.Calendars;
import org.doudi.calendar.WorkingDays;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;

/** Every procedure family's table, guards and deadlines, without a database (decision 0017). */
class ProceduresTest {

    static final WorkingDays DAYS = Calendars.only2026();
    static final LocalDate SEP30 = LocalDate.of(2026, 9, 30);
    static final LocalDate DAY = LocalDate.of(2026, 10, 20);

    static CaseFile file(ProcedureFamily family, String programme, CaseState state, LocalDate accepted, LocalDate last,
                         Outcome recommendation, Boolean eligible, LocalDate publicityEnds, DeciderLevel decider,
                         LocalDate paidFirst, Set<String> investigators) {
        return new CaseFile(family, programme, state, SEP30.minusDays(2), accepted, accepted == null
                ? Set.of(CaseDocument.ID_CARDS) : Set.of(), last, recommendation, eligible, publicityEnds, investigators,
                decider, accepted != null ? accepted : paidFirst, paidFirst);
    }

    static CaseFile at(ProcedureFamily family, String programme, CaseState state, LocalDate last) {
        return file(family, programme, state, SEP30, last, Outcome.APPROVE, true, last, DeciderLevel.TOWN, null, Set.of());
    }

    static String programmeOf(ProcedureFamily family) {
        return switch (family) {
            case DIBAO -> "DIBAO";
            case TEKUN -> "TEKUN";
            case ALLOWANCE -> "ORPHAN";
            case TEMPORARY_EMERGENCY, TEMPORARY_EXPENDITURE -> "TEMPORARY";
            case MEDICAL -> "MEDICAL";
        };
    }

    @Test
    void everyFamilyReachesEachOfItsStatesFromIntakeAndOnlyTheNotifiedCaseAllowsNothing() {
        for (Procedure p : Procedures.all()) {
            Set<CaseState> states = EnumSet.noneOf(CaseState.class);
            p.table().forEach(t -> {
                states.addAll(t.from());
                states.add(t.to());
            });
            Set<CaseState> reached = EnumSet.noneOf(CaseState.class);
            Deque<CaseState> todo = new ArrayDeque<>(List.of(CaseState.APPLIED, CaseState.SUBMITTED));
            while (!todo.isEmpty()) {
                CaseState s = todo.pop();
                if (reached.add(s)) {
                    p.table().stream().filter(t -> t.from().contains(s)).forEach(t -> todo.push(t.to()));
                }
            }
            assertThat(reached).as(p.family() + " reaches every state of its table").isEqualTo(states);
            assertThat(states).as(p.family().name()).contains(CaseState.DECIDED, CaseState.NOTIFIED);
            for (CaseState s : states) {
                assertThat(p.actionsIn(s).isEmpty()).as(p.family() + " " + s).isEqualTo(s == CaseState.NOTIFIED);
            }
            assertThat(p.mayTake(Set.of(Role.VILLAGE_COORDINATOR), CaseAction.SUBMISSION)).isTrue();
            assertThat(p.mayTake(Set.of(Role.CITY_SUPERVISOR, Role.COUNTY_REVITALISATION), CaseAction.DECISION)).isFalse();
            assertThat(p.mayTake(Set.of(Role.TOWN_CASEWORKER), CaseAction.DECISION))
                    .as("the caseworker never decides").isFalse();
        }
        assertThat(Procedures.of(ProcedureFamily.TEKUN).roles(CaseAction.DECISION)).containsExactly(Role.COUNTY_OFFICER);
        assertThat(Procedures.of(ProcedureFamily.MEDICAL).roles(CaseAction.DECISION)).containsExactly(Role.COUNTY_OFFICER);
        assertThat(Procedures.of(ProcedureFamily.TEMPORARY_EMERGENCY).roles(CaseAction.DECISION))
                .containsExactlyInAnyOrder(Role.TOWN_APPROVER, Role.COUNTY_OFFICER);
    }

    @Test
    void dueDatesOfEveryFamilyCountWorkingDaysAcrossNationalDayAndItsMakeUpSaturday() {
        // 30 September: the holiday 1–7 October, then 8, 9, 10 (Saturday, a working day), 12–16 …
        Procedure tekun = Procedures.of(ProcedureFamily.TEKUN);
        assertThat(tekun.nextStepDue(at(ProcedureFamily.TEKUN, "TEKUN", CaseState.APPLIED, SEP30), DAYS).date())
                .as("特困: the town's 15 working days").isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(tekun.nextStepDue(at(ProcedureFamily.TEKUN, "TEKUN", CaseState.IN_PUBLICITY, SEP30), DAYS).date())
                .as("特困: the county's 15 after the publicity").isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(tekun.nextStepDue(at(ProcedureFamily.TEKUN, "TEKUN", CaseState.TOWN_OPINION, SEP30), DAYS).date())
                .as("posted within 3").isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(Procedures.of(ProcedureFamily.ALLOWANCE).nextStepDue(
                at(ProcedureFamily.ALLOWANCE, "ORPHAN", CaseState.TOWN_OPINION, SEP30), DAYS).date())
                .as("an orphan's allowance is not publicised: the county's 15").isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(Procedures.of(ProcedureFamily.TEMPORARY_EXPENDITURE).nextStepDue(
                at(ProcedureFamily.TEMPORARY_EXPENDITURE, "TEMPORARY", CaseState.INVESTIGATING, SEP30), DAYS).date())
                .as("支出型: the town's 10").isEqualTo(LocalDate.of(2026, 10, 20));
        Procedure emergency = Procedures.of(ProcedureFamily.TEMPORARY_EMERGENCY);
        assertThat(emergency.nextStepDue(at(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.APPLIED, SEP30),
                DAYS).date()).as("急难型: the next working day").isEqualTo(LocalDate.of(2026, 10, 8));
        CaseFile paidFirst = file(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.PAID_FIRST, null, SEP30,
                null, null, null, DeciderLevel.TOWN, SEP30, Set.of());
        assertThat(emergency.nextStepDue(paidFirst, DAYS).date()).as("the file within 10 of the pay-first, "
                + "documents missing or not").isEqualTo(LocalDate.of(2026, 10, 20));
        Procedure medical = Procedures.of(ProcedureFamily.MEDICAL);
        assertThat(medical.nextStepDue(at(ProcedureFamily.MEDICAL, "MEDICAL", CaseState.APPLIED, SEP30), DAYS).date())
                .as("the review within 5").isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(medical.procedureDue(at(ProcedureFamily.MEDICAL, "MEDICAL", CaseState.APPLIED, SEP30), DAYS).date())
                .isEqualTo(LocalDate.of(2026, 10, 20));
        CaseFile countyDibao = file(ProcedureFamily.DIBAO, "DIBAO", CaseState.APPLIED, SEP30, SEP30, null, null, null,
                DeciderLevel.COUNTY, null, Set.of());
        assertThat(Procedures.of(ProcedureFamily.DIBAO).procedureDue(countyDibao, DAYS).date())
                .as("低保 decided by the county: 30").isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(Procedures.of(ProcedureFamily.DIBAO).procedureDue(countyDibao.withDecider(DeciderLevel.TOWN), DAYS)
                .date()).as("by the town: 20").isEqualTo(LocalDate.of(2026, 11, 3));
        for (Procedure p : Procedures.all()) {
            CaseFile submitted = new CaseFile(p.family(), programmeOf(p.family()), CaseState.SUBMITTED,
                    LocalDate.of(2026, 9, 28), null, Set.of(), LocalDate.of(2026, 9, 28), null, null, null, Set.of(),
                    DeciderLevel.TOWN, null, null);
            assertThat(p.nextStepDue(submitted, DAYS).date()).as(p.family() + ": the town takes a submission up")
                    .isEqualTo(p.family() == ProcedureFamily.TEMPORARY_EMERGENCY ? LocalDate.of(2026, 9, 29)
                            : LocalDate.of(2026, 10, 8));
            assertThat(p.nextStepDue(at(p.family(), programmeOf(p.family()), CaseState.DECIDED, SEP30), DAYS).date())
                    .as(p.family() + ": told within 3").isEqualTo(LocalDate.of(2026, 10, 10));
            CaseFile waiting = file(p.family(), programmeOf(p.family()), CaseState.APPLIED, null, SEP30, null, null,
                    null, DeciderLevel.TOWN, null, Set.of());
            assertThat(p.nextStepDue(waiting, DAYS)).as(p.family() + ": documents awaited from the household").isNull();
        }
    }

    @Test
    void inEveryFamilyTheDeciderMustBeOfTheCasesLevelAndMustNotHaveInvestigatedIt() {
        for (Procedure p : Procedures.all()) {
            CaseFile county = file(p.family(), programmeOf(p.family()), CaseState.IN_PUBLICITY, SEP30, SEP30,
                    Outcome.APPROVE, true, SEP30, DeciderLevel.COUNTY, null, Set.of("visitor"));
            assertThatThrownBy(() -> p.checkDecider(county, "visitor", Set.of(Role.COUNTY_OFFICER)))
                    .as(p.family().name()).isInstanceOf(MakerCheckerRefused.class)
                    .hasMessageContaining("another county officer");
            assertThatThrownBy(() -> p.checkDecider(county, "approver", Set.of(Role.TOWN_APPROVER)))
                    .as(p.family().name()).isInstanceOf(DeciderRefused.class).hasMessageContaining("county");
            p.checkDecider(county, "officer", Set.of(Role.COUNTY_OFFICER));
            CaseFile town = county.withDecider(DeciderLevel.TOWN);
            p.checkDecider(town, "approver", Set.of(Role.TOWN_APPROVER));
            assertThatThrownBy(() -> p.checkDecider(town, "visitor", Set.of(Role.TOWN_APPROVER)))
                    .isInstanceOf(MakerCheckerRefused.class).hasMessageContaining("another town approver");
        }
    }

    @Test
    void anApprovalNeedsAnEligibleAssessmentInEveryFamily() {
        for (Procedure p : Procedures.all()) {
            CaseState waiting = p.row(CaseAction.DECISION, CaseState.IN_PUBLICITY).isPresent() ? CaseState.IN_PUBLICITY
                    : p.row(CaseAction.DECISION, CaseState.TOWN_OPINION).isPresent() ? CaseState.TOWN_OPINION
                    : CaseState.ASSESSED;
            String programme = programmeOf(p.family());
            CaseFile ineligible = file(p.family(), programme, waiting, SEP30, SEP30, Outcome.APPROVE, false, SEP30,
                    DeciderLevel.TOWN, null, Set.of());
            if (waiting == CaseState.TOWN_OPINION && p.publicises(programme)) {
                continue; // there the publicity itself needs the eligible assessment
            }
            assertThatThrownBy(() -> p.check(ineligible, CaseAction.DECISION, DAY, Outcome.APPROVE))
                    .as(p.family().name()).isInstanceOf(StepRefused.class).hasMessageContaining("not eligible");
            assertThat(p.check(ineligible, CaseAction.DECISION, DAY, Outcome.REFUSE).to()).isEqualTo(CaseState.DECIDED);
        }
    }

    @Test
    void theAllowanceFamilyPublicisesOnlyTheHardshipStatus() {
        Procedure p = Procedures.of(ProcedureFamily.ALLOWANCE);
        CaseFile orphan = at(ProcedureFamily.ALLOWANCE, "ORPHAN", CaseState.TOWN_OPINION, SEP30);
        assertThat(p.actionsIn(CaseState.TOWN_OPINION, "ORPHAN")).containsExactly(CaseAction.DECISION);
        assertThatThrownBy(() -> p.check(orphan, CaseAction.PUBLICITY, DAY, null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("not publicised");
        assertThat(p.check(orphan, CaseAction.DECISION, DAY, Outcome.APPROVE).to()).isEqualTo(CaseState.DECIDED);
        for (String programme : List.of("UNSUPPORTED_CHILD", "DISABILITY_LIVING", "DISABILITY_CARE")) {
            assertThat(p.publicises(programme)).as(programme).isFalse();
        }
        CaseFile hardship = at(ProcedureFamily.ALLOWANCE, "EXPENDITURE_HARDSHIP", CaseState.TOWN_OPINION, SEP30);
        assertThat(p.actionsIn(CaseState.TOWN_OPINION, "EXPENDITURE_HARDSHIP"))
                .containsExactly(CaseAction.PUBLICITY, CaseAction.DECISION);
        assertThatThrownBy(() -> p.check(hardship, CaseAction.DECISION, DAY, Outcome.APPROVE))
                .isInstanceOf(StepRefused.class).hasMessageContaining("publicity comes before");
        assertThat(p.check(hardship, CaseAction.PUBLICITY, DAY, null).to()).isEqualTo(CaseState.IN_PUBLICITY);
    }

    @Test
    void anEmergencyIsPaidFirstBeforeItsDocumentsButInvestigatedOnlyAfterThem() {
        Procedure p = Procedures.of(ProcedureFamily.TEMPORARY_EMERGENCY);
        CaseFile received = file(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.APPLIED, null, SEP30,
                null, null, null, DeciderLevel.TOWN, null, Set.of());
        assertThat(p.check(received, CaseAction.PAY_FIRST, SEP30, null).to()).isEqualTo(CaseState.PAID_FIRST);
        assertThatThrownBy(() -> p.check(received, CaseAction.INVESTIGATION, SEP30, null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("not accepted yet");
        CaseFile paid = file(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.PAID_FIRST, null, SEP30,
                null, null, null, DeciderLevel.TOWN, SEP30, Set.of());
        assertThat(p.check(paid, CaseAction.DOCUMENTS, SEP30, null).to()).as("still paid first, now documented")
                .isEqualTo(CaseState.PAID_FIRST);
        assertThatThrownBy(() -> p.check(paid, CaseAction.PAY_FIRST, SEP30, null)).isInstanceOf(StepRefused.class);
        assertThat(p.has(CaseAction.PUBLICITY)).as("no publicity for an emergency").isFalse();
        assertThat(p.mayTake(Set.of(Role.TOWN_APPROVER), CaseAction.PAY_FIRST)).isFalse();
        assertThat(Procedures.of(ProcedureFamily.TEMPORARY_EXPENDITURE).has(CaseAction.PAY_FIRST)).isFalse();
    }

    @Test
    void aMedicalBillIsReviewedAndMayBeAssessedAgainBeforeItsDecision() {
        Procedure p = Procedures.of(ProcedureFamily.MEDICAL);
        assertThat(p.actionsIn(CaseState.APPLIED)).containsExactly(CaseAction.DOCUMENTS, CaseAction.REVIEW);
        assertThat(p.actionsIn(CaseState.ASSESSED)).containsExactly(CaseAction.ASSESSMENT, CaseAction.DECISION);
        assertThat(p.has(CaseAction.INVESTIGATION)).isFalse();
        assertThat(p.has(CaseAction.TOWN_OPINION)).isFalse();
    }
}

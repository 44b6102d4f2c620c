package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.doudi.calendar.Calendars;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;

/** The 低保 procedure's table and guards, without a database. */
class DibaoProcedureTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 20);

    /** Where each action leads, and from where: the procedure of DOMAIN.md §3.1 written out by hand. */
    static final Map<CaseAction, Set<CaseState>> FROM = Map.ofEntries(
            Map.entry(CaseAction.ACCEPTANCE, Set.of(CaseState.SUBMITTED)),
            Map.entry(CaseAction.DOCUMENTS, Set.of(CaseState.APPLIED)),
            Map.entry(CaseAction.APPRAISAL, Set.of(CaseState.OBJECTED)),
            Map.entry(CaseAction.INVESTIGATION, Set.of(CaseState.APPLIED, CaseState.OBJECTED)),
            Map.entry(CaseAction.VERIFICATION, Set.of(CaseState.INVESTIGATING)),
            Map.entry(CaseAction.ASSESSMENT, Set.of(CaseState.VERIFYING, CaseState.APPRAISED)),
            Map.entry(CaseAction.TOWN_OPINION, Set.of(CaseState.ASSESSED)),
            Map.entry(CaseAction.PUBLICITY, Set.of(CaseState.TOWN_OPINION)),
            Map.entry(CaseAction.OBJECTION, Set.of(CaseState.IN_PUBLICITY)),
            Map.entry(CaseAction.DECISION, Set.of(CaseState.TOWN_OPINION, CaseState.IN_PUBLICITY)),
            Map.entry(CaseAction.NOTIFICATION, Set.of(CaseState.DECIDED)));
    static final Map<CaseAction, CaseState> TO = Map.ofEntries(
            Map.entry(CaseAction.ACCEPTANCE, CaseState.APPLIED), Map.entry(CaseAction.APPRAISAL, CaseState.APPRAISED),
            Map.entry(CaseAction.DOCUMENTS, CaseState.APPLIED), Map.entry(CaseAction.INVESTIGATION, CaseState.INVESTIGATING),
            Map.entry(CaseAction.VERIFICATION, CaseState.VERIFYING), Map.entry(CaseAction.ASSESSMENT, CaseState.ASSESSED),
            Map.entry(CaseAction.TOWN_OPINION, CaseState.TOWN_OPINION), Map.entry(CaseAction.PUBLICITY, CaseState.IN_PUBLICITY),
            Map.entry(CaseAction.OBJECTION, CaseState.OBJECTED), Map.entry(CaseAction.DECISION, CaseState.DECIDED),
            Map.entry(CaseAction.NOTIFICATION, CaseState.NOTIFIED));

    /** A case in {@code state} whose every condition is met for the step it waits for. */
    static CaseFile ready(CaseState state) {
        return new CaseFile(state, DAY.minusDays(30), DAY.minusDays(30), Set.of(), DAY.minusDays(1),
                Outcome.APPROVE, true, DAY.minusDays(1), Set.of("qingshan.town.caseworker"));
    }

    @Test
    void everyStateAllowsExactlyTheActionsOfTheProcedureAndEachLeadsWhereItShould() {
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : FROM.keySet()) {
                boolean allowed = FROM.get(action).contains(state);
                CaseFile file = state == CaseState.APPLIED && action == CaseAction.DOCUMENTS
                        ? new CaseFile(state, DAY, null, Set.of(DibaoDocument.ID_CARDS), DAY, null, null, null, Set.of())
                        : state == CaseState.TOWN_OPINION && action == CaseAction.DECISION
                        ? new CaseFile(state, DAY, DAY, Set.of(), DAY, Outcome.REFUSE, true, null, Set.of())
                        : ready(state);
                if (allowed) {
                    LocalDate on = action == CaseAction.OBJECTION ? file.publicityEnds() : DAY;
                    Transition t = DibaoProcedure.check(file, action, on, state == CaseState.TOWN_OPINION
                            && action == CaseAction.DECISION ? Outcome.REFUSE : Outcome.APPROVE);
                    assertThat(t.to()).as(state + " " + action).isEqualTo(TO.get(action));
                } else {
                    StepRefused refused = catchThrowableOfType(StepRefused.class,
                            () -> DibaoProcedure.check(file, action, DAY, Outcome.APPROVE));
                    assertThat(refused).as(state + " " + action + " must be refused").isNotNull();
                    assertThat(refused.state()).isEqualTo(state);
                    assertThat(refused.allowed()).containsExactlyInAnyOrderElementsOf(DibaoProcedure.actionsIn(state));
                    assertThat(refused.getMessage()).contains(state.name()).contains(action.name());
                }
            }
        }
    }

    @Test
    void onlyANotifiedCaseAllowsNothingMore() {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        DibaoProcedure.TABLE.forEach(t -> {
            states.addAll(t.from());
            states.add(t.to());
        });
        assertThat(states).as("the states of the 低保 procedure").doesNotContain(CaseState.PAID_FIRST, CaseState.REVIEWED);
        for (CaseState state : states) {
            assertThat(DibaoProcedure.actionsIn(state).isEmpty()).as(state.name()).isEqualTo(state == CaseState.NOTIFIED);
        }
        assertThat(CaseState.NOTIFIED.open()).isFalse();
    }

    @Test
    void anApplicationWithMissingDocumentsIsNotInvestigatedUntilTheyAreIn() {
        CaseFile waiting = new CaseFile(CaseState.APPLIED, DAY, null,
                Set.of(DibaoDocument.ID_CARDS, DibaoDocument.ASSET_DECLARATION), DAY, null, null, null, Set.of());
        assertThatThrownBy(() -> DibaoProcedure.check(waiting, CaseAction.INVESTIGATION, DAY, null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("not accepted yet");
        assertThatThrownBy(() -> DibaoProcedure.check(ready(CaseState.APPLIED), CaseAction.DOCUMENTS, DAY, null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("no document is missing");
    }

    @Test
    void theDecisionWaitsForTheEndOfThePublicity() {
        LocalDate posted = LocalDate.of(2026, 10, 12);
        LocalDate ends = DibaoProcedure.publicityEnds(posted);
        assertThat(ends).isEqualTo(LocalDate.of(2026, 10, 18));
        CaseFile publicised = new CaseFile(CaseState.IN_PUBLICITY, DAY, DAY, Set.of(), posted, Outcome.APPROVE, true,
                ends, Set.of());
        assertThatThrownBy(() -> DibaoProcedure.check(publicised, CaseAction.DECISION, ends, Outcome.APPROVE))
                .isInstanceOf(StepRefused.class).hasMessageContaining("runs until 2026-10-18");
        assertThat(DibaoProcedure.check(publicised, CaseAction.DECISION, ends.plusDays(1), Outcome.APPROVE).to())
                .isEqualTo(CaseState.DECIDED);
        assertThat(DibaoProcedure.check(publicised, CaseAction.OBJECTION, ends, null).to()).isEqualTo(CaseState.OBJECTED);
        assertThatThrownBy(() -> DibaoProcedure.check(publicised, CaseAction.OBJECTION, ends.plusDays(1), null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("ended on 2026-10-18");
    }

    @Test
    void aTownRecommendationToRefuseGoesToTheDecisionWithoutPublicityAndCannotBeApprovedThere() {
        CaseFile refusing = new CaseFile(CaseState.TOWN_OPINION, DAY, DAY, Set.of(), DAY, Outcome.REFUSE, true, null,
                Set.of());
        assertThatThrownBy(() -> DibaoProcedure.check(refusing, CaseAction.PUBLICITY, DAY, null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("recommends refusal");
        assertThat(DibaoProcedure.check(refusing, CaseAction.DECISION, DAY, Outcome.REFUSE).to()).isEqualTo(CaseState.DECIDED);
        assertThatThrownBy(() -> DibaoProcedure.check(refusing, CaseAction.DECISION, DAY, Outcome.APPROVE))
                .isInstanceOf(StepRefused.class).hasMessageContaining("without publicity");

        CaseFile approving = ready(CaseState.TOWN_OPINION);
        assertThatThrownBy(() -> DibaoProcedure.check(approving, CaseAction.DECISION, DAY, Outcome.APPROVE))
                .isInstanceOf(StepRefused.class).hasMessageContaining("publicity comes before the decision");
        CaseFile ineligible = new CaseFile(CaseState.TOWN_OPINION, DAY, DAY, Set.of(), DAY, Outcome.APPROVE, false, null,
                Set.of());
        assertThatThrownBy(() -> DibaoProcedure.check(ineligible, CaseAction.PUBLICITY, DAY, null))
                .isInstanceOf(StepRefused.class).hasMessageContaining("not eligible");
    }

    @Test
    void whoeverInvestigatedMayNotDecide() {
        CaseFile file = ready(CaseState.IN_PUBLICITY);
        assertThatThrownBy(() -> DibaoProcedure.checkDecider(file, "qingshan.town.caseworker"))
                .isInstanceOf(MakerCheckerRefused.class).hasMessageContaining("investigation");
        DibaoProcedure.checkDecider(file, "qingshan.town.approver");
    }

    @Test
    void theTownCaseworkerCarriesTheFileAndTheApproverOrCountyDecides() {
        Set<Role> caseworker = Set.of(Role.TOWN_CASEWORKER);
        Set<Role> approver = Set.of(Role.TOWN_APPROVER);
        assertThat(DibaoProcedure.mayTake(caseworker, CaseAction.INVESTIGATION)).isTrue();
        assertThat(DibaoProcedure.mayTake(approver, CaseAction.INVESTIGATION)).as("an approver may join a visit").isTrue();
        for (CaseAction a : EnumSet.of(CaseAction.INTAKE, CaseAction.DOCUMENTS,
                CaseAction.ASSESSMENT, CaseAction.PUBLICITY, CaseAction.OBJECTION, CaseAction.NOTIFICATION)) {
            assertThat(DibaoProcedure.mayTake(caseworker, a)).as(a.name()).isTrue();
            assertThat(DibaoProcedure.mayTake(approver, a)).as(a.name()).isFalse();
        }
        assertThat(DibaoProcedure.mayTake(caseworker, CaseAction.DECISION)).isFalse();
        assertThat(DibaoProcedure.mayTake(approver, CaseAction.DECISION)).isTrue();
        assertThat(DibaoProcedure.mayTake(Set.of(Role.COUNTY_OFFICER), CaseAction.DECISION)).isTrue();
        assertThat(DibaoProcedure.mayTake(Set.of(Role.COUNTY_OFFICER), CaseAction.VERIFICATION)).isTrue();
        assertThat(DibaoProcedure.mayTake(Set.of(Role.COUNTY_OFFICER), CaseAction.INVESTIGATION))
                .as("the county's own household visit").isTrue();
        assertThat(DibaoProcedure.mayTake(Set.of(Role.COUNTY_OFFICER), CaseAction.PUBLICITY)).isFalse();
        for (CaseAction a : CaseAction.values()) {
            assertThat(DibaoProcedure.mayTake(Set.of(Role.CITY_SUPERVISOR, Role.COUNTY_REVITALISATION), a))
                    .as(a.name()).isFalse();
            assertThat(DibaoProcedure.mayTake(Set.of(Role.VILLAGE_COORDINATOR), a))
                    .as("the village hands an application in, and does nothing else: " + a)
                    .isEqualTo(a == CaseAction.SUBMISSION);
        }
    }

    @Test
    void dueDatesCountWorkingDaysAcrossNationalDay() {
        Deadlines deadlines = new Deadlines(Calendars.only2026(), true);
        LocalDate accepted = LocalDate.of(2026, 9, 30);
        CaseFile applied = new CaseFile(CaseState.APPLIED, accepted, accepted, Set.of(), accepted, null, null, null,
                Set.of());
        assertThat(deadlines.nextStepDue(applied).date()).as("investigation").isEqualTo(LocalDate.of(2026, 10, 10));
        // 20 working days from 30 Sep: 8, 9, 10 Oct, then 12–16, 19–23, 26–30 Oct (18 days), 2 and 3 Nov
        assertThat(deadlines.procedureDue(accepted).date()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(new Deadlines(Calendars.only2026(), false).procedureDue(accepted).date())
                .as("30 where the county decides").isEqualTo(LocalDate.of(2026, 11, 17));

        CaseFile investigated = new CaseFile(CaseState.INVESTIGATING, accepted, accepted, Set.of(),
                LocalDate.of(2026, 10, 9), null, null, null, Set.of());
        assertThat(deadlines.nextStepDue(investigated).date()).as("verification: Sat 10, Mon 12, Tue 13")
                .isEqualTo(LocalDate.of(2026, 10, 13));

        CaseFile assessed = new CaseFile(CaseState.ASSESSED, accepted, accepted, Set.of(), LocalDate.of(2026, 10, 14),
                null, true, null, Set.of());
        assertThat(deadlines.nextStepDue(assessed).date()).as("no own limit: the procedure's")
                .isEqualTo(LocalDate.of(2026, 11, 3));

        CaseFile publicised = new CaseFile(CaseState.IN_PUBLICITY, accepted, accepted, Set.of(),
                LocalDate.of(2026, 10, 15), Outcome.APPROVE, true, LocalDate.of(2026, 10, 21), Set.of());
        assertThat(deadlines.nextStepDue(publicised).date()).as("10 after the publicity, capped by the procedure")
                .isEqualTo(LocalDate.of(2026, 11, 3));

        CaseFile objected = new CaseFile(CaseState.OBJECTED, accepted, accepted, Set.of(), LocalDate.of(2026, 11, 2),
                null, null, null, Set.of());
        assertThat(deadlines.nextStepDue(objected).date()).as("re-investigation: its own 3 days")
                .isEqualTo(LocalDate.of(2026, 11, 5));

        CaseFile decided = new CaseFile(CaseState.DECIDED, accepted, accepted, Set.of(), LocalDate.of(2026, 9, 30),
                Outcome.APPROVE, true, null, Set.of());
        assertThat(deadlines.nextStepDue(decided).date()).as("notification").isEqualTo(LocalDate.of(2026, 10, 10));

        CaseFile waiting = new CaseFile(CaseState.APPLIED, accepted, null, Set.of(DibaoDocument.ID_CARDS), accepted,
                null, null, null, Set.of());
        assertThat(deadlines.nextStepDue(waiting)).as("waiting for the household's documents").isNull();
        assertThat(deadlines.nextStepDue(new CaseFile(CaseState.NOTIFIED, accepted, accepted, Set.of(), accepted,
                null, null, null, Set.of()))).isNull();
    }
}

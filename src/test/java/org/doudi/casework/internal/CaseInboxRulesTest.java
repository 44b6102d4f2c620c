package org.doudi.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseState;
import org.doudi.casework.DeciderLevel;
import org.doudi.casework.Outcome;
import org.doudi.casework.Procedure;
import org.doudi.casework.ProcedureFamily;
import org.doudi.casework.Procedures;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The inbox's idea of "the step a case waits for" and "who is expected to take it" agrees with every
 * family's procedure, and its SQL is generated from that same rule.
 */
class CaseInboxRulesTest {

    @Test
    void everyStepSomeoneIsExpectedToTakeIsOneTheirRoleMayTakeInEveryFamilyThatHasIt() {
        CaseInboxService.EXPECTED.forEach((action, roles) -> {
            assertThat(roles).as(action.name()).isNotEmpty();
            for (Procedure p : Procedures.all()) {
                if (p.has(action)) {
                    assertThat(p.roles(action)).as(p.family() + " " + action).containsAll(roles);
                }
            }
        });
        for (Procedure p : Procedures.all()) {
            for (DeciderLevel level : DeciderLevel.values()) {
                Role decides = CaseInboxService.DECIDES.get(level);
                assertThat(level.roles()).as(level.name()).contains(decides);
                if (!(p.family() == ProcedureFamily.DIBAO || p.family() == ProcedureFamily.TEMPORARY_EMERGENCY
                        || p.family() == ProcedureFamily.TEMPORARY_EXPENDITURE) && level == DeciderLevel.TOWN) {
                    continue; // the families the county always decides never have a TOWN decider
                }
                assertThat(p.roles(CaseAction.DECISION)).as(p.family() + " " + level).contains(decides);
            }
        }
    }

    @Test
    void theStepACaseWaitsForIsOneItsStateAllowsInItsFamilyAndSomeoneIsExpectedToTakeIt() {
        CaseInboxService.programmes().forEach((family, programmes) -> {
            Procedure p = Procedures.of(family);
            for (String programme : programmes) {
                for (CaseState state : CaseState.values()) {
                    for (boolean accepted : new boolean[] {false, true}) {
                        for (Outcome recommendation : new Outcome[] {null, Outcome.APPROVE, Outcome.REFUSE}) {
                            CaseAction next = CaseInboxService.awaiting(family, programme, state, accepted, recommendation);
                            String as = family + " " + programme + " " + state + " " + accepted + " " + recommendation;
                            if (p.actionsIn(state).isEmpty() || state == CaseState.NOTIFIED) {
                                assertThat(next).as(as).isNull();
                                continue;
                            }
                            assertThat(next).as(as).isNotNull();
                            assertThat(p.actionsIn(state, programme)).as(as).contains(next);
                            assertThat(CaseInboxService.OPTIONAL).as(as).doesNotContain(next);
                            assertThat(next == CaseAction.DECISION || CaseInboxService.EXPECTED.containsKey(next))
                                    .as(as).isTrue();
                        }
                    }
                }
            }
        });
    }

    @Test
    void eachFamilyWaitsForItsOwnSteps() {
        // 低保: documents while missing, then the investigation; approval publicised, refusal decided
        assertThat(awaiting(ProcedureFamily.DIBAO, "DIBAO", CaseState.APPLIED, false, null)).isEqualTo(CaseAction.DOCUMENTS);
        assertThat(awaiting(ProcedureFamily.DIBAO, "DIBAO", CaseState.APPLIED, true, null)).isEqualTo(CaseAction.INVESTIGATION);
        assertThat(awaiting(ProcedureFamily.DIBAO, "DIBAO", CaseState.TOWN_OPINION, true, Outcome.APPROVE))
                .isEqualTo(CaseAction.PUBLICITY);
        assertThat(awaiting(ProcedureFamily.DIBAO, "DIBAO", CaseState.TOWN_OPINION, true, Outcome.REFUSE))
                .isEqualTo(CaseAction.DECISION);
        assertThat(awaiting(ProcedureFamily.DIBAO, "DIBAO", CaseState.OBJECTED, true, null)).isEqualTo(CaseAction.INVESTIGATION);
        assertThat(awaiting(ProcedureFamily.TEKUN, "TEKUN", CaseState.SUBMITTED, false, null)).isEqualTo(CaseAction.ACCEPTANCE);
        // a child's allowance is not publicised: an approval goes to the decision; 刚性支出困难 is publicised
        assertThat(awaiting(ProcedureFamily.ALLOWANCE, "ORPHAN", CaseState.TOWN_OPINION, true, Outcome.APPROVE))
                .isEqualTo(CaseAction.DECISION);
        assertThat(awaiting(ProcedureFamily.ALLOWANCE, "EXPENDITURE_HARDSHIP", CaseState.TOWN_OPINION, true,
                Outcome.APPROVE)).isEqualTo(CaseAction.PUBLICITY);
        // an emergency: no verification; a pay-first is optional, documents follow it
        assertThat(awaiting(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.APPLIED, true, null))
                .isEqualTo(CaseAction.INVESTIGATION);
        assertThat(awaiting(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.PAID_FIRST, false, null))
                .isEqualTo(CaseAction.DOCUMENTS);
        assertThat(awaiting(ProcedureFamily.TEMPORARY_EMERGENCY, "TEMPORARY", CaseState.INVESTIGATING, true, null))
                .isEqualTo(CaseAction.ASSESSMENT);
        // a medical bill: review, assessment, then the decision (a repeated assessment is not waited for)
        assertThat(awaiting(ProcedureFamily.MEDICAL, "MEDICAL", CaseState.APPLIED, true, null)).isEqualTo(CaseAction.REVIEW);
        assertThat(awaiting(ProcedureFamily.MEDICAL, "MEDICAL", CaseState.ASSESSED, true, null)).isEqualTo(CaseAction.DECISION);
        assertThat(awaiting(ProcedureFamily.DIBAO, "DIBAO", CaseState.NOTIFIED, true, Outcome.APPROVE)).isNull();
    }

    @Test
    void theSqlNamesTheFamiliesByTheirStepsAndTheDecisionByItsDecider() {
        // the investigation is waited for by every family but medical assistance (reviewed instead)
        assertThat(CaseInboxService.WAITING_FOR.get(CaseAction.REVIEW)).contains("'MEDICAL'").doesNotContain("'DIBAO'");
        assertThat(CaseInboxService.WAITING_FOR.get(CaseAction.VERIFICATION)).doesNotContain("TEMPORARY_EMERGENCY");
        assertThat(CaseInboxService.WAITING_FOR.get(CaseAction.PUBLICITY)).contains("c.recommendation = 'APPROVE'")
                .contains("c.programme in ('EXPENDITURE_HARDSHIP')");
        assertThat(CaseInboxService.tasks(Set.of(Role.TOWN_APPROVER))).contains("c.decider_level in ('TOWN')")
                .doesNotContain("'COUNTY'");
        assertThat(CaseInboxService.tasks(Set.of(Role.COUNTY_OFFICER))).contains("c.decider_level in ('COUNTY')");
        assertThat(CaseInboxService.tasks(Set.of(Role.VILLAGE_COORDINATOR))).isEqualTo("1 = 0");
    }

    private static CaseAction awaiting(ProcedureFamily f, String programme, CaseState s, boolean accepted, Outcome r) {
        return CaseInboxService.awaiting(f, programme, s, accepted, r);
    }
}

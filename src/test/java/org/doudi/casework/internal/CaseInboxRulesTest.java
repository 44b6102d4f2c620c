package org.doudi.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseState;
import org.doudi.casework.DibaoProcedure;
import org.doudi.casework.Outcome;
import org.junit.jupiter.api.Test;

/** The inbox's idea of "the step a case waits for" and "who is expected to take it" agrees with the procedure. */
class CaseInboxRulesTest {

    @Test
    void everyStepSomeoneIsExpectedToTakeIsOneTheirRoleMayTake() {
        CaseInboxService.EXPECTED.forEach((action, roles) -> {
            assertThat(roles).as(action.name()).isNotEmpty();
            assertThat(DibaoProcedure.of(action).roles()).as(action.name()).containsAll(roles);
        });
    }

    @Test
    void theStepACaseWaitsForIsOneItsStateAllowsAndSomeoneIsExpectedToTakeIt() {
        for (CaseState state : CaseState.values()) {
            for (LocalDate accepted : new LocalDate[] {null, LocalDate.of(2026, 9, 30)}) {
                for (Outcome recommendation : new Outcome[] {null, Outcome.APPROVE, Outcome.REFUSE}) {
                    CaseAction next = CaseInboxService.awaiting(state, accepted, recommendation);
                    if (state == CaseState.NOTIFIED) {
                        assertThat(next).isNull();
                        continue;
                    }
                    assertThat(DibaoProcedure.actionsIn(state)).as(state + " " + accepted + " " + recommendation)
                            .contains(next);
                    assertThat(CaseInboxService.EXPECTED).containsKey(next);
                }
            }
        }
        assertThat(CaseInboxService.awaiting(CaseState.APPLIED, null, null)).isEqualTo(CaseAction.DOCUMENTS);
        assertThat(CaseInboxService.awaiting(CaseState.TOWN_OPINION, LocalDate.of(2026, 9, 30), Outcome.REFUSE))
                .isEqualTo(CaseAction.DECISION);
        assertThat(CaseInboxService.awaiting(CaseState.TOWN_OPINION, LocalDate.of(2026, 9, 30), Outcome.APPROVE))
                .isEqualTo(CaseAction.PUBLICITY);
    }
}

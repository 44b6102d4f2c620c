package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MonitoringType;
import org.junit.jupiter.api.Test;

/** The conditions of risk elimination (DOMAIN.md §2.8), as the system checks them. */
class RiskEliminationTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 20);
    static final RiskElimination.Declarations SECURE = new RiskElimination.Declarations(true, true, true);

    static List<RiskElimination.IncomeCheck> incomes(int... perCapita) {
        List<RiskElimination.IncomeCheck> checks = new ArrayList<>();
        for (int k = 0; k < perCapita.length; k++) {
            checks.add(new RiskElimination.IncomeCheck(ON.minusMonths(k), new BigDecimal(perCapita[k]),
                    new BigDecimal(8000)));
        }
        return checks;
    }

    static RiskElimination.Facts facts(LocalDate confirmed, int measures, List<RiskElimination.IncomeCheck> incomes,
                                       MonitoringType type, int outOfSchool, int labour) {
        return new RiskElimination.Facts(ON, confirmed, measures, incomes, type, outOfSchool, labour, SECURE);
    }

    static List<String> unmet(RiskElimination.Check c) {
        return c.conditions().stream().filter(x -> !x.met()).map(RiskElimination.Condition::code).toList();
    }

    @Test
    void aHouseholdMonitoredSixMonthsWithAMeasureAndStableIncomeIsEliminated() {
        var check = RiskElimination.check(facts(ON.minusMonths(6), 1, incomes(9000, 9000, 8500, 8000, 8200, 9100),
                null, 0, 2));
        assertThat(check.eliminable()).isTrue();
        assertThat(check.conditions()).hasSize(9);
    }

    @Test
    void eachConditionHoldsItsOwnGround() {
        assertThat(unmet(RiskElimination.check(facts(ON.minusMonths(6).plusDays(1), 1,
                incomes(9000, 9000, 9000, 9000, 9000, 9000), null, 0, 1)))).containsExactly("MONITORED_SIX_MONTHS");
        assertThat(unmet(RiskElimination.check(facts(ON.minusYears(1), 0,
                incomes(9000, 9000, 9000, 9000, 9000, 9000), null, 0, 1)))).containsExactly("MEASURE_IN_PLACE");
        assertThat(unmet(RiskElimination.check(facts(ON.minusYears(1), 1,
                incomes(9000, 9000, 9000, 7999, 9000, 9000), null, 0, 1))))
                .as("one month below the line").containsExactly("INCOME_ABOVE_LINE_SIX_MONTHS");
        assertThat(unmet(RiskElimination.check(facts(ON.minusYears(1), 1, incomes(9000, 9000, 9000), null, 0, 1))))
                .as("three checks are not six months").containsExactly("INCOME_ABOVE_LINE_SIX_MONTHS");
        assertThat(unmet(RiskElimination.check(facts(ON.minusYears(1), 1,
                incomes(9000, 9000, 9000, 9000, 9000, 9000), MonitoringType.SUDDEN_HARDSHIP, 0, 1))))
                .containsExactly("RIGID_SPENDING_RESOLVED");
        assertThat(unmet(RiskElimination.check(facts(ON.minusYears(1), 1,
                incomes(9000, 9000, 9000, 9000, 9000, 9000), null, 1, 1)))).containsExactly("SCHOOLING_SECURE");
    }

    @Test
    void aHouseholdWithoutLabourForceIsNeverEliminated() {
        var check = RiskElimination.check(facts(ON.minusYears(3), 4, incomes(30000, 30000, 30000, 30000, 30000, 30000),
                null, 0, 0));
        assertThat(check.eliminable()).isFalse();
        assertThat(unmet(check)).containsExactly("HAS_LABOUR_FORCE");
    }

    @Test
    void theHousingMedicalCoverAndWaterAreDeclaredAfterTheVisit() {
        var f = new RiskElimination.Facts(ON, ON.minusYears(1), 1, incomes(9000, 9000, 9000, 9000, 9000, 9000), null, 0,
                1, new RiskElimination.Declarations(true, false, true));
        assertThat(unmet(RiskElimination.check(f))).containsExactly("MEDICAL_COVER_SECURE");
    }

    @Test
    void aLateWarningGoesUpOneAdministrativeLevelAndTheLevelsBelowKeepActing() {
        assertThat(EscalationLadder.next(org.doudi.shared.security.Role.VILLAGE_COORDINATOR))
                .contains(org.doudi.shared.security.Role.TOWN_CASEWORKER);
        assertThat(EscalationLadder.next(org.doudi.shared.security.Role.COUNTY_REVITALISATION))
                .contains(org.doudi.shared.security.Role.CITY_SUPERVISOR);
        assertThat(EscalationLadder.next(org.doudi.shared.security.Role.CITY_SUPERVISOR)).isEmpty();
        assertThat(EscalationLadder.actingRoles(org.doudi.shared.security.Role.VILLAGE_COORDINATOR,
                org.doudi.shared.security.Role.CITY_SUPERVISOR)).containsExactly(
                org.doudi.shared.security.Role.VILLAGE_COORDINATOR, org.doudi.shared.security.Role.TOWN_CASEWORKER,
                org.doudi.shared.security.Role.COUNTY_OFFICER);
    }
}

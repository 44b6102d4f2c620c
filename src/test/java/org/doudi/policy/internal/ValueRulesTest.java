package org.doudi.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueRulesTest {

    @Test
    void anAmountInYuanIsAPlainNumberWithAtMostTwoDecimals() {
        assertThat(ValueRules.problem("yuan per person per month", "650")).isEmpty();
        assertThat(ValueRules.problem("yuan per person per month", "650.50")).isEmpty();
        assertThat(ValueRules.problem("yuan per person per month", "abc")).isPresent();
        assertThat(ValueRules.problem("yuan per person per month", "650.505")).isPresent();
        assertThat(ValueRules.problem("yuan per person per month", "-1")).isPresent();
        assertThat(ValueRules.problem("yuan per year", "1e5")).isPresent();
    }

    @Test
    void noneIsAllowedForNumbersButNotForSwitches() {
        assertThat(ValueRules.problem("yuan per year", null)).isEmpty();
        assertThat(ValueRules.problem("boolean", null)).isPresent();
    }

    @Test
    void aRateIsAFractionNotAPercentage() {
        assertThat(ValueRules.problem("rate", "0.20")).isEmpty();
        assertThat(ValueRules.problem("rate", "1.00")).isEmpty();
        assertThat(ValueRules.problem("rate", "20")).get().asString().contains("0.20");
    }

    @Test
    void countsAndMonthsAreWholeNumbersAndSwitchesAreTrueOrFalse() {
        assertThat(ValueRules.problem("months", "6")).isEmpty();
        assertThat(ValueRules.problem("months", "1.5")).isPresent();
        assertThat(ValueRules.problem("count", "0")).isEmpty();
        assertThat(ValueRules.problem("boolean", "true")).isEmpty();
        assertThat(ValueRules.problem("boolean", "yes")).isPresent();
        assertThat(ValueRules.problem("multiple of the standard", "1.5")).isEmpty();
    }

    @Test
    void everyValueOfTheDemoSetIsValidForItsUnit() {
        org.doudi.policy.DemoParameters.file().parameters().forEach(p -> p.entries().forEach(e ->
                assertThat(ValueRules.problem(p.definition().unit(), e.value())).as(e.toString()).isEmpty()));
    }
}

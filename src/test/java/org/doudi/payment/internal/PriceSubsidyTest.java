package org.doudi.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PriceSubsidyTest {

    static final BigDecimal CPI_TRIGGER = new BigDecimal("0.035");
    static final BigDecimal FOOD_TRIGGER = new BigDecimal("0.06");

    static BigDecimal rise(String cpi, String food) {
        return PriceSubsidy.rise(new BigDecimal(cpi), new BigDecimal(food), CPI_TRIGGER, FOOD_TRIGGER).orElse(null);
    }

    @Test
    void aMonthIsTriggeredWhenCpiRoseByAtLeastThreeAndAHalfPerCentOrFoodBySix() {
        assertThat(rise("103.4", "105.9")).as("just under both").isNull();
        assertThat(rise("103.5", "100.0")).isEqualByComparingTo("0.035");
        assertThat(rise("100.0", "106.0")).isEqualByComparingTo("0.06");
        assertThat(rise("98.0", "94.0")).as("prices fell").isNull();
    }

    @Test
    void theRiseThatCountsIsTheOneThatTriggeredTheLargerWhenBothDid() {
        assertThat(rise("103.8", "105.9")).as("only the CPI triggered; food's larger rise does not count")
                .isEqualByComparingTo("0.038");
        assertThat(rise("103.6", "106.5")).isEqualByComparingTo("0.065");
        assertThat(rise("107.0", "106.5")).isEqualByComparingTo("0.07");
    }

    @Test
    void theAmountIsTheStandardTimesTheRiseRoundedHalfUpToAWholeYuan() {
        assertThat(PriceSubsidy.amount(new BigDecimal("650"), new BigDecimal("0.038"))).isEqualByComparingTo("25");
        assertThat(PriceSubsidy.amount(new BigDecimal("500"), new BigDecimal("0.065"))).as("32.5")
                .isEqualByComparingTo("33");
        assertThat(PriceSubsidy.amount(new BigDecimal("820"), new BigDecimal("0.035"))).as("28.7")
                .isEqualByComparingTo("29");
        assertThat(PriceSubsidy.amount(new BigDecimal("620"), new BigDecimal("0.036"))).as("22.32")
                .isEqualByComparingTo("22");
    }
}

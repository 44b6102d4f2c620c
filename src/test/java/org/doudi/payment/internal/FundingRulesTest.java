package org.doudi.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class FundingRulesTest {

    static List<String> shares(List<FundingRules.Share> shares) {
        return shares.stream().map(s -> s.name() + " " + s.amount().toPlainString()).toList();
    }

    @Test
    void temporaryAssistanceIsHalfAYuanFromTheCityAndOneFromTheCountyPerResident() {
        assertThat(shares(FundingRules.temporaryAssistance(412_345, new BigDecimal("0.5"), BigDecimal.ONE)))
                .containsExactly("city 206172.50", "county 412345.00");
    }

    @Test
    void disasterReliefIsThreeToFivePerMilleOfLastYearsRevenueRoundedToTheFen() {
        assertThat(shares(FundingRules.disasterRelief(new BigDecimal("98765432.10"), new BigDecimal("0.003"),
                new BigDecimal("0.005")))).containsExactly("least 296296.30", "largest 493827.16");
    }

    @Test
    void aDayCareCentreCostsAHundredThousandSplitFourWays() {
        var shares = FundingRules.dayCareConstruction(1, new BigDecimal("50000"), new BigDecimal("30000"),
                new BigDecimal("10000"), new BigDecimal("10000"));
        assertThat(shares(shares)).containsExactly("province 50000.00", "city 30000.00", "province_lottery 10000.00",
                "city_lottery 10000.00");
        assertThat(FundingRules.total(shares)).isEqualByComparingTo("100000");
        assertThat(FundingRules.total(FundingRules.dayCareRunning(3, 2, new BigDecimal("30000"),
                new BigDecimal("10000")))).isEqualByComparingTo("110000");
    }
}

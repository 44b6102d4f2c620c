package org.doudi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenefitInForceTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static BenefitInForce benefit(YearMonth to, BenefitInForce.AmountFrom... amounts) {
        return new BenefitInForce(1, "DIBAO", BenefitKind.MONTHLY, 7, null, "990121101201", 3L,
                LocalDate.of(2026, 10, 20), NOV, to, to == null ? null : BenefitEnd.EXIT, List.of(amounts), 0);
    }

    @Test
    void a_benefit_pays_from_its_first_month_to_its_last_inclusive() {
        var b = benefit(YearMonth.of(2027, 2), new BenefitInForce.AmountFrom(NOV, new BigDecimal("984.00"), null));
        assertThat(b.paysFor(NOV.minusMonths(1))).isFalse();
        assertThat(b.paysFor(NOV)).isTrue();
        assertThat(b.paysFor(YearMonth.of(2027, 2))).isTrue();
        assertThat(b.paysFor(YearMonth.of(2027, 3))).isFalse();
        assertThat(b.amountFor(YearMonth.of(2027, 3))).isNull();
    }

    @Test
    void a_changed_amount_applies_from_its_month_and_the_months_before_keep_theirs() {
        var b = benefit(null, new BenefitInForce.AmountFrom(NOV, new BigDecimal("984.00"), null),
                new BenefitInForce.AmountFrom(YearMonth.of(2027, 1), new BigDecimal("620.00"), "review"));
        assertThat(b.amountFor(YearMonth.of(2026, 12))).isEqualByComparingTo("984");
        assertThat(b.amountFor(YearMonth.of(2027, 1))).isEqualByComparingTo("620");
        assertThat(b.amountFor(YearMonth.of(2030, 1))).isEqualByComparingTo("620");
    }

    @Test
    void a_benefit_stopped_before_its_first_month_pays_nothing() {
        var b = benefit(NOV.minusMonths(1), new BenefitInForce.AmountFrom(NOV, new BigDecimal("984.00"), null));
        assertThat(b.paysFor(NOV)).isFalse();
        assertThat(b.paysFor(NOV.minusMonths(1))).isFalse();
    }
}

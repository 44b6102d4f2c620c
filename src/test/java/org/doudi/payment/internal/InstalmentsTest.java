package org.doudi.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstalmentsTest {

    static Instalments.Open open(long id, long household, long benefit, String outstanding, String instalment) {
        return new Instalments.Open(id, household, benefit, new BigDecimal(outstanding),
                instalment == null ? null : new BigDecimal(instalment));
    }

    static Instalments.Payment payment(long line, long household, long benefit, String gross) {
        return new Instalments.Payment(line, household, benefit, new BigDecimal(gross), BigDecimal.ZERO);
    }

    static List<String> plan(List<Instalments.Open> open, List<Instalments.Payment> payments) {
        return Instalments.plan(open, payments).stream()
                .map(d -> d.recoveryId() + "→" + d.lineId() + " " + d.amount().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void anInstalmentIsTakenFromThePaymentOfTheSameBenefitFirst() {
        assertThat(plan(List.of(open(1, 7, 70, "1000", "300")),
                List.of(payment(11, 7, 71, "900"), payment(12, 7, 70, "600")))).containsExactly("1→12 300");
    }

    @Test
    void neverMoreThanOutstandingNorThanThePaymentCarries() {
        assertThat(plan(List.of(open(1, 7, 70, "100", "300")), List.of(payment(12, 7, 70, "600"))))
                .containsExactly("1→12 100");
        assertThat(plan(List.of(open(1, 7, 70, "1000", null)), List.of(payment(12, 7, 70, "600"))))
                .as("without instalments: as much as the payment carries").containsExactly("1→12 600");
    }

    @Test
    void olderRecoveriesTakeFirstAndLaterOnesWhatIsLeft() {
        assertThat(plan(List.of(open(2, 7, 70, "500", null), open(1, 7, 70, "400", null)),
                List.of(payment(12, 7, 70, "600")))).containsExactly("1→12 400", "2→12 200");
    }

    @Test
    void aHouseholdWithoutPaymentsInThePayrollGivesNothing() {
        assertThat(plan(List.of(open(1, 8, 80, "500", "100")), List.of(payment(12, 7, 70, "600")))).isEmpty();
    }
}

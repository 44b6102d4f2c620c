package org.doudi.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.payment.HoldReason;
import org.doudi.registry.Payee;
import org.doudi.registry.PayeeHousehold;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.junit.jupiter.api.Test;

class RecipientTest {

    static Payee head(String account, LocalDate died) {
        return new Payee(1, "户主", Relation.HEAD, account == null ? null : "信用社",
                account == null ? null : "****1234", account, died);
    }

    static Payee child(String account, LocalDate died) {
        return new Payee(2, "孩子", Relation.CHILD, null, null, account, died);
    }

    static PayeeHousehold household(Payee... members) {
        return new PayeeHousehold(9, "990121101201", Residence.RURAL, List.of(members));
    }

    @Test
    void aHouseholdsBenefitGoesToItsHead() {
        Recipient r = Recipient.of(9, 0, household(head("h1", null), child(null, null)));
        assertThat(r.payeePersonId()).isEqualTo(1);
        assertThat(r.accountIndex()).isEqualTo("h1");
        assertThat(r.hold()).isNull();
        assertThat(r.holdFor(YearMonth.of(2030, 1))).isEmpty();
    }

    @Test
    void aPersonsOwnBenefitGoesToTheirAccountOrElseToTheHeads() {
        assertThat(Recipient.of(9, 2, household(head("h1", null), child("c1", null))).payeePersonId()).isEqualTo(2);
        assertThat(Recipient.of(9, 2, household(head("h1", null), child(null, null))).payeePersonId()).isEqualTo(1);
        assertThat(Recipient.of(9, 3, household(head("h1", null))).hold()).isEqualTo(HoldReason.NOT_IN_HOUSEHOLD);
    }

    @Test
    void nothingIsDueForAMonthAfterTheDeathAndNothingCanBePaidToADeadPayee() {
        Recipient single = Recipient.of(9, 0, household(head("h1", LocalDate.of(2026, 8, 15))));
        assertThat(single.diedMonth()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(single.holdFor(YearMonth.of(2026, 9))).contains(HoldReason.DECEASED);
        assertThat(single.holdFor(YearMonth.of(2026, 8))).as("the month of the death is due, but to whom?")
                .contains(HoldReason.PAYEE_DECEASED);
        Recipient widow = Recipient.of(9, 0, household(head("h1", LocalDate.of(2026, 8, 15)), child(null, null)));
        assertThat(widow.diedMonth()).as("the household lives on").isNull();
        assertThat(widow.hold()).isEqualTo(HoldReason.PAYEE_DECEASED);
        Recipient child = Recipient.of(9, 2, household(head("h1", null), child("c1", LocalDate.of(2026, 3, 1))));
        assertThat(child.holdFor(YearMonth.of(2026, 4))).contains(HoldReason.DECEASED);
    }

    @Test
    void withoutAHeadAnAccountOrTheHouseholdThereIsNoOneToPay() {
        assertThat(Recipient.of(9, 0, household(child("c1", null))).hold()).isEqualTo(HoldReason.NO_PAYEE);
        assertThat(Recipient.of(9, 0, household(head(null, null))).hold()).isEqualTo(HoldReason.NO_ACCOUNT);
        assertThat(Recipient.of(9, 0, null).hold()).isEqualTo(HoldReason.NOT_FOUND);
    }
}

package org.doudi.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A benefit decided by casework that payments pay: a programme, for a household (personId null) or one
 * person in it, from a month to a month (null: until stopped), at an amount that may change from a
 * month on ({@code amounts}, oldest first). {@code caseId} is the decision that granted it.
 */
public record BenefitInForce(long id, String programme, BenefitKind kind, long householdId, Long personId,
                             String regionCode, Long caseId, LocalDate grantedOn, YearMonth fromMonth,
                             YearMonth toMonth, BenefitEnd endReason, List<AmountFrom> amounts, int version) {

    public BenefitInForce {
        amounts = List.copyOf(amounts);
    }

    /** The monthly (or one-off) amount from a month on. */
    public record AmountFrom(YearMonth fromMonth, BigDecimal amount, String reason) {
    }

    /** Whether it pays for {@code month}. */
    public boolean paysFor(YearMonth month) {
        return !month.isBefore(fromMonth) && (toMonth == null || !month.isAfter(toMonth));
    }

    /** The amount for {@code month}; null when it does not pay for it. */
    public BigDecimal amountFor(YearMonth month) {
        if (!paysFor(month)) {
            return null;
        }
        BigDecimal amount = null;
        for (AmountFrom a : amounts) {
            if (!a.fromMonth().isAfter(month)) {
                amount = a.amount();
            }
        }
        return amount;
    }
}

package org.doudi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Money to take back from a household, and how far it is: {@code recovered} by deductions from payments the bank
 * confirmed and by refunds; {@code pending} in deductions from payments not confirmed yet; {@code outstanding} the
 * rest. {@code sourceReference}: the payment found wrong (null for a decided overpayment).
 */
public record Recovery(long id, long benefitId, long householdId, String regionCode, String programme,
                       RecoveryReason reason, String sourceReference, YearMonth sourceMonth, BigDecimal amount,
                       BigDecimal instalment, BigDecimal recovered, BigDecimal pending, BigDecimal outstanding,
                       boolean waived, String note, String createdBy, Instant createdAt, List<Deduction> deductions,
                       List<RefundMade> refunds, int version) {

    public Recovery {
        deductions = List.copyOf(deductions);
        refunds = List.copyOf(refunds);
    }

    /** One instalment taken from a payment; {@code confirmed} once the bank paid the rest of it. */
    public record Deduction(String reference, YearMonth month, BigDecimal amount, boolean confirmed) {
    }

    public record RefundMade(BigDecimal amount, LocalDate receivedOn, String note, String recordedBy) {
    }
}

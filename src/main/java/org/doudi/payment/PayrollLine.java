package org.doudi.payment;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a payroll: a claim (a benefit's month, or one person's price subsidy for a month) with its payee as
 * the registry said at generation (the account masked) and what happened to it. {@code reference} is the bank
 * file's reference of the payment. {@code amount} = {@code gross} − {@code deducted} (recovery instalments).
 */
public record PayrollLine(long id, String reference, LineKind kind, YearMonth forMonth, long benefitId,
                          long householdId, Long personId, String regionCode, String payeeName, String bankName,
                          String accountMasked, BigDecimal gross, BigDecimal deducted, BigDecimal amount,
                          LineStatus status, HoldReason hold, String note) {
}

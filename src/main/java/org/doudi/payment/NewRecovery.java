package org.doudi.payment;

import java.math.BigDecimal;

/**
 * A decided overpayment to take back from a benefit's household: the amount, and the instalment to take from each
 * later payment when it is to be paid back over time (null: from the next payments, as much as they carry).
 */
public record NewRecovery(Long benefitId, BigDecimal amount, BigDecimal instalment, String note) {
}

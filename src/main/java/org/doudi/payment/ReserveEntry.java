package org.doudi.payment;

import java.math.BigDecimal;

/**
 * Money into or out of a town's reserve (备用金): the amount, the day ({@code yyyy-MM-dd}), what for, and a
 * reference (a case number, a receipt, the county's transfer).
 */
public record ReserveEntry(BigDecimal amount, String on, String purpose, String reference) {
}

package org.doudi.payment;

import java.math.BigDecimal;

/** A budget as entered: a county, a year, a programme, a source ({@link FundSource}) and the amount in yuan. */
public record BudgetEntry(String countyCode, Integer year, String programme, String source, BigDecimal amount,
                          String note) {
}

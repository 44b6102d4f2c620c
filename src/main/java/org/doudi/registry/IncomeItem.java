package org.doudi.registry;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Yuan per month of one type, over the months {@code from}–{@code to} inclusive ({@code to} null: ongoing). */
public record IncomeItem(long id, IncomeType type, BigDecimal monthly, YearMonth from, YearMonth to, String note) {
}

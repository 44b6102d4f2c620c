package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.doudi.registry.IncomeType;

/** An income item: yuan per month over an inclusive month range ({@code to} null = ongoing). */
public record IncomeInput(IncomeType type, BigDecimal monthly, YearMonth from, YearMonth to) {
}

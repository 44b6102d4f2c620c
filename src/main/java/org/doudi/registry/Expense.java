package org.doudi.registry;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Rigid spending out of pocket in one month, for the household or for one member ({@code personId}). */
public record Expense(long id, Long personId, ExpenseKind kind, BigDecimal amount, YearMonth month,
                      String description) {
}

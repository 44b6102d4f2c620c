package org.doudi.assessment.rules;

import java.time.LocalDate;
import java.time.YearMonth;

import org.doudi.assessment.Assessment;

/**
 * The income window (DOMAIN.md §2.0): for identification month M, the twelve full months from M−12
 * to M−1. Months are handled as integers so that an item's overlap is one subtraction, not a loop.
 */
public record IncomeWindow(YearMonth identificationMonth, int firstMonth, int lastMonth) {

    public static IncomeWindow of(LocalDate asOf) {
        YearMonth m = YearMonth.from(asOf);
        int index = index(m);
        return new IncomeWindow(m, index - 12, index - 1);
    }

    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** Months of the window an item running from {@code from} to {@code to} (inclusive, null = ongoing) covers. */
    public int overlap(YearMonth from, YearMonth to) {
        int start = Math.max(firstMonth, from == null ? firstMonth : index(from));
        int end = Math.min(lastMonth, to == null ? lastMonth : index(to));
        return Math.max(0, end - start + 1);
    }

    /** Whether an item covers the given month index. */
    public static boolean covers(YearMonth from, YearMonth to, int month) {
        return (from == null || index(from) <= month) && (to == null || index(to) >= month);
    }

    public int previousMonth() {
        return lastMonth;
    }

    public Assessment.Window asWindow() {
        YearMonth first = identificationMonth.minusMonths(12);
        YearMonth last = identificationMonth.minusMonths(1);
        return new Assessment.Window(first.atDay(1), last.atEndOfMonth());
    }
}

package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doudi.registry.IncomeType;
import org.doudi.registry.internal.generator.SyntheticHousehold.Income;

/**
 * The twelve months before the reference month (DOMAIN.md §2.0), used to give households the
 * categories their figures support. A rough reading of the rules, for labelling generated data only;
 * the assessment module is what decides entitlements.
 */
record IncomeWindow(YearMonth first, YearMonth last) {

    /** Counted for 低保 (DOMAIN.md §2.0): wages, business, property, transfers, pensions other than the basic one. */
    static final Set<IncomeType> COUNTED_FOR_DIBAO = EnumSet.of(IncomeType.WAGE, IncomeType.BUSINESS,
            IncomeType.PROPERTY, IncomeType.TRANSFER, IncomeType.PENSION, IncomeType.ELDERLY_ALLOWANCE);

    private static final BigDecimal EMPLOYMENT_COST_RATIO = new BigDecimal("0.20");
    private static final BigDecimal EMPLOYMENT_COST_CAP = new BigDecimal("300");

    static IncomeWindow before(YearMonth referenceMonth) {
        return new IncomeWindow(referenceMonth.minusMonths(12), referenceMonth.minusMonths(1));
    }

    long monthsOf(Income item) {
        YearMonth from = item.from().isAfter(first) ? item.from() : first;
        YearMonth to = item.to() == null || item.to().isAfter(last) ? last : item.to();
        return from.isAfter(to) ? 0 : ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** Every item over the window (the monitoring figure: nothing left out, nothing deducted). */
    BigDecimal total(List<Income> items) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Income i : items) {
            sum = sum.add(i.monthly().multiply(BigDecimal.valueOf(monthsOf(i))));
        }
        return sum;
    }

    /** The 低保-counted items over the window, less the employment-cost deduction on wages. */
    BigDecimal counted(List<Income> items) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Income i : items) {
            if (!COUNTED_FOR_DIBAO.contains(i.type())) {
                continue;
            }
            BigDecimal monthly = i.monthly();
            if (i.type() == IncomeType.WAGE) {
                monthly = monthly.subtract(monthly.multiply(EMPLOYMENT_COST_RATIO).min(EMPLOYMENT_COST_CAP));
            }
            sum = sum.add(monthly.multiply(BigDecimal.valueOf(monthsOf(i))));
        }
        return sum;
    }
}

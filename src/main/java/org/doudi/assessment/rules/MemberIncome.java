package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.List;

import org.doudi.assessment.IncomeInput;
import org.doudi.assessment.MemberInput;
import org.doudi.registry.IncomeType;

/** A member's income over the window, by counting rule, and their employment-cost deduction. */
public final class MemberIncome {

    private MemberIncome() {
    }

    /** Σ monthly × months of overlap, over the items the rule counts. */
    public static BigDecimal counted(MemberInput member, IncomeCounting counting, IncomeWindow window) {
        BigDecimal total = BigDecimal.ZERO;
        for (IncomeInput item : member.incomes()) {
            if (counting.counts(item.type())) {
                int months = window.overlap(item.from(), item.to());
                if (months > 0) {
                    total = total.add(item.monthly().multiply(BigDecimal.valueOf(months)));
                }
            }
        }
        return total;
    }

    /**
     * 就业成本扣减: for each month the member has wage income, min(wage × ratio, monthly cap). With one
     * wage item (the usual case) that is months × the monthly deduction; overlapping wage items are summed
     * month by month so that the cap applies to the month's total.
     */
    public static BigDecimal employmentCostDeduction(MemberInput member, IncomeWindow window, BigDecimal ratio,
                                                     BigDecimal monthlyCap) {
        List<IncomeInput> wages = member.incomes().stream().filter(i -> i.type() == IncomeType.WAGE).toList();
        if (wages.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (wages.size() == 1) {
            IncomeInput wage = wages.get(0);
            int months = window.overlap(wage.from(), wage.to());
            return Money.min(wage.monthly().multiply(ratio), monthlyCap).multiply(BigDecimal.valueOf(months));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int month = window.firstMonth(); month <= window.lastMonth(); month++) {
            BigDecimal wageThisMonth = BigDecimal.ZERO;
            for (IncomeInput wage : wages) {
                if (IncomeWindow.covers(wage.from(), wage.to(), month)) {
                    wageThisMonth = wageThisMonth.add(wage.monthly());
                }
            }
            if (wageThisMonth.signum() > 0) {
                total = total.add(Money.min(wageThisMonth.multiply(ratio), monthlyCap));
            }
        }
        return total;
    }

    /** Whether the member has wage income in the given month (for gradual exit: month M−1). */
    public static boolean hasWageIn(MemberInput member, int month) {
        return member.incomes().stream().anyMatch(i -> i.type() == IncomeType.WAGE
                && i.monthly().signum() > 0 && IncomeWindow.covers(i.from(), i.to(), month));
    }
}

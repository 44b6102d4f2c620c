package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of DOMAIN.md §2.0, in one place: per-capita figures half-up to 0.01 yuan;
 * every benefit amount half-up to a whole yuan, once, at the end; standards derived by a multiplier
 * (1.3 × 低保标准, 1.5 × 低保标准) up to a whole yuan.
 */
public final class Money {

    public static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Money() {
    }

    public static BigDecimal perCapita(BigDecimal total, int divisor) {
        return total.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal wholeYuan(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    public static BigDecimal derivedStandard(BigDecimal multiplier, BigDecimal standard) {
        return multiplier.multiply(standard).setScale(0, RoundingMode.CEILING);
    }

    /** A yearly figure as a monthly one, half-up to 0.01 yuan. */
    public static BigDecimal monthlyOfYearly(BigDecimal yearly) {
        return yearly.divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal lowest, BigDecimal highest) {
        return min(max(value, lowest), highest);
    }
}

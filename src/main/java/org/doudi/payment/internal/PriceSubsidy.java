package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;

/**
 * 价格临时补贴 (DOMAIN.md §2.9), as pure functions. A city-month is triggered when the CPI rose year on year by at
 * least {@code price_subsidy.cpi_trigger}, or the food CPI by at least {@code price_subsidy.food_trigger}; the
 * rise that counts is the one that triggered (the larger when both did). Indices are as published: the same month
 * of the previous year = 100, so 103.8 is a rise of 0.038. Per person and month: 低保 standard × rise, rounded
 * half-up to a whole yuan once, at the end (DOMAIN.md §2.0).
 */
final class PriceSubsidy {

    /**
     * Whose recipients receive it: 低保, 特困, orphans and de facto unsupported children. (People on unemployment
     * insurance receive theirs from the human-resources department's fund, not from civil affairs.)
     */
    static final Set<String> PROGRAMMES = Set.of("DIBAO", "TEKUN", "ORPHAN", "UNSUPPORTED_CHILD");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceSubsidy() {
    }

    /** The rise that triggers the subsidy for a month, or empty when neither index reached its trigger. */
    static Optional<BigDecimal> rise(BigDecimal cpi, BigDecimal foodCpi, BigDecimal cpiTrigger,
                                     BigDecimal foodTrigger) {
        BigDecimal cpiRise = cpi.subtract(HUNDRED).divide(HUNDRED);
        BigDecimal foodRise = foodCpi.subtract(HUNDRED).divide(HUNDRED);
        boolean byCpi = cpiRise.compareTo(cpiTrigger) >= 0;
        boolean byFood = foodRise.compareTo(foodTrigger) >= 0;
        if (byCpi && byFood) {
            return Optional.of(cpiRise.max(foodRise));
        }
        return byCpi ? Optional.of(cpiRise) : byFood ? Optional.of(foodRise) : Optional.empty();
    }

    /** One person's subsidy for one month, in whole yuan. */
    static BigDecimal amount(BigDecimal dibaoStandard, BigDecimal rise) {
        return dibaoStandard.multiply(rise).setScale(0, RoundingMode.HALF_UP);
    }
}

package org.doudi.assessment.rules;

import java.util.EnumSet;
import java.util.Set;

import org.doudi.registry.IncomeType;

/**
 * Which income types count, per purpose (DOMAIN.md §2.0). Not counted for 低保 and 特困: preferential
 * care, family-planning awards, awards and scholarships, assistance payments, the basic pension; for
 * 特困 also the social-insurance pension and the old-age allowance. Monitoring counts everything.
 */
public enum IncomeCounting {
    DIBAO(EnumSet.of(IncomeType.WAGE, IncomeType.BUSINESS, IncomeType.PROPERTY, IncomeType.TRANSFER,
            IncomeType.PENSION, IncomeType.ELDERLY_ALLOWANCE)),
    TEKUN(EnumSet.of(IncomeType.WAGE, IncomeType.BUSINESS, IncomeType.PROPERTY, IncomeType.TRANSFER)),
    MONITORING(EnumSet.allOf(IncomeType.class));

    private final Set<IncomeType> counted;

    IncomeCounting(Set<IncomeType> counted) {
        this.counted = counted;
    }

    public boolean counts(IncomeType type) {
        return counted.contains(type);
    }
}

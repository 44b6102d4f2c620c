package org.doudi.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of a parameter for a region on a date, with the entry that supplied it: the region
 * whose entry applied (the region itself or an ancestor) and the date that entry took effect.
 * Values are kept as written ({@code 620}, {@code 0.20}, {@code true}, {@code null} = none/unlimited).
 */
public record ResolvedParameter(String name, String value, String regionCode, LocalDate since) {

    public BigDecimal decimal() {
        if (isNone()) {
            throw new IllegalStateException(name + " has no value (none) in the entry of " + regionCode + " since " + since);
        }
        return new BigDecimal(value);
    }

    public boolean flag() {
        return Boolean.parseBoolean(value);
    }

    /** True when the entry says "none" (e.g. no annual cap). */
    public boolean isNone() {
        return value == null || "null".equals(value);
    }
}

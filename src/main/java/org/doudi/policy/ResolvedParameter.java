package org.doudi.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of a parameter for a region on a date, with the entry that supplied it: the region
 * whose entry applied (the region itself or an ancestor) and the date that entry took effect.
 * Values are kept as written ({@code 620}, {@code 0.20}, {@code true}, {@code null} = none/unlimited).
 * A value-object with record-style accessors; not a record only because the number is parsed once,
 * here, rather than on every read by the calculator (which reads it millions of times in a screening run).
 */
public final class ResolvedParameter {

    private final String name;
    private final String value;
    private final String regionCode;
    private final LocalDate since;
    private final BigDecimal number;

    public ResolvedParameter(String name, String value, String regionCode, LocalDate since) {
        this.name = name;
        this.value = value;
        this.regionCode = regionCode;
        this.since = since;
        this.number = parse(value);
    }

    private static BigDecimal parse(String value) {
        if (value == null || "null".equals(value) || "true".equals(value) || "false".equals(value)) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public String regionCode() {
        return regionCode;
    }

    public LocalDate since() {
        return since;
    }

    public BigDecimal decimal() {
        if (number == null) {
            throw new IllegalStateException(name + " is not a number (" + value + ") in the entry of " + regionCode
                    + " since " + since);
        }
        return number;
    }

    public boolean flag() {
        return Boolean.parseBoolean(value);
    }

    /** True when the entry says "none" (e.g. no annual cap). */
    public boolean isNone() {
        return value == null || "null".equals(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedParameter p && Objects.equals(name, p.name) && Objects.equals(value, p.value)
                && Objects.equals(regionCode, p.regionCode) && Objects.equals(since, p.since);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, regionCode, since);
    }

    @Override
    public String toString() {
        return "ResolvedParameter[name=" + name + ", value=" + value + ", regionCode=" + regionCode + ", since="
                + since + "]";
    }
}

package org.doudi.region;

/**
 * A region and everything below it, as the closed range of 12-digit codes it spans. Because a
 * region's descendants share its significant prefix, "is X inside Y" is
 * {@code x.region_code BETWEEN :lo AND :hi} — a plain B-tree range scan in PostgreSQL and H2,
 * whatever the collation (see docs/decisions/0003-region-scope-as-code-range.md).
 */
public record RegionScope(String code, RegionLevel level) {

    public static RegionScope of(String code) {
        return new RegionScope(code, RegionLevel.of(code));
    }

    public String prefix() {
        return code.substring(0, level.significantDigits());
    }

    /** Lowest code inside the scope (the region itself). */
    public String lo() {
        return pad(prefix(), '0');
    }

    /** Highest code inside the scope. */
    public String hi() {
        return pad(prefix(), '9');
    }

    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.length() == 12 && otherCode.startsWith(prefix());
    }

    public boolean contains(RegionScope other) {
        return contains(other.code()) && other.level().ordinal() >= level.ordinal();
    }

    private static String pad(String prefix, char with) {
        return prefix + String.valueOf(with).repeat(12 - prefix.length());
    }
}

package org.doudi.region;

/**
 * The five levels of the administrative tree and how many leading digits of the 12-digit code
 * identify a region at that level (DOMAIN.md §1.1).
 */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWN(9), VILLAGE(12);

    private final int significantDigits;

    RegionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }

    /** The level of a 12-digit code: the shortest prefix after which only zeros follow. */
    public static RegionLevel of(String code) {
        RegionCodes.requireValid(code);
        for (RegionLevel level : values()) {
            if (code.substring(level.significantDigits).chars().allMatch(c -> c == '0')) {
                return level;
            }
        }
        return VILLAGE;
    }

    public RegionLevel child() {
        return this == VILLAGE ? null : values()[ordinal() + 1];
    }
}

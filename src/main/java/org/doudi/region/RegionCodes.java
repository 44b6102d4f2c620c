package org.doudi.region;

/** Checks on 12-digit statistical division codes. */
public final class RegionCodes {

    private RegionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() == 12 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static void requireValid(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("a region code has 12 digits: " + code);
        }
    }
}

package org.doudi.region;

import java.util.ArrayList;
import java.util.List;

/** Checks on 12-digit statistical division codes, and the ancestors a code encodes. */
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

    /**
     * The region and its ancestors, nearest first — 990121101201, 990121101000, 990121000000, 990100000000,
     * 990000000000 — read from the code itself: no look-up of the tree is needed.
     */
    public static List<String> selfAndAncestors(String code) {
        requireValid(code);
        List<String> chain = new ArrayList<>(5);
        RegionLevel[] levels = RegionLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            int digits = levels[i].significantDigits();
            String ancestor = code.substring(0, digits) + "0".repeat(12 - digits);
            if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(ancestor)) {
                chain.add(ancestor);
            }
        }
        return chain;
    }
}

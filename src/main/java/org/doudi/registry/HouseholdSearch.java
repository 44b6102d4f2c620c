package org.doudi.registry;

/**
 * Filters of the household list, as entered; each may be null or blank. {@code region}: a region
 * code (households in it and below); {@code name}: the start of a current member's name;
 * {@code idNumber}: a current member's full ID number (exact, found by its blind index);
 * {@code category}: a {@link HouseholdCategory}.
 */
public record HouseholdSearch(String region, String name, String idNumber, String category) {

    public static HouseholdSearch all() {
        return new HouseholdSearch(null, null, null, null);
    }
}

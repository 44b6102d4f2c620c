package org.doudi.registry;

import java.time.LocalDate;
import java.util.Objects;

import org.doudi.region.RegionCodes;

/**
 * What to generate: how many households, from which seed, over the villages of which region, and
 * the date the population is described at (ages, income months and facts are relative to it). The
 * date is part of the spec, not "today", so that a seed reproduces the same population on any day.
 */
public record PopulationSpec(long households, long seed, String regionCode, LocalDate referenceDate) {

    /** The default date the population stands at: the first day of the demo's present month. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 1);

    /** Beyond this a run would exhaust the ID numbers' sequence space of a small region. */
    public static final long MAX_HOUSEHOLDS = 20_000_000;

    public PopulationSpec {
        if (households < 1 || households > MAX_HOUSEHOLDS) {
            throw new IllegalArgumentException("households must be between 1 and " + MAX_HOUSEHOLDS + ", not " + households);
        }
        RegionCodes.requireValid(regionCode);
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    public static PopulationSpec of(long households, long seed, String regionCode) {
        return new PopulationSpec(households, seed, regionCode, DEFAULT_REFERENCE_DATE);
    }
}

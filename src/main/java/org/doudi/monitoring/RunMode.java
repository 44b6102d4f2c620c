package org.doudi.monitoring;

/** What a screening run covers and writes. */
public enum RunMode {
    /** every household of the region */
    FULL,
    /** the households touched (registry, benefits, feeds, monitoring) since the last completed run of the region */
    INCREMENTAL,
    /** every household of the region, one rule version; counts its matches and writes no warning */
    DRY_RUN
}

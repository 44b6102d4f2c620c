package org.doudi.monitoring;

import java.time.LocalDate;

/** The JSON bodies of {@code /api/v1/screening-runs}. */
public final class RunBodies {

    private RunBodies() {
    }

    /**
     * A run over a region (default: yours), FULL or INCREMENTAL (default FULL), as of a date (default today; a
     * past date redoes a missed month), reading {@code chunkSize} households per transaction (default from the
     * configuration, 1–5,000).
     */
    public record Start(String regionCode, RunMode mode, LocalDate asOf, Integer chunkSize) {
    }
}

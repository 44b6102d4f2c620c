package org.doudi.registry;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run did.
 *
 * @param writer              how rows were written: {@code postgresql-copy}, {@code jdbc-batch} or {@code csv}
 * @param householdsWritten   households written by this run
 * @param householdsPresent   households of the same spec that an earlier, interrupted run had written
 * @param rowsWritten         rows written per table, in the order the tables are filled
 */
public record GenerationReport(PopulationSpec spec, String writer, long householdsWritten, long householdsPresent,
                               Map<String, Long> rowsWritten, Duration elapsed) {

    public GenerationReport {
        rowsWritten = Collections.unmodifiableMap(new LinkedHashMap<>(rowsWritten));
    }

    public long totalRows() {
        return rowsWritten.values().stream().mapToLong(Long::longValue).sum();
    }

    public double householdsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : householdsWritten / seconds;
    }
}

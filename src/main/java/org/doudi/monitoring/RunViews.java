package org.doudi.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What {@code /api/v1/screening-runs} answers. */
public final class RunViews {

    private RunViews() {
    }

    /** The counts of one rule version in a run; {@code sample}: the first matching households (dry runs). */
    public record RuleCount(String ruleCode, int ruleVersion, String name, long matches, long warningsCreated,
                            List<Long> sample) {
    }

    /**
     * A run and its progress. {@code live}: a process is working on it now (its heartbeat is recent); a RUNNING
     * run that is not live was interrupted and may be resumed. {@code percent} is null while the total is unknown.
     * {@code matches}: rule matches; of those, {@code warningsCreated} new warnings, {@code alreadyOpen} matched an
     * open warning and {@code quiet} a warning closed within the rule's quiet days. {@code evaluationErrors}:
     * rule evaluations that failed on a household (the last one's message in {@code lastError}); the run goes on.
     */
    public record Run(long id, String regionCode, RunMode mode, LocalDate asOf, Instant since, int chunkSize,
                      RunState state, boolean live, String requestedBy, Instant startedAt, Instant finishedAt,
                      Instant heartbeatAt, int attempts, Long householdsTotal, long householdsDone, Integer percent,
                      long lastHouseholdId, int chunksDone, long matches, long warningsCreated, long alreadyOpen,
                      long quiet, long evaluationErrors, String lastError, String failure, List<RuleCount> rules) {
    }
}

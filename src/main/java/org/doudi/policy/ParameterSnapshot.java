package org.doudi.policy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Every parameter resolved once for one region and one date — what a calculation reads.
 * A parameter absent from the snapshot had no entry in force: the programme did not exist yet.
 */
public record ParameterSnapshot(String regionCode, LocalDate date, Map<String, ResolvedParameter> values) {

    public ParameterSnapshot {
        values = Map.copyOf(values);
    }

    public Optional<ResolvedParameter> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean inForce(String name) {
        return values.containsKey(name);
    }

    /** The parameter, which the caller knows to be in force (checked with {@link #inForce}). */
    public ResolvedParameter get(String name) {
        ResolvedParameter p = values.get(name);
        if (p == null) {
            throw new IllegalStateException(name + " has no entry in force for " + regionCode + " on " + date);
        }
        return p;
    }
}

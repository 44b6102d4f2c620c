package org.doudi.assessment;

import java.time.LocalDate;

import org.doudi.policy.ResolvedParameter;

/**
 * One step of an explanation: what was computed or looked up ({@code step}, a stable code the UI
 * words), its value, and — when a parameter supplied it — the parameter's name, the region whose
 * entry applied and the date that entry took effect.
 */
public record TraceStep(String step, Object value, String parameter, String region, LocalDate since) {

    public static TraceStep of(String step, Object value) {
        return new TraceStep(step, value, null, null, null);
    }

    public static TraceStep of(String step, ResolvedParameter p) {
        return new TraceStep(step, valueOf(p), p.name(), p.regionCode(), p.since());
    }

    /** A parameter's value as JSON would show it: a number, a boolean, or null for "none". */
    private static Object valueOf(ResolvedParameter p) {
        if (p.isNone()) {
            return null;
        }
        if ("true".equals(p.value()) || "false".equals(p.value())) {
            return p.flag();
        }
        return p.decimal();
    }

    public static TraceStep of(String step, Object value, ResolvedParameter p) {
        return new TraceStep(step, value, p.name(), p.regionCode(), p.since());
    }
}

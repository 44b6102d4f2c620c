package org.doudi.policy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated entry of a parameter as it went through maker-checker: who proposed it and why, and
 * who decided it, when, and with what note. Only {@link Status#APPROVED} entries are in force.
 */
public record ParameterChange(long id, String name, String regionCode, LocalDate since, String value,
                              Status status, String reason, String proposedBy, Instant proposedAt,
                              String decidedBy, Instant decidedAt, String decisionReason) {

    public enum Status {
        /** Waiting for another user to approve or reject it. */
        PROPOSED,
        /** In force from {@code since}; never changed again. */
        APPROVED,
        /** Turned down by a checker, with a reason. */
        REJECTED,
        /** Taken back by its proposer before a decision. */
        WITHDRAWN
    }

    public ParameterEntry entry() {
        return new ParameterEntry(name, regionCode, since, value);
    }
}

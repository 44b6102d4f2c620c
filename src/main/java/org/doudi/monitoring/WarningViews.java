package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.doudi.shared.security.Role;

import tools.jackson.databind.JsonNode;

/** What {@code /api/v1/warnings} answers. */
public final class WarningViews {

    private WarningViews() {
    }

    /** What the inbox is filtered by; every field optional. {@code role}: whose inbox (default: your roles). */
    public record Filter(WarningState state, Role role, Boolean overdue, String ruleCode, Long householdId,
                         Boolean mine) {

        public static Filter inbox() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record Summary(long id, String ruleCode, String ruleName, long householdId, Long personId,
                          String regionCode, Severity severity, WarningKind kind, Role responsibleRole,
                          int escalations, String message, WarningState state, String assignee, LocalDate raisedOn,
                          LocalDate dueOn, boolean overdue) {
    }

    public record Verification(LocalDate on, String by, Finding finding, String note) {
    }

    /** The outcome: what was decided, and what it opened or stopped. */
    public record Closing(WarningOutcome outcome, String note, String department, Long caseId, Long monitoredId,
                          List<Long> stoppedBenefits, LocalDate closedOn, String closedBy) {
    }

    public record Event(String action, LocalDate on, String by, JsonNode details) {
    }

    /**
     * A warning with its history. {@code dueEstimated}: the due date counted through a year without an official
     * calendar. {@code allowedOutcomes}: what may be decided now (VERIFY_AND_STOP only after a CONFIRMED check).
     */
    public record Warning(long id, String ruleCode, int ruleVersion, String ruleName, long householdId,
                          Long personId, String regionCode, Severity severity, WarningKind kind, String programme,
                          Role ownerRole, Role responsibleRole, int escalations, String message, WarningState state,
                          String assignee, LocalDate raisedOn, LocalDate dueOn, boolean dueEstimated, boolean overdue,
                          Long runId, Verification verification, Closing closing,
                          List<WarningOutcome> allowedOutcomes, List<Event> events, int version) {
    }

    /** What an escalation pass did: how many overdue warnings went up a level. */
    public record Escalation(LocalDate on, int escalated) {
    }
}

package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.doudi.assessment.MonitoringType;

import tools.jackson.databind.JsonNode;

/** What {@code /api/v1/monitored-households} answers. */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    /** A step of the record: {@code late}: recorded for a day after the procedure's due date. */
    public record Step(IdentificationAction action, IdentificationState from, IdentificationState to, LocalDate on,
                       boolean late, String by, JsonNode details) {
    }

    public record Helper(long id, String regionCode, String name, String workUnit, String phone, LocalDate leftOn,
                         HelperLeaving leftReason, int households) {
    }

    public record Assignment(long helperId, String helperName, String workUnit, LocalDate from, LocalDate to,
                             String endReason) {
    }

    public record Measure(long id, MeasureKind kind, String description, LocalDate startedOn, LocalDate endedOn,
                          String result, String recordedBy, int version) {
    }

    /**
     * A monitored household (or one being identified): the procedure's state and due date (15 days from the
     * lead; {@code overdue} while identification is still open after it), the type the calculator suggested and
     * the one confirmed, the current helper and every assignment, the measures and the timeline.
     */
    public record Monitored(long id, long householdId, String regionCode, IdentificationState state,
                            LeadSource leadSource, LocalDate leadOn, Long warningId, LocalDate dueOn, boolean overdue,
                            MonitoringType suggestedType, MonitoringType type, LocalDate publicityFrom,
                            LocalDate publicityUntil, LocalDate confirmedOn, String confirmedBy, LocalDate closedOn,
                            Assignment helper, List<Assignment> helpers, List<Measure> measures,
                            List<IdentificationAction> allowedActions, List<Step> timeline, int version) {
    }

    public record Summary(long id, long householdId, String regionCode, IdentificationState state,
                          MonitoringType type, LocalDate leadOn, LocalDate dueOn, boolean overdue, String helperName) {
    }

    /**
     * What the village posts: the head of household's name, the village, the household's size and its type —
     * never an ID number, a phone number, a bank account or anything about health.
     */
    public record PublicitySheet(String headName, String village, int householdSize, MonitoringType type,
                                 LocalDate from, LocalDate until) {
    }

    /** A helper's departure: the households that went to the replacement. */
    public record HelperLeft(Helper helper, Helper replacement, List<Long> reassigned) {
    }

    /** A household on one side of the quarterly comparison. */
    public record ComparedHousehold(long householdId, String regionCode, List<String> programmes,
                                    IdentificationState monitoringState, MonitoringType type) {
    }

    /**
     * The quarterly comparison of civil affairs' low-income data (rural households with 低保, 特困 or 低保边缘 in
     * force in the quarter's last month) with the monitoring data (households monitored then): how many are in
     * both, only in one, and a page of the chosen side.
     */
    public record Comparison(String quarter, String regionCode, String month, long both, long civilAffairsOnly,
                             long monitoringOnly, String side, List<ComparedHousehold> items, int page, int size) {
    }
}

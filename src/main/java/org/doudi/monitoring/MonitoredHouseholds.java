package org.doudi.monitoring;

import java.time.LocalDate;

/**
 * Monitored households (防止返贫动态监测, decision 0031): the identification procedure from the lead to the
 * county's confirmation within 15 days, helpers (a monitored household always has one: a helper who leaves hands
 * every household over in the same transaction), assistance measures, and risk elimination whose conditions the
 * system checks. Every step is audited; everything outside the actor's region is not found. The record's
 * history is kept: nothing is deleted, a closed record stays readable.
 */
public interface MonitoredHouseholds {

    Paged<MonitoringViews.Summary> list(IdentificationState state, Boolean overdue, Long householdId, int page,
                                        int size);

    MonitoringViews.Monitored get(long id);

    /** Opens the identification of a household (one open record per household: 409 when there is one). */
    MonitoringViews.Monitored start(MonitoringBodies.Lead body);

    /** Opens the identification from a warning (called by the warning's outcome, in its transaction). */
    MonitoringViews.Monitored startFromWarning(long householdId, long warningId, LocalDate on, String note);

    MonitoringViews.Monitored authorise(long id, MonitoringBodies.Authorisation body);

    MonitoringViews.Monitored appraise(long id, MonitoringBodies.Opinion body);

    MonitoringViews.Monitored publicise(long id, MonitoringBodies.Publicity body);

    MonitoringViews.PublicitySheet publicitySheet(long id);

    MonitoringViews.Monitored review(long id, MonitoringBodies.Opinion body);

    MonitoringViews.Monitored confirm(long id, MonitoringBodies.Confirmation body);

    MonitoringViews.Monitored reassignHelper(long id, MonitoringBodies.Reassignment body);

    MonitoringViews.Monitored addMeasure(long id, MonitoringBodies.NewMeasure body);

    MonitoringViews.Monitored recordMeasureResult(long id, long measureId, MonitoringBodies.MeasureResult body);

    /** The conditions of risk elimination on a day (today when null), each met or not; changes nothing. */
    RiskElimination.Check checkElimination(long id, LocalDate on);

    /** Marks the risk eliminated when every condition is met; otherwise {@link EliminationRefused}. */
    MonitoringViews.Monitored eliminateRisk(long id, MonitoringBodies.Elimination body);

    Paged<MonitoringViews.Helper> helpers(boolean includeLeft, int page, int size);

    MonitoringViews.Helper addHelper(MonitoringBodies.NewHelper body);

    MonitoringViews.HelperLeft helperLeaves(long helperId, MonitoringBodies.Leaving body);

    /**
     * The comparison for a quarter ({@code 2026-Q3}) over a region (default: yours); {@code side}: BOTH,
     * CIVIL_AFFAIRS_ONLY (default) or MONITORING_ONLY — whose households the page lists.
     */
    MonitoringViews.Comparison comparison(String quarter, String regionCode, String side, int page, int size);
}

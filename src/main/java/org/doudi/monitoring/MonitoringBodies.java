package org.doudi.monitoring;

import java.time.LocalDate;

import org.doudi.assessment.MonitoringType;

/**
 * The JSON bodies of {@code /api/v1/monitored-households}. Every step carries the record's {@code version}
 * (optimistic locking) and {@code on}, the day it happened (today when left out; never in the future, never
 * before the record's last step).
 */
public final class MonitoringBodies {

    private MonitoringBodies() {
    }

    /** A lead: the household, how it was found, when (the 15 days count from here), what was reported. */
    public record Lead(Long householdId, LeadSource source, LocalDate on, String note) {
    }

    /** The field check: who in the household signed the authorisation to check its data, what was found. */
    public record Authorisation(Integer version, LocalDate on, String signedBy, String findings) {
    }

    /** The village appraisal, or the town's first review: agreed or not, and why. */
    public record Opinion(Integer version, LocalDate on, Boolean agreed, String note) {
    }

    /** The publicity in the village: first day, how many days (at least 5; default 5), where it is posted. */
    public record Publicity(Integer version, LocalDate on, Integer days, String place) {
    }

    /**
     * The county's confirmation: confirmed or not, the type (default: the calculator's), the helper who takes the
     * household (required when confirming: a monitored household is never without a helper), and why.
     */
    public record Confirmation(Integer version, LocalDate on, Boolean confirmed, MonitoringType type, Long helperId,
                               String note) {
    }

    /** A new helper for the household from {@code on}; the previous one's assignment ends the same day. */
    public record Reassignment(Integer version, LocalDate on, Long helperId, String reason) {
    }

    public record NewMeasure(MeasureKind kind, String description, LocalDate startedOn) {
    }

    /** A measure's result, and the day it ended (null: still running). */
    public record MeasureResult(Integer version, String result, LocalDate endedOn) {
    }

    /** Risk elimination on a day, with what the officer declares after the visit. */
    public record Elimination(Integer version, LocalDate on, Boolean housingSecure, Boolean medicalCoverSecure,
                              Boolean drinkingWaterSecure, String note) {
    }

    /** A helper (监测帮扶联系人): a cadre of a region (default: yours). */
    public record NewHelper(String regionCode, String name, String workUnit, String phone) {
    }

    /** A helper leaves: every household they help goes to {@code replacementHelperId} the same day. */
    public record Leaving(LocalDate on, HelperLeaving reason, Long replacementHelperId) {
    }
}

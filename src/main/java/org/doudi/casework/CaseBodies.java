package org.doudi.casework;

import java.time.LocalDate;
import java.util.List;


/**
 * The JSON bodies of the case API. Every action carries the {@code version} of the case it was based on
 * (optimistic locking) and {@code on}, the date the step happened (today when left out; never in the
 * future, never before the case's last step): paper records are often entered a few days later.
 */
public final class CaseBodies {

    private CaseBodies() {
    }

    /** {@code documents}: those handed in; {@code receivedOn}: today when left out. */
    public record NewCase(Long householdId, String programme, LocalDate receivedOn, List<DibaoDocument> documents) {
    }

    public record Documents(Integer version, LocalDate on, List<DibaoDocument> documents) {
    }

    /** The visit record: at least two staff, by name, and what they found. */
    public record Investigation(Integer version, LocalDate on, List<String> visitors, String findings) {
    }

    public enum VerificationResult {
        /** The departments' data agree with the declaration. */
        CONSISTENT,
        /** Differences found; {@code note} says which. */
        DISCREPANCIES
    }

    public record Verification(Integer version, LocalDate on, VerificationResult result, String note) {
    }

    /** The assessment is made as of {@code on}. */
    public record Assessment(Integer version, LocalDate on) {
    }

    public record TownOpinion(Integer version, LocalDate on, Outcome recommendation, String reasons) {
    }

    /** {@code on}: the first day of the publicity; {@code place}: where it is posted. */
    public record Publicity(Integer version, LocalDate on, String place) {
    }

    public record Objection(Integer version, LocalDate on, String summary) {
    }

    public record Decision(Integer version, LocalDate on, Outcome outcome, String reasons) {
    }

    public record Notification(Integer version, LocalDate on, String method) {
    }
}

package org.doudi.casework.internal;

import java.time.LocalDate;
import java.util.List;

import org.doudi.casework.DibaoDocument;
import org.doudi.casework.Outcome;

/**
 * The JSON bodies of the case API. Every action carries the {@code version} of the case it was based on
 * (optimistic locking) and {@code on}, the date the step happened (today when left out; never in the
 * future, never before the case's last step): paper records are often entered a few days later.
 */
final class CaseBodies {

    private CaseBodies() {
    }

    /** {@code documents}: those handed in; {@code receivedOn}: today when left out. */
    record NewCase(Long householdId, String programme, LocalDate receivedOn, List<DibaoDocument> documents) {
    }

    record Documents(Integer version, LocalDate on, List<DibaoDocument> documents) {
    }

    /** The visit record: at least two staff, by name, and what they found. */
    record Investigation(Integer version, LocalDate on, List<String> visitors, String findings) {
    }

    enum VerificationResult {
        /** The departments' data agree with the declaration. */
        CONSISTENT,
        /** Differences found; {@code note} says which. */
        DISCREPANCIES
    }

    record Verification(Integer version, LocalDate on, VerificationResult result, String note) {
    }

    /** The assessment is made as of {@code on}. */
    record Assessment(Integer version, LocalDate on) {
    }

    record TownOpinion(Integer version, LocalDate on, Outcome recommendation, String reasons) {
    }

    /** {@code on}: the first day of the publicity; {@code place}: where it is posted. */
    record Publicity(Integer version, LocalDate on, String place) {
    }

    record Objection(Integer version, LocalDate on, String summary) {
    }

    record Decision(Integer version, LocalDate on, Outcome outcome, String reasons) {
    }

    record Notification(Integer version, LocalDate on, String method) {
    }
}

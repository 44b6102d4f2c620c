package org.doudi.casework;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON bodies of the review API. Every step carries the {@code version} of the review it was based on
 * (optimistic locking) and {@code on}, the day it happened (today when left out; never in the future, never
 * before the review's last step).
 */
public final class ReviewBodies {

    private ReviewBodies() {
    }

    /**
     * 家庭变化报告: a change in the household of {@code benefitId}. {@code on}: the day it was reported (today when
     * left out); {@code occurredOn}: when it happened (required).
     */
    public record ChangeReport(Long benefitId, LocalDate on, LocalDate occurredOn, ChangeKind kind, String summary) {
    }

    /** An exit of {@code benefitId}: the person's wish or a 特困 end, recorded on {@code on}. */
    public record NewExit(Long benefitId, LocalDate on, ExitReason reason, String note) {
    }

    /** The visit record: at least two staff, by name, and what they found. */
    public record Investigation(Integer version, LocalDate on, List<String> visitors, String findings) {
    }

    public enum VerificationResult {
        /** The departments' data agree with what the household declares. */
        CONSISTENT,
        /** Differences found; {@code note} says which. */
        DISCREPANCIES
    }

    public record Verification(Integer version, LocalDate on, VerificationResult result, String note) {
    }

    /** The household is assessed as of {@code on}, with the benefit's current amount as what it receives. */
    public record Assessment(Integer version, LocalDate on) {
    }

    /** The outcome proposed; {@code reasons} required for a stop the calculator did not find. */
    public record Proposal(Integer version, LocalDate on, ReviewOutcome outcome, String reasons) {
    }

    public record Exit(Integer version, LocalDate on, ExitReason reason, String note) {
    }

    /** {@code on}: the first day of the publicity; {@code place}: where it is posted. */
    public record Publicity(Integer version, LocalDate on, String place) {
    }

    /** Sent back for a new visit, with the decider's reasons. */
    public record Return(Integer version, LocalDate on, String reasons) {
    }

    /** The proposal is confirmed on {@code on}; the benefit changes from the next month. */
    // several records are called Decision: the API document names each schema once
    @Schema(name = "ReviewDecision")
    public record Decision(Integer version, LocalDate on, String reasons) {
    }

    /** How the household was told ({@code method}: 当面送达, 邮寄 …). */
    public record Notification(Integer version, LocalDate on, String method) {
    }
}

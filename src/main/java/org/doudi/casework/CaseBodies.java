package org.doudi.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.assessment.TemporaryKind;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The JSON bodies of the case API. Every action carries the {@code version} of the case it was based on
 * (optimistic locking) and {@code on}, the date the step happened (today when left out; never in the
 * future, never before the case's last step): paper records are often entered a few days later.
 */
public final class CaseBodies {

    private CaseBodies() {
    }

    /**
     * A new application. {@code programme}: DIBAO when left out; TEKUN, ORPHAN, UNSUPPORTED_CHILD,
     * DISABILITY_LIVING, DISABILITY_CARE, EXPENDITURE_HARDSHIP, TEMPORARY or MEDICAL. {@code personId}: the
     * member applying, for a per-person programme (特困, the child and disability allowances, a medical
     * bill). {@code documents}: those handed in; {@code receivedOn}: today when left out. {@code channel}:
     * SINGLE_WINDOW for a town caseworker and VILLAGE for a village coordinator when left out; HOTLINE needs
     * {@code hotline}, WARNING needs {@code warningId}. {@code temporary}: required for TEMPORARY;
     * {@code bill}: required for MEDICAL.
     */
    public record NewCase(Long householdId, String programme, LocalDate receivedOn, List<CaseDocument> documents,
                          Long personId, Channel channel, Hotline hotline, Long warningId, Temporary temporary,
                          MedicalBill bill) {

        @JsonCreator
        public NewCase {
        }

        /** A 低保 application at the single window, as written before the other programmes existed. */
        public NewCase(Long householdId, String programme, LocalDate receivedOn, List<DibaoDocument> documents) {
            this(householdId, programme, receivedOn,
                    documents == null ? null : documents.stream().map(d -> d == null ? null : d.document()).toList(),
                    null, null, null, null, null, null);
        }
    }

    /** A hotline call: {@code line} 12345 or 12317, who called (name as given), and the call's reference. */
    public record Hotline(String line, String caller, String callReference) {
    }

    /**
     * 临时救助: {@code kind} EMERGENCY or EXPENDITURE. For an emergency: {@code severity} 1–3 (the caseworker's
     * first judgement; the assessment may revise it), {@code happenedOn}, what happened, and
     * {@code placeRegionCode}, the village or town where it happened when it is not the household's own:
     * an emergency is accepted where it happened, and that town keeps the case.
     */
    public record Temporary(TemporaryKind kind, Integer severity, LocalDate happenedOn, String what,
                            String placeRegionCode) {
    }

    /**
     * One medical bill: the in-policy out-of-pocket cost left after basic medical insurance and
     * critical-illness insurance, the date of the settlement (its calendar year is the year the caps count
     * in), the settlement's reference (a bill is assisted once) and the hospital.
     */
    public record MedicalBill(LocalDate date, BigDecimal inPolicyOutOfPocket, String reference, String hospital) {
    }

    /** The town takes up an application the village handed in; {@code documents}: any handed over now. */
    public record Acceptance(Integer version, LocalDate on, List<CaseDocument> documents) {
    }

    public record Documents(Integer version, LocalDate on, List<CaseDocument> documents) {
    }

    /** 先行救助: the amount paid at once (within the town's pay-first limit), how, and why it could not wait. */
    public record PayFirst(Integer version, LocalDate on, BigDecimal amount, String method, String reason) {
    }

    /** The visit record: at least two staff, by name, and what they found. */
    public record Investigation(Integer version, LocalDate on, List<String> visitors, String findings) {
    }

    /** The review of a medical bill: what was checked and found. */
    public record Review(Integer version, LocalDate on, String findings) {
    }

    public enum VerificationResult {
        /** The departments' data agree with the declaration. */
        CONSISTENT,
        /** Differences found; {@code note} says which. */
        DISCREPANCIES
    }

    public record Verification(Integer version, LocalDate on, VerificationResult result, String note) {
    }

    public enum AppraisalConclusion {
        /** The representatives found the objection founded. */
        OBJECTION_UPHELD,
        /** The representatives found the application right. */
        OBJECTION_REJECTED
    }

    /** 民主评议 of an objection: how many representatives took part, their conclusion, the minutes' summary. */
    public record Appraisal(Integer version, LocalDate on, Integer participants, AppraisalConclusion conclusion,
                            String summary) {
    }

    /** The assessment is made as of {@code on}; {@code severity} revises an emergency's (1–3). */
    public record Assessment(Integer version, LocalDate on, Integer severity) {

        @JsonCreator
        public Assessment {
        }

        public Assessment(Integer version, LocalDate on) {
            this(version, on, null);
        }
    }

    /**
     * {@code amount}: for temporary assistance, the amount the town proposes (the frozen assessment's
     * when left out); above the town's limit the county decides it (一事一议), and reasons are required.
     */
    public record TownOpinion(Integer version, LocalDate on, Outcome recommendation, String reasons, BigDecimal amount) {

        @JsonCreator
        public TownOpinion {
        }

        public TownOpinion(Integer version, LocalDate on, Outcome recommendation, String reasons) {
            this(version, on, recommendation, reasons, null);
        }
    }

    /** {@code on}: the first day of the publicity; {@code place}: where it is posted. */
    public record Publicity(Integer version, LocalDate on, String place) {
    }

    public record Objection(Integer version, LocalDate on, String summary) {
    }

    /**
     * {@code amount}: for temporary assistance, the total approved (the town's proposal when left out),
     * the pay-first included; {@code stages}: how it is paid (一次审批、分阶段救助), months from the
     * decision's on, adding up to the amount less the pay-first (one payment in the decision's month when
     * left out).
     */
    public record Decision(Integer version, LocalDate on, Outcome outcome, String reasons, BigDecimal amount,
                           List<Stage> stages) {

        @JsonCreator
        public Decision {
        }

        public Decision(Integer version, LocalDate on, Outcome outcome, String reasons) {
            this(version, on, outcome, reasons, null, null);
        }
    }

    /** One payment of a staged approval. */
    public record Stage(YearMonth month, BigDecimal amount) {
    }

    public record Notification(Integer version, LocalDate on, String method) {
    }
}

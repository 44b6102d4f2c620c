package org.doudi.casework.internal.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.doudi.assessment.Status;
import org.doudi.casework.ChangeKind;
import org.doudi.casework.ExitReason;
import org.doudi.casework.ReviewCategory;
import org.doudi.casework.ReviewFile;
import org.doudi.casework.ReviewKind;
import org.doudi.casework.ReviewOutcome;
import org.doudi.casework.ReviewState;
import org.doudi.payment.BenefitEnd;

/**
 * One row of {@code review}, as read; a step works on a {@link #copy()} and writes it back under the version
 * it read. Mutable on purpose: a step changes a handful of its many facts.
 */
final class ReviewRow {

    long id;
    long benefitId;
    String programme;
    long householdId;
    Long personId;
    String regionCode;
    ReviewKind kind;
    ReviewCategory category;
    ReviewState state;
    LocalDate openedOn;
    LocalDate dueOn;
    boolean dueEstimated;
    LocalDate lastStepOn;
    ChangeKind changeKind;
    LocalDate changeOccurredOn;
    LocalDate changeReportedOn;
    String changeSummary;
    boolean lateReport;
    Long diedPersonId;
    BigDecimal currentAmount;
    LocalDate assessedOn;
    Status assessedStatus;
    BigDecimal assessedAmount;
    YearMonth assessedUntil;
    String assessmentJson;
    ReviewOutcome proposedOutcome;
    BigDecimal proposedAmount;
    ExitReason exitReason;
    String proposalReasons;
    LocalDate proposedOn;
    String proposedBy;
    LocalDate publicityFrom;
    LocalDate publicityEnds;
    ReviewOutcome outcome;
    LocalDate decidedOn;
    String decidedBy;
    String decisionReasons;
    YearMonth amountFromMonth;
    BigDecimal decidedAmount;
    YearMonth lastMonth;
    BenefitEnd benefitEnd;
    LocalDate notifiedOn;
    String closedReason;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    int version;

    ReviewRow copy() {
        ReviewRow c = new ReviewRow();
        c.id = id;
        c.benefitId = benefitId;
        c.programme = programme;
        c.householdId = householdId;
        c.personId = personId;
        c.regionCode = regionCode;
        c.kind = kind;
        c.category = category;
        c.state = state;
        c.openedOn = openedOn;
        c.dueOn = dueOn;
        c.dueEstimated = dueEstimated;
        c.lastStepOn = lastStepOn;
        c.changeKind = changeKind;
        c.changeOccurredOn = changeOccurredOn;
        c.changeReportedOn = changeReportedOn;
        c.changeSummary = changeSummary;
        c.lateReport = lateReport;
        c.diedPersonId = diedPersonId;
        c.currentAmount = currentAmount;
        c.assessedOn = assessedOn;
        c.assessedStatus = assessedStatus;
        c.assessedAmount = assessedAmount;
        c.assessedUntil = assessedUntil;
        c.assessmentJson = assessmentJson;
        c.proposedOutcome = proposedOutcome;
        c.proposedAmount = proposedAmount;
        c.exitReason = exitReason;
        c.proposalReasons = proposalReasons;
        c.proposedOn = proposedOn;
        c.proposedBy = proposedBy;
        c.publicityFrom = publicityFrom;
        c.publicityEnds = publicityEnds;
        c.outcome = outcome;
        c.decidedOn = decidedOn;
        c.decidedBy = decidedBy;
        c.decisionReasons = decisionReasons;
        c.amountFromMonth = amountFromMonth;
        c.decidedAmount = decidedAmount;
        c.lastMonth = lastMonth;
        c.benefitEnd = benefitEnd;
        c.notifiedOn = notifiedOn;
        c.closedReason = closedReason;
        c.createdBy = createdBy;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        c.version = version;
        return c;
    }

    ReviewFile file(Set<String> investigators) {
        return new ReviewFile(state, programme, investigators, proposedOutcome, publicityEnds);
    }

    /** Clears what a new visit makes again: the assessment, the proposal and the publicity. */
    void clearFindings() {
        currentAmount = null;
        assessedOn = null;
        assessedStatus = null;
        assessedAmount = null;
        assessedUntil = null;
        assessmentJson = null;
        proposedOutcome = null;
        proposedAmount = null;
        exitReason = null;
        proposalReasons = null;
        proposedOn = null;
        proposedBy = null;
        publicityFrom = null;
        publicityEnds = null;
    }
}

package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.doudi.casework.CaseDocument;
import org.doudi.casework.CaseState;
import org.doudi.casework.DeciderLevel;
import org.doudi.casework.Outcome;

/**
 * The facts of a case that its steps change: a mutable copy taken for one step and written back whole
 * (guarded by the version). Fields are those of {@code assistance_case} after the opening ones.
 */
final class CaseFacts {

    CaseState state;
    LocalDate acceptedOn;
    Set<CaseDocument> missingDocuments = Set.of();
    LocalDate lastStepOn;
    LocalDate dueOn;
    boolean dueEstimated;
    LocalDate procedureDueOn;
    /** The start of the town's current round: the acceptance (or a pay-first before it), or the last objection. */
    LocalDate phaseFrom;
    DeciderLevel deciderLevel;
    String deciderReason;
    String openKey;
    Outcome recommendation;
    Integer severity;
    BigDecimal proposedAmount;
    BigDecimal paidFirstAmount;
    LocalDate paidFirstOn;
    String paidFirstBy;
    LocalDate assessedOn;
    Boolean assessedEligible;
    BigDecimal assessedAmount;
    String assessmentJson;
    LocalDate publicityFrom;
    LocalDate publicityEnds;
    Outcome outcome;
    BigDecimal decidedAmount;
    String startMonth;
    String untilMonth;
    String stagesJson;
    LocalDate decidedOn;
    String decidedBy;
    String decisionReasons;

    CaseFacts copy() {
        CaseFacts c = new CaseFacts();
        c.state = state;
        c.acceptedOn = acceptedOn;
        c.missingDocuments = missingDocuments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingDocuments));
        c.lastStepOn = lastStepOn;
        c.dueOn = dueOn;
        c.dueEstimated = dueEstimated;
        c.procedureDueOn = procedureDueOn;
        c.phaseFrom = phaseFrom;
        c.deciderLevel = deciderLevel;
        c.deciderReason = deciderReason;
        c.openKey = openKey;
        c.recommendation = recommendation;
        c.severity = severity;
        c.proposedAmount = proposedAmount;
        c.paidFirstAmount = paidFirstAmount;
        c.paidFirstOn = paidFirstOn;
        c.paidFirstBy = paidFirstBy;
        c.assessedOn = assessedOn;
        c.assessedEligible = assessedEligible;
        c.assessedAmount = assessedAmount;
        c.assessmentJson = assessmentJson;
        c.publicityFrom = publicityFrom;
        c.publicityEnds = publicityEnds;
        c.outcome = outcome;
        c.decidedAmount = decidedAmount;
        c.startMonth = startMonth;
        c.untilMonth = untilMonth;
        c.stagesJson = stagesJson;
        c.decidedOn = decidedOn;
        c.decidedBy = decidedBy;
        c.decisionReasons = decisionReasons;
        return c;
    }

    /** A new assessment, opinion and publicity are made after an objection. */
    void clearForNewRound() {
        recommendation = null;
        assessedOn = null;
        assessedEligible = null;
        assessedAmount = null;
        assessmentJson = null;
        publicityFrom = null;
        publicityEnds = null;
        proposedAmount = null;
    }
}

package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.doudi.casework.CaseState;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.Outcome;

/** The facts of a case being changed by one step: a mutable copy of its row, written back whole. */
final class CaseChange {

    final CaseRow before;
    CaseState state;
    LocalDate acceptedOn;
    Set<DibaoDocument> missingDocuments;
    LocalDate lastStepOn;
    LocalDate dueOn;
    boolean dueEstimated;
    LocalDate procedureDueOn;
    Outcome recommendation;
    LocalDate assessedOn;
    Boolean assessedEligible;
    BigDecimal assessedAmount;
    String assessmentJson;
    LocalDate publicityFrom;
    LocalDate publicityEnds;
    Outcome outcome;
    BigDecimal decidedAmount;
    String startMonth;
    LocalDate decidedOn;
    String decidedBy;
    String decisionReasons;

    CaseChange(CaseRow r) {
        before = r;
        state = r.state();
        acceptedOn = r.acceptedOn();
        missingDocuments = r.missingDocuments();
        lastStepOn = r.lastStepOn();
        dueOn = r.dueOn();
        dueEstimated = r.dueEstimated();
        procedureDueOn = r.procedureDueOn();
        recommendation = r.recommendation();
        assessedOn = r.assessedOn();
        assessedEligible = r.assessedEligible();
        assessedAmount = r.assessedAmount();
        assessmentJson = r.assessmentJson();
        publicityFrom = r.publicityFrom();
        publicityEnds = r.publicityEnds();
        outcome = r.outcome();
        decidedAmount = r.decidedAmount();
        startMonth = r.startMonth();
        decidedOn = r.decidedOn();
        decidedBy = r.decidedBy();
        decisionReasons = r.decisionReasons();
    }

    CaseRow row(Instant now) {
        CaseRow b = before;
        return new CaseRow(b.id(), b.programme(), b.householdId(), b.regionCode(), state, b.receivedOn(), acceptedOn,
                missingDocuments, lastStepOn, dueOn, dueEstimated, procedureDueOn, recommendation, assessedOn,
                assessedEligible, assessedAmount, assessmentJson, publicityFrom, publicityEnds, outcome, decidedAmount,
                startMonth, decidedOn, decidedBy, decisionReasons, b.createdBy(), b.createdAt(), now, b.version());
    }
}

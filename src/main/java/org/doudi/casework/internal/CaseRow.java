package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseState;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.Outcome;

/** One row of {@code assistance_case}, as stored. */
record CaseRow(long id, String programme, long householdId, String regionCode, CaseState state, LocalDate receivedOn,
               LocalDate acceptedOn, Set<DibaoDocument> missingDocuments, LocalDate lastStepOn, LocalDate dueOn,
               boolean dueEstimated, LocalDate procedureDueOn, Outcome recommendation, LocalDate assessedOn,
               Boolean assessedEligible, BigDecimal assessedAmount, String assessmentJson, LocalDate publicityFrom,
               LocalDate publicityEnds, Outcome outcome, BigDecimal decidedAmount, String startMonth, LocalDate decidedOn,
               String decidedBy, String decisionReasons, String createdBy, Instant createdAt, Instant updatedAt,
               int version) {

    CaseRow {
        missingDocuments = missingDocuments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingDocuments));
    }

    CaseFile file(Set<String> investigators) {
        return new CaseFile(state, receivedOn, acceptedOn, missingDocuments, lastStepOn, recommendation,
                assessedEligible, publicityEnds, investigators);
    }
}

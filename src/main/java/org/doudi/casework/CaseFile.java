package org.doudi.casework;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the procedure's guards need to know about a case: its state, when it was received and accepted
 * (null while documents are missing), the date of its last step, the town's recommendation (null before
 * the opinion), whether the frozen assessment found it eligible for 低保 (null before the assessment), the
 * last day of the publicity (null before it), and who recorded its investigations (user names).
 */
public record CaseFile(CaseState state, LocalDate receivedOn, LocalDate acceptedOn, Set<DibaoDocument> missingDocuments,
                       LocalDate lastStepOn, Outcome recommendation, Boolean assessedEligible, LocalDate publicityEnds,
                       Set<String> investigators) {

    public CaseFile {
        missingDocuments = Set.copyOf(missingDocuments);
        investigators = Set.copyOf(investigators);
    }

    public boolean accepted() {
        return acceptedOn != null;
    }
}

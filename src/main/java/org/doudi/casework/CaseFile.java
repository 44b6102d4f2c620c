package org.doudi.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a procedure's guards and deadlines need to know about a case: its family and programme, its state,
 * when it was received and accepted (null while documents are missing), the date of its last step, the
 * town's recommendation (null before the opinion), whether the frozen assessment found it eligible (null
 * before the assessment), the last day of the publicity (null before it), who recorded its investigations
 * and reviews (user names), who decides it, the day the town's current round began ({@code phaseFrom}: the
 * acceptance, a pay-first before it, or the last objection) and the day of a pay-first.
 */
public record CaseFile(ProcedureFamily family, String programme, CaseState state, LocalDate receivedOn,
                       LocalDate acceptedOn, Set<CaseDocument> missingDocuments, LocalDate lastStepOn,
                       Outcome recommendation, Boolean assessedEligible, LocalDate publicityEnds,
                       Set<String> investigators, DeciderLevel decider, LocalDate phaseFrom, LocalDate paidFirstOn) {

    public CaseFile {
        missingDocuments = Set.copyOf(missingDocuments);
        investigators = Set.copyOf(investigators);
    }

    /** A 低保 case decided by the town, as before the other families existed. */
    public CaseFile(CaseState state, LocalDate receivedOn, LocalDate acceptedOn, Set<DibaoDocument> missingDocuments,
                    LocalDate lastStepOn, Outcome recommendation, Boolean assessedEligible, LocalDate publicityEnds,
                    Set<String> investigators) {
        this(ProcedureFamily.DIBAO, "DIBAO", state, receivedOn, acceptedOn,
                missingDocuments.stream().map(DibaoDocument::document).collect(Collectors.toSet()), lastStepOn,
                recommendation, assessedEligible, publicityEnds, investigators, DeciderLevel.TOWN, acceptedOn, null);
    }

    public boolean accepted() {
        return acceptedOn != null;
    }

    public CaseFile withDecider(DeciderLevel level) {
        return new CaseFile(family, programme, state, receivedOn, acceptedOn, missingDocuments, lastStepOn,
                recommendation, assessedEligible, publicityEnds, investigators, level, phaseFrom, paidFirstOn);
    }
}

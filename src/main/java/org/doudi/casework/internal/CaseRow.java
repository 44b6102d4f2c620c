package org.doudi.casework.internal;

import java.time.Instant;
import java.util.Set;

import org.doudi.casework.CaseFile;

/** One row of {@code assistance_case}, as stored: what was fixed at the opening, the facts, the version. */
record CaseRow(CaseOpening opening, CaseFacts facts, Instant updatedAt, int version) {

    long id() {
        return opening.id();
    }

    /** The facts the procedure's guards and deadlines read; {@code investigators}: who recorded investigations or reviews. */
    CaseFile file(Set<String> investigators) {
        return file(opening, facts, investigators);
    }

    static CaseFile file(CaseOpening o, CaseFacts f, Set<String> investigators) {
        return new CaseFile(o.family(), o.programme(), f.state, o.receivedOn(), f.acceptedOn, f.missingDocuments,
                f.lastStepOn, f.recommendation, f.assessedEligible, f.publicityEnds, investigators, f.deciderLevel,
                f.phaseFrom, f.paidFirstOn);
    }
}

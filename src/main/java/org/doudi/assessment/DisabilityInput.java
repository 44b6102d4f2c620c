package org.doudi.assessment;

import org.doudi.registry.DisabilityKind;

public record DisabilityInput(DisabilityKind kind, int grade) {

    /** Grade 1–2, or grade 3 intellectual or mental: the "severe" of the 低保 supplement and 单人户. */
    public boolean severe() {
        return grade <= 2 || (grade == 3 && (kind == DisabilityKind.INTELLECTUAL || kind == DisabilityKind.MENTAL));
    }
}

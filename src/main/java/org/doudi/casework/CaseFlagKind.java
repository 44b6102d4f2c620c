package org.doudi.casework;

/** Why a case is under special attention (DOMAIN.md §3.1 point 8, §3.4). */
public enum CaseFlagKind {
    /** 近亲属备案: the household includes a registered close relative of staff or of a village-committee member. */
    RELATIVE_OF_STAFF(true),
    /** A complaint was recorded about the case or its decision. */
    COMPLAINT(true),
    /** An appeal against the case's decision succeeded: the case is to be examined again. */
    REEXAMINATION_ORDERED(false);

    private final boolean countyVisitRequired;

    CaseFlagKind(boolean countyVisitRequired) {
        this.countyVisitRequired = countyVisitRequired;
    }

    /** Whether the case may be decided only after a county officer's own household visit. */
    public boolean countyVisitRequired() {
        return countyVisitRequired;
    }
}

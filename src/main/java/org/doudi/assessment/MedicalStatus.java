package org.doudi.assessment;

/** The status that sets a person's medical-assistance share, deductible and cap (DOMAIN.md §2.6). */
public enum MedicalStatus {
    TEKUN("tekun"),
    DIBAO("dibao"),
    ORPHAN("dibao"),
    UNSUPPORTED_CHILD("dibao"),
    MONITORED("monitored"),
    DIBAO_MARGINAL("monitored"),
    EXPENDITURE_HARDSHIP("hardship");

    private final String tier;

    MedicalStatus(String tier) {
        this.tier = tier;
    }

    /** The suffix of the medical.share/deductible/cap parameters that apply. */
    public String tier() {
        return tier;
    }
}

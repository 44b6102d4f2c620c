package org.doudi.monitoring;

/**
 * Where a monitored household stands (DOMAIN.md §2.8, 识别程序), each state named after the step last recorded.
 * REJECTED and RISK_ELIMINATED close the record; a household may be identified again later.
 */
public enum IdentificationState {
    /** 线索: a lead (self-declaration, cadres' screening or a department warning) is being looked into */
    LEAD,
    /** 入户核实: the field check is done, with the household's signed authorisation to check its data */
    AUTHORISED,
    /** 村级评议: the village appraisal agreed */
    APPRAISED,
    /** 村内公示: the publicity runs (at least 5 days) */
    IN_PUBLICITY,
    /** 乡镇初审: the town's first review agreed */
    REVIEWED,
    /** 县级确认: confirmed by the county's rural-revitalisation officer — monitored, with a helper */
    MONITORED,
    /** not included: the appraisal, the town or the county said no */
    REJECTED,
    /** 风险消除 */
    RISK_ELIMINATED;

    public boolean closed() {
        return this == REJECTED || this == RISK_ELIMINATED;
    }

    /** Still being identified (not yet monitored, not closed). */
    public boolean identifying() {
        return !closed() && this != MONITORED;
    }
}

package org.doudi.casework;

/**
 * The steps a caseworker or decider records, each one {@code POST /api/v1/cases/{id}/<path>} — except
 * {@link #INTAKE} and {@link #SUBMISSION}, which are {@code POST /api/v1/cases} itself.
 */
public enum CaseAction {
    /** 受理: the application is received at the single window (or recorded from a hotline call or a warning). */
    INTAKE("intake"),
    /** 代为申请: the village coordinator hands the application in on the household's behalf. */
    SUBMISSION("submission"),
    /** 受理 of an application the village handed in: the town caseworker takes it up. */
    ACCEPTANCE("acceptance"),
    /** 补齐材料: documents missing at intake are handed in. */
    DOCUMENTS("documents"),
    /** 先行救助: an emergency paid first, within the town's limit; the file is completed afterwards. */
    PAY_FIRST("pay-first"),
    /** 入户调查 (and re-investigation after an objection). */
    INVESTIGATION("investigation"),
    /** 审核 of a medical bill: the settlement statement and the person's status checked. */
    REVIEW("review"),
    /** 家庭经济状况核对 result. */
    VERIFICATION("verification"),
    /** 民主评议 of an objection. */
    APPRAISAL("appraisal"),
    /** The calculator's result, frozen. */
    ASSESSMENT("assessment"),
    /** 乡镇审核意见. */
    TOWN_OPINION("town-opinion"),
    /** 公示 begins. */
    PUBLICITY("publicity"),
    /** 异议 during the publicity. */
    OBJECTION("objections"),
    /** 审核确认 / 审批: approve or refuse. */
    DECISION("decision"),
    /** 告知 of the decision. */
    NOTIFICATION("notification");

    private final String path;

    CaseAction(String path) {
        this.path = path;
    }

    /** The last segment of the action's address. */
    public String path() {
        return path;
    }
}

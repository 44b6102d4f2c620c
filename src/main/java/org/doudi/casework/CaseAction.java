package org.doudi.casework;

/** The steps a caseworker or decider records, each one {@code POST /api/v1/cases/{id}/<path>}. */
public enum CaseAction {
    /** 受理: the application is received at the single window. */
    INTAKE("intake"),
    /** 补齐材料: documents missing at intake are handed in. */
    DOCUMENTS("documents"),
    /** 入户调查 (and re-investigation after an objection). */
    INVESTIGATION("investigation"),
    /** 家庭经济状况核对 result. */
    VERIFICATION("verification"),
    /** The calculator's result, frozen. */
    ASSESSMENT("assessment"),
    /** 乡镇审核意见. */
    TOWN_OPINION("town-opinion"),
    /** 公示 begins. */
    PUBLICITY("publicity"),
    /** 异议 during the publicity. */
    OBJECTION("objections"),
    /** 审核确认: approve or refuse. */
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

package org.doudi.casework;

/**
 * What happens to a review. The steps a person records are {@code POST /api/v1/reviews/{id}/<path>}; the
 * events (opened, change reported, closed) are recorded by the schedule, the change-report endpoint or the
 * registry's death record, and appear on the timeline only.
 */
public enum ReviewAction {
    /** Opened: by the schedule, a change report, a member's death, or an exit. */
    OPENED("open", true),
    /** 家庭变化报告: the household reported a change (attached to the open review). */
    CHANGE_REPORTED("changes", true),
    /** 入户调查. */
    INVESTIGATION("investigation", false),
    /** 家庭经济状况核对 result. */
    VERIFICATION("verification", false),
    /** The calculator's result, frozen. */
    ASSESSMENT("assessment", false),
    /** The town caseworker's proposed outcome. */
    PROPOSAL("proposal", false),
    /** 退出: the person's wish, or a 特困 end (recovery of labour capacity, imprisonment …). */
    EXIT("exit", false),
    /** 公示 of a 特困 end. */
    PUBLICITY("publicity", false),
    /** The decider sends the review back for a new visit. */
    RETURN("return", false),
    /** 审核确认 of the proposal. */
    DECISION("decision", false),
    /** 告知. */
    NOTIFICATION("notification", false),
    /** Closed without a decision because the benefit stopped otherwise. */
    CLOSED("close", true);

    private final String path;
    private final boolean event;

    ReviewAction(String path, boolean event) {
        this.path = path;
        this.event = event;
    }

    /** The last segment of the step's address. */
    public String path() {
        return path;
    }

    /** Recorded by Doudi on something that happened elsewhere, not a step someone takes on the review. */
    public boolean event() {
        return event;
    }
}

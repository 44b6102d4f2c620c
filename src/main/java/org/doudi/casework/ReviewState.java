package org.doudi.casework;

/**
 * Where a review of a benefit in force stands (DOMAIN.md §3.4). Like {@link CaseState}, each state is named
 * after the step last recorded; the review waits in it for the next.
 */
public enum ReviewState {
    /** 复核: opened (by the schedule, a reported change, a member's death). Waits for the household visit. */
    OPEN,
    /** 入户调查: the visit is recorded (at least 2 staff). Waits for the economic verification. */
    INVESTIGATED,
    /** 家庭经济状况核对: the result is recorded. Waits for the assessment. */
    VERIFIED,
    /** 测算: the calculator's result is frozen with the review. Waits for the town caseworker's proposal. */
    ASSESSED,
    /** The outcome is proposed (or an exit recorded). Waits for the decision, or for the publicity of a 特困 end. */
    PROPOSED,
    /** 公示: a 特困 end is posted for 7 days. Waits for its end, then the decision. */
    IN_PUBLICITY,
    /** 审核确认: decided; the benefit in force is changed from the next month. Waits for the notification. */
    DECIDED,
    /** 告知: the household has been told. The review is over. */
    NOTIFIED,
    /** Ended without a decision: the benefit stopped otherwise (a death). */
    CLOSED;

    public boolean open() {
        return this != NOTIFIED && this != CLOSED;
    }
}

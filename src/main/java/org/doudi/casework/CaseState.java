package org.doudi.casework;

/**
 * Where a 低保 application stands (DOMAIN.md §3.1). Each state is named after the step last recorded:
 * the case waits in it for the next step.
 */
public enum CaseState {
    /** 申请受理: received at the town's single window; accepted once every document is in. Waits for the investigation. */
    APPLIED,
    /** 入户调查: the household visit is recorded (at least 2 staff). Waits for the economic verification. */
    INVESTIGATING,
    /** 家庭经济状况核对: the verification result is recorded. Waits for the assessment. */
    VERIFYING,
    /** 测算: the calculator's result is frozen with the case. Waits for the town's opinion. */
    ASSESSED,
    /** 乡镇审核意见: the town recommends approval (→ publicity) or refusal (→ decision). */
    TOWN_OPINION,
    /** 公示: 7 days in the village. Waits for its end (then the decision) or an objection. */
    IN_PUBLICITY,
    /** 公示异议: an objection was raised. Waits for a new investigation. */
    OBJECTED,
    /** 审核确认: approved or refused. Waits for the notification. */
    DECIDED,
    /** 告知: the household has been told. The procedure is over. */
    NOTIFIED;

    public boolean open() {
        return this != NOTIFIED;
    }
}

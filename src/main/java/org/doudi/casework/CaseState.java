package org.doudi.casework;

/**
 * Where an application stands in its procedure (DOMAIN.md §3). Each state is named after the step last
 * recorded: the case waits in it for the next step. The families share the states; each family's table
 * ({@link Procedure}) says which of them it uses and how a case moves between them.
 */
public enum CaseState {
    /** 代为申请: handed in by the village coordinator on the household's behalf. Waits for the town to accept it. */
    SUBMITTED,
    /** 申请受理: received at the town's single window; accepted once every document is in. Waits for the investigation. */
    APPLIED,
    /** 先行救助: an emergency paid first within the town's limit. Waits for the file to be completed. */
    PAID_FIRST,
    /** 入户调查: the household visit is recorded (at least 2 staff). Waits for the economic verification. */
    INVESTIGATING,
    /** 审核: a medical bill and the person's status are checked. Waits for the assessment. */
    REVIEWED,
    /** 家庭经济状况核对: the verification result is recorded. Waits for the assessment. */
    VERIFYING,
    /** 民主评议: the village's representatives appraised an objection. Waits for a new assessment. */
    APPRAISED,
    /** 测算: the calculator's result is frozen with the case. Waits for the town's opinion (or the decision). */
    ASSESSED,
    /** 乡镇审核意见: the town recommends approval (→ publicity, or the decision) or refusal (→ decision). */
    TOWN_OPINION,
    /** 公示: 7 days in the village. Waits for its end (then the decision) or an objection. */
    IN_PUBLICITY,
    /** 公示异议: an objection was raised. Waits for a new investigation or a democratic appraisal. */
    OBJECTED,
    /** 审核确认 / 审批: approved or refused. Waits for the notification. */
    DECIDED,
    /** 告知: the household has been told. The procedure is over. */
    NOTIFIED;

    public boolean open() {
        return this != NOTIFIED;
    }
}

package org.doudi.casework;

/** Why a review was opened. */
public enum ReviewKind {
    /** 定期复核: the review schedule (yearly or half-yearly by category). */
    SCHEDULED,
    /** The household reported a change (income, members, assets …). */
    CHANGE_REPORTED,
    /** A member of the household died: checked and acted on within 3 months (DOMAIN.md §3.4). */
    MEMBER_DIED,
    /** 退出: at the person's wish, or a 特困 end. */
    EXIT
}

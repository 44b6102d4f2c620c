package org.doudi.payment;

/** Why a benefit stopped paying. */
public enum BenefitEnd {
    /** 退出: a review or a change found the household no longer qualifies. */
    EXIT,
    /** 渐退 ended: the gradual-exit months are over. */
    GRADUAL_EXIT_ENDED,
    /** 死亡: the person (or the household's last member) died. */
    DEATH,
    /** 本人申请: the person's own wish. */
    OWN_WISH,
    /** Replaced by a new decision of the same programme (a changed award is a new amount, not this). */
    SUPERSEDED,
    /** The fixed range of the benefit (a one-off, a 12-month hardship status) is over. */
    EXPIRED
}

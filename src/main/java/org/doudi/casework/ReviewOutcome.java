package org.doudi.casework;

/** What a review decides for the benefit in force. */
public enum ReviewOutcome {
    /** 继续: unchanged. */
    CONTINUE,
    /** 调整: the calculator's new amount, from the month after the decision. */
    CHANGE_AMOUNT,
    /** 渐退: the current amount until the calculator's last month, then it stops (DOMAIN.md §2.1). */
    GRADUAL_EXIT,
    /** 停止: no payment from the month after the decision. */
    STOP
}

package org.doudi.assessment;

/** The three types of monitored household (DOMAIN.md §2.8). */
public enum MonitoringType {
    /** 脱贫不稳定户 */
    UNSTABLE_EXITED,
    /** 边缘易致贫户 */
    MARGINAL_AT_RISK,
    /** 突发严重困难户 */
    SUDDEN_HARDSHIP
}

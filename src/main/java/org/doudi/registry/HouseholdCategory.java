package org.doudi.registry;

/** What a household is known as (户类别); a household may be in several. */
public enum HouseholdCategory {
    /** 低保户 */
    DIBAO,
    /** 低保边缘家庭 */
    DIBAO_MARGINAL,
    /** 特困供养 */
    TEKUN,
    /** 孤儿 */
    ORPHAN,
    /** 事实无人抚养儿童 */
    UNSUPPORTED_CHILD,
    /** 防止返贫监测户 */
    MONITORED,
    /** 刚性支出困难家庭 */
    EXPENDITURE_HARDSHIP,
    /** 留守 (children, elderly or women left behind) */
    LEFT_BEHIND
}

package org.doudi.casework;

/** What changed in a household, as it reports it. */
public enum ChangeKind {
    /** 收入变化 */
    INCOME,
    /** 人口变化: a member joined, left, married, was imprisoned … */
    MEMBERS,
    /** 财产变化 */
    ASSETS,
    /** 劳动能力、健康、就业等 */
    CIRCUMSTANCES,
    OTHER
}

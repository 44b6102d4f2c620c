package org.doudi.registry;

/** The income types of ASSESSMENT-API.md; how each counts is the assessment's business (DOMAIN.md §2.0). */
public enum IncomeType {
    /** 工资性收入 */
    WAGE,
    /** 经营净收入 */
    BUSINESS,
    /** 财产净收入 */
    PROPERTY,
    /** 转移净收入 */
    TRANSFER,
    /** social-insurance pension other than the basic pension */
    PENSION,
    /** 城乡居民基本养老金 */
    BASIC_PENSION,
    /** 高龄津贴 */
    ELDERLY_ALLOWANCE,
    /** 优抚金 */
    PREFERENTIAL_CARE,
    /** 计划生育奖扶金 */
    FAMILY_PLANNING,
    /** 奖励 */
    AWARD,
    /** 救助金 */
    ASSISTANCE
}

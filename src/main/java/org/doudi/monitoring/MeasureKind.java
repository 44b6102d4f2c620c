package org.doudi.monitoring;

/** The eight kinds of assistance measure (帮扶措施) of DOMAIN.md §2.8. */
public enum MeasureKind {
    /** 产业帮扶 */
    INDUSTRY,
    /** 就业帮扶 */
    EMPLOYMENT,
    /** 健康帮扶 */
    HEALTH,
    /** 教育帮扶 */
    EDUCATION,
    /** 综合保障: 低保, 特困, 临时救助 */
    COMPREHENSIVE_SECURITY,
    /** 住房安全 */
    HOUSING_SAFETY,
    /** 饮水安全 */
    DRINKING_WATER,
    /** 扶志扶智: points schemes, 红黑榜 */
    MOTIVATION
}

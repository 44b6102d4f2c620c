package org.doudi.assessment;

/** The programmes of DOMAIN.md §2, by their codes. */
public enum Programme {
    /** 最低生活保障 */
    DIBAO,
    /** 低保边缘家庭 */
    DIBAO_MARGINAL,
    /** 特困人员救助供养 */
    TEKUN,
    /** 孤儿基本生活费 */
    ORPHAN,
    /** 事实无人抚养儿童 */
    UNSUPPORTED_CHILD,
    /** 困难残疾人生活补贴 */
    DISABILITY_LIVING,
    /** 重度残疾人护理补贴 */
    DISABILITY_CARE,
    /** 刚性支出困难家庭 */
    EXPENDITURE_HARDSHIP,
    /** 防止返贫动态监测 */
    MONITORING,
    /** 临时救助 */
    TEMPORARY,
    /** 医疗救助 */
    MEDICAL
}

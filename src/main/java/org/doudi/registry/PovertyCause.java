package org.doudi.registry;

/** 致贫（返贫）原因. */
public enum PovertyCause {
    /** 因病 */
    ILLNESS,
    /** 因残 */
    DISABILITY,
    /** 因学 */
    SCHOOLING,
    /** 因灾 */
    DISASTER,
    /** 缺劳力 */
    LACK_OF_LABOUR,
    /** 缺技术 */
    LACK_OF_SKILLS,
    /** 缺资金 */
    LACK_OF_FUNDS,
    /** 缺土地 */
    LACK_OF_LAND,
    /** 缺水 */
    LACK_OF_WATER,
    /** 交通条件落后 */
    POOR_TRANSPORT,
    /** 自身发展动力不足 */
    LACK_OF_DRIVE
}

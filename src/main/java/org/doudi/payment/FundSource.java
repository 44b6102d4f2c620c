package org.doudi.payment;

/** Which level of government a budget comes from. */
public enum FundSource {
    /** 中央 */
    CENTRAL,
    /** 省级 */
    PROVINCIAL,
    /** 市级 */
    CITY,
    /** 县级 */
    COUNTY
}

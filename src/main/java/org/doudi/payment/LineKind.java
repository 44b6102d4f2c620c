package org.doudi.payment;

/** What a payroll line pays. */
public enum LineKind {
    /** The benefit for the payroll's own month. */
    REGULAR,
    /** 补发: the benefit for an earlier month never paid (decided late, held, or a month without payroll). */
    ARREARS,
    /** 重发: the benefit for a month whose payment the bank returned, once the account was corrected. */
    REPAYMENT,
    /** 价格临时补贴: one person's price subsidy for a triggered month (DOMAIN.md §2.9), labelled separately. */
    PRICE_SUBSIDY
}

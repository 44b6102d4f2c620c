package org.doudi.payment;

/** How a benefit is paid: every month of its range, or once (temporary and medical assistance, one stage each). */
public enum BenefitKind {
    MONTHLY, ONE_OFF
}

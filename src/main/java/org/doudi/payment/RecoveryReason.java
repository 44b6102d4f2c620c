package org.doudi.payment;

/** Why money is taken back (追回). */
public enum RecoveryReason {
    /** Paid for a month after the death of the person (or the household's last member), reported later. */
    PAID_AFTER_DEATH,
    /** Paid for a month after the benefit stopped (an exit, the person's wish …), decided later. */
    PAID_AFTER_STOP,
    /** Paid at an amount later reduced for that month. */
    AMOUNT_REDUCED,
    /** An overpayment decided by the county (undeclared income found by a review, an error …). */
    OVERPAYMENT
}

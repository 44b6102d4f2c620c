package org.doudi.payment;

/** Where a payroll line is. Only DUE, EXPORTED and PAID lines pay (or paid) their claim. */
public enum LineStatus {
    /** To be paid: in the bank file once the payroll is approved and exported. */
    DUE,
    /** Not paid: nothing can be paid to the recipient now ({@link HoldReason}); a later payroll looks again. */
    HELD,
    /** Not paid: the benefit stopped, or the payroll was rejected, before the bank file was made. */
    CANCELLED,
    /** In the bank file handed to the bank, not yet confirmed. */
    EXPORTED,
    /** Confirmed paid by the bank's return file. */
    PAID,
    /** Returned unpaid by the bank: paid again in a later payroll once the account is corrected. */
    FAILED
}

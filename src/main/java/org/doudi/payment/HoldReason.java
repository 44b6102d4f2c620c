package org.doudi.payment;

/** Why a payroll line is held rather than paid. */
public enum HoldReason {
    /** The household is not (or no longer) in the registry of the county. */
    NOT_FOUND,
    /** The person the benefit is for is no longer a member of the household. */
    NOT_IN_HOUSEHOLD,
    /** The household has no head to pay. */
    NO_PAYEE,
    /** The person to be paid has died: the household needs a new head, or casework must decide. */
    PAYEE_DECEASED,
    /** The month is after the death of the person the benefit is for: nothing is due. */
    DECEASED,
    /** The person to be paid has no bank account in the registry. */
    NO_ACCOUNT,
    /** The bank returned a payment to this account: nothing more goes there until the account is corrected. */
    ACCOUNT_FAILED
}

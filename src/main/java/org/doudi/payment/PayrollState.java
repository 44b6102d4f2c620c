package org.doudi.payment;

/**
 * Where a payroll is: generating → pending approval → approved → exported (the bank file was handed over) →
 * reconciled (the bank's return file accounted for every payment). A generation that failed can be run again
 * with the same parameters; a payroll the checker rejects frees everything it would have paid.
 */
public enum PayrollState {
    GENERATING, FAILED, PENDING_APPROVAL, APPROVED, EXPORTED, RECONCILED, REJECTED;

    /** Open: not exported, reconciled or rejected. A county has at most one open payroll per programme and month. */
    public boolean open() {
        return this != EXPORTED && this != RECONCILED && this != REJECTED;
    }
}

package org.doudi.payment;

/**
 * Overpayments taken back (追回, DOMAIN.md §2.1, §3.4). Most are found by the payrolls themselves (a payment for a
 * month after a death or a stop reported later); a county officer decides the others, with instalments when the
 * household is to pay back over time, and records refunds. Region-scoped and audited like payrolls.
 */
public interface Recoveries {

    boolean mayDecide();

    Recovery decide(NewRecovery recovery);

    Recovery get(long id);

    /** Newest first; {@code householdId} and {@code open} (outstanding more than 0) may be null. */
    PageOf<Recovery> list(Long householdId, Boolean open, int page, int size);

    Recovery refund(long id, Refund refund);
}

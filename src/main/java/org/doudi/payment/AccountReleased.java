package org.doudi.payment;

import java.time.Instant;

/**
 * A payee's account released after the bank returned a payment to it: the account is tried again as it is, and
 * the months the failure left unpaid go with the next payroll. {@code failuresCleared}: every failure still
 * holding that payee's account, the named line's among them.
 */
public record AccountReleased(long lineId, int failuresCleared, String note, String by, Instant at) {
}

package org.doudi.registry;

import java.time.LocalDate;

/** A person's full bank account, for a bank file, with its blind index and whether the person has died. */
public record BankAccount(long personId, String name, String bankName, String account, String accountIndex,
                          LocalDate diedOn) {
}

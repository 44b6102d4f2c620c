package org.doudi.registry;

import java.time.LocalDate;

/**
 * A current member of a household as a payroll needs them: who they are to the head, where their money can go
 * (bank and masked account, and the account's blind index to tell one account from another without reading it)
 * and whether they have died. The full account is given only by {@link Households#bankAccounts}.
 */
public record Payee(long personId, String name, Relation relation, String bankName, String bankAccountMasked,
                    String bankAccountIndex, LocalDate diedOn) {

    public boolean hasAccount() {
        return bankAccountIndex != null;
    }
}

package org.doudi.payment.internal;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.doudi.payment.HoldReason;
import org.doudi.registry.Payee;
import org.doudi.registry.PayeeHousehold;
import org.doudi.registry.Relation;

/**
 * Whom a benefit pays and whether it can be paid now, decided from the registry as it is (DOMAIN.md §3.4): a
 * household's benefit goes to its head; a person's own benefit to their own account, or to the head's when they
 * have none (a child's allowance). Nothing is due for a month after the death of the person the benefit is for
 * ({@code diedMonth}); nothing can be paid to a payee who died or has no account ({@code hold}).
 *
 * @param personKey 0 for the household's benefit, else the person whose own benefit it is
 */
record Recipient(long householdId, long personKey, String regionCode, String residence, Long payeePersonId,
                 String payeeName, String bankName, String accountMasked, String accountIndex, HoldReason hold,
                 YearMonth diedMonth) {

    static Recipient of(long householdId, long personKey, PayeeHousehold household) {
        if (household == null) {
            return new Recipient(householdId, personKey, null, null, null, null, null, null, null,
                    HoldReason.NOT_FOUND, null);
        }
        Payee head = household.members().stream().filter(m -> m.relation() == Relation.HEAD).findFirst().orElse(null);
        if (personKey == 0) {
            return paidTo(household, personKey, head, householdDied(household));
        }
        Payee person = household.members().stream().filter(m -> m.personId() == personKey).findFirst().orElse(null);
        if (person == null) {
            return new Recipient(householdId, personKey, household.regionCode(), household.residence().name(), null,
                    null, null, null, null, HoldReason.NOT_IN_HOUSEHOLD, null);
        }
        YearMonth died = person.diedOn() == null ? null : YearMonth.from(person.diedOn());
        return paidTo(household, personKey, person.hasAccount() ? person : head, died);
    }

    private static Recipient paidTo(PayeeHousehold h, long personKey, Payee payee, YearMonth diedMonth) {
        HoldReason hold = payee == null ? HoldReason.NO_PAYEE
                : payee.diedOn() != null ? HoldReason.PAYEE_DECEASED
                : !payee.hasAccount() ? HoldReason.NO_ACCOUNT
                : null;
        return new Recipient(h.householdId(), personKey, h.regionCode(), h.residence().name(),
                payee == null ? null : payee.personId(), payee == null ? null : payee.name(),
                payee == null ? null : payee.bankName(), payee == null ? null : payee.bankAccountMasked(),
                payee == null ? null : payee.bankAccountIndex(), hold, diedMonth);
    }

    /** A household's benefit is due until the month its last member died. */
    private static YearMonth householdDied(PayeeHousehold h) {
        if (h.members().isEmpty() || h.members().stream().anyMatch(m -> m.diedOn() == null)) {
            return null;
        }
        return h.members().stream().map(Payee::diedOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(YearMonth::from).orElse(null);
    }

    /** Whether anything can be paid for {@code month}, and if not, why. */
    Optional<HoldReason> holdFor(YearMonth month) {
        if (diedMonth != null && month.isAfter(diedMonth)) {
            return Optional.of(HoldReason.DECEASED);
        }
        return Optional.ofNullable(hold);
    }
}

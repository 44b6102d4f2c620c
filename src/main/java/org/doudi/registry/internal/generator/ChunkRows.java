package org.doudi.registry.internal.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.internal.generator.SyntheticHousehold.Asset;
import org.doudi.registry.internal.generator.SyntheticHousehold.BankAccount;
import org.doudi.registry.internal.generator.SyntheticHousehold.Expense;
import org.doudi.registry.internal.generator.SyntheticHousehold.Fact;
import org.doudi.registry.internal.generator.SyntheticHousehold.Income;
import org.doudi.registry.internal.generator.SyntheticHousehold.Person;

/**
 * A chunk of households as table rows, in {@link RegistryTable}'s column order, with their ids.
 * ID numbers and bank accounts appear only as {@link SealedIdentifiers}: encrypted, with their blind
 * index and masked form, exactly as the registry stores them.
 */
final class ChunkRows {

    private final Map<RegistryTable, List<Object[]>> rows = new EnumMap<>(RegistryTable.class);

    private ChunkRows() {
        for (RegistryTable t : RegistryTable.values()) {
            rows.put(t, new ArrayList<>());
        }
    }

    List<Object[]> of(RegistryTable table) {
        return rows.get(table);
    }

    static ChunkRows of(List<SyntheticHousehold> households, SealedIdentifiers sealed, NextIds ids) {
        ChunkRows r = new ChunkRows();
        int person = 0;
        for (SyntheticHousehold h : households) {
            long householdId = ids.take(RegistryTable.HOUSEHOLD);
            String region = h.village().code();
            r.add(RegistryTable.HOUSEHOLD, householdId, region, h.address(), h.residence().name(), h.exitedPoverty(),
                    h.phone(), h.registeredAt(), h.registeredAt(), 0);
            for (HouseholdCategory c : h.categories()) {
                r.add(RegistryTable.HOUSEHOLD_TAG, householdId, "CATEGORY", c.name());
            }
            for (PovertyCause c : h.causes()) {
                r.add(RegistryTable.HOUSEHOLD_TAG, householdId, "CAUSE", c.name());
            }
            long[] personIds = new long[h.members().size()];
            for (int i = 0; i < h.members().size(); i++) {
                Person p = h.members().get(i);
                long personId = ids.take(RegistryTable.PERSON);
                personIds[i] = personId;
                BankAccount bank = p.bankAccount();
                SealedIdentifiers.Sealed s = sealed.persons().get(person++);
                r.add(RegistryTable.PERSON, personId, p.name(), s.idNumberEnc(), s.idNumberHash(), s.idNumberMasked(),
                        p.birthDate(), p.sex().code(), bank == null ? null : bank.bankName(), s.bankAccountEnc(),
                        s.bankAccountHash(), s.bankAccountMasked(), householdId, p.relation().name(), region, 0);
                r.add(RegistryTable.MEMBERSHIP, ids.take(RegistryTable.MEMBERSHIP), personId, householdId,
                        p.relation().name(), p.memberSince());
                for (Income income : p.incomes()) {
                    r.add(RegistryTable.INCOME_ITEM, ids.take(RegistryTable.INCOME_ITEM), personId, income.type().name(),
                            income.monthly(), firstDay(income.from()), firstDay(income.to()), income.note());
                }
                if (p.disability() != null) {
                    r.add(RegistryTable.DISABILITY, ids.take(RegistryTable.DISABILITY), personId,
                            p.disability().kind().name(), p.disability().grade(), p.disability().validFrom());
                }
                for (Fact f : p.facts()) {
                    r.add(RegistryTable.PERSON_FACT, ids.take(RegistryTable.PERSON_FACT), personId, f.kind().name(),
                            f.value(), f.validFrom());
                }
            }
            for (Asset a : h.assets()) {
                r.add(RegistryTable.HOUSEHOLD_ASSET, ids.take(RegistryTable.HOUSEHOLD_ASSET), householdId, a.kind().name(),
                        a.value(), a.exempt(), a.description(), a.validFrom());
            }
            for (Expense e : h.expenses()) {
                r.add(RegistryTable.HOUSEHOLD_EXPENSE, ids.take(RegistryTable.HOUSEHOLD_EXPENSE), householdId,
                        personIds[e.member()], e.kind().name(), e.amount(), firstDay(e.month()), e.description());
            }
        }
        return r;
    }

    private void add(RegistryTable table, Object... values) {
        rows.get(table).add(values);
    }

    private static Object firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }
}

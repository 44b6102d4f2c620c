package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.doudi.registry.AssetKind;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.IncomeType;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;

/**
 * One generated household, as plain values: what the sinks turn into rows. {@code index} is its
 * place in the run (0, 1, 2 …); the first member is the head.
 */
record SyntheticHousehold(long index, Village village, Residence residence, String address, boolean exitedPoverty,
                          String phone, OffsetDateTime registeredAt, List<Person> members, List<Asset> assets,
                          List<Expense> expenses, List<HouseholdCategory> categories, List<PovertyCause> causes) {

    Person head() {
        return members.get(0);
    }

    record Person(String name, String idNumber, LocalDate birthDate, Sex sex, Relation relation,
                  LocalDate memberSince, BankAccount bankAccount, List<Income> incomes, Disability disability,
                  List<Fact> facts) {

        Person withIdNumber(String number, LocalDate birth) {
            return new Person(name, number, birth, sex, relation, memberSince.isBefore(birth) ? birth : memberSince,
                    bankAccount, incomes, disability, facts);
        }

        Person withBankAccount(BankAccount account) {
            return new Person(name, idNumber, birthDate, sex, relation, memberSince, account, incomes, disability, facts);
        }
    }

    /** {@code to} null: ongoing. */
    record Income(IncomeType type, BigDecimal monthly, YearMonth from, YearMonth to, String note) {
    }

    record Disability(DisabilityKind kind, int grade, LocalDate validFrom) {
    }

    record Fact(PersonFactKind kind, String value, LocalDate validFrom) {
    }

    record Asset(AssetKind kind, BigDecimal value, boolean exempt, String description, LocalDate validFrom) {
    }

    /** {@code member}: position of the person the spending is for in {@link #members()}. */
    record Expense(int member, ExpenseKind kind, BigDecimal amount, YearMonth month, String description) {
    }

    record BankAccount(String bankName, String number) {
    }
}

package org.doudi.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A current member of a household with the dated facts about them. The ID number and the bank
 * account appear masked only; the full ID number is given by {@link Households#revealIdNumber}.
 * {@code since}: the day they joined this household.
 */
public record Member(long personId, String name, String idNumberMasked, LocalDate birthDate, Sex sex,
                     Relation relation, LocalDate since, String bankName, String bankAccountMasked, LocalDate diedOn,
                     List<IncomeItem> incomes, List<Disability> disabilities, List<PersonFact> facts, int version) {

    /**
     * The value of each kind of fact in force on the day, the first of a kind where two overlap: one pass over the
     * facts (the calculator's input and the screening view read a member's facts by kind, for every member of a
     * province).
     */
    public Map<PersonFactKind, String> factsInForce(LocalDate date) {
        Map<PersonFactKind, String> inForce = new EnumMap<>(PersonFactKind.class);
        for (PersonFact f : facts) {
            if (f.inForceOn(date)) {
                inForce.putIfAbsent(f.kind(), f.value());
            }
        }
        return inForce;
    }
}

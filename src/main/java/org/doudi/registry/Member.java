package org.doudi.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A current member of a household with the dated facts about them. The ID number and the bank
 * account appear masked only; the full ID number is given by {@link Households#revealIdNumber}.
 * {@code since}: the day they joined this household.
 */
public record Member(long personId, String name, String idNumberMasked, LocalDate birthDate, Sex sex,
                     Relation relation, LocalDate since, String bankName, String bankAccountMasked, LocalDate diedOn,
                     List<IncomeItem> incomes, List<Disability> disabilities, List<PersonFact> facts, int version) {
}

package org.doudi.registry;

import java.util.List;

/**
 * A member to add, as entered. When the ID number is already registered to a person in another
 * household of the actor's region, that person moves: their old membership ends on {@code since},
 * with {@code reason}, and the new one starts the same day.
 *
 * @param sex       {@link Sex}; optional, derived from the ID number (and must agree with it when given)
 * @param birthDate {@code yyyy-MM-dd}; optional, derived from the ID number (and must agree with it when given)
 * @param relation  {@link Relation}
 * @param since     {@code yyyy-MM-dd}, the day they joined; defaults to today
 * @param reason    why they left their previous household (only for a move); optional
 * @param bankAccount digits; {@code bankName} is then required
 */
public record MemberForm(String name, String idNumber, String sex, String birthDate, String relation, String since,
                         String reason, String bankName, String bankAccount, List<IncomeForm> incomes,
                         List<DisabilityForm> disabilities, List<PersonFactForm> facts) {

    /** A member with only the required fields. */
    public static MemberForm of(String name, String idNumber, String relation) {
        return new MemberForm(name, idNumber, null, null, relation, null, null, null, null, null, null, null);
    }
}

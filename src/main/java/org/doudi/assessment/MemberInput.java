package org.doudi.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.doudi.registry.Relation;

/** A household member as the calculator sees them (ASSESSMENT-API.md, member fields). */
public record MemberInput(String ref, Relation relation, LocalDate birthDate, DisabilityInput disability,
                          boolean seriousIllness, int unableActivities, Schooling schooling, boolean orphan,
                          boolean unsupportedChild, Supporters supporters, SupportMode supportMode,
                          List<IncomeInput> incomes) {

    public MemberInput {
        relation = relation == null ? Relation.OTHER : relation;
        schooling = schooling == null ? Schooling.NONE : schooling;
        supporters = supporters == null ? Supporters.ABLE : supporters;
        supportMode = supportMode == null ? SupportMode.DISPERSED : supportMode;
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
    }

    /** Whole years on the date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}

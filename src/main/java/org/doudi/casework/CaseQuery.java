package org.doudi.casework;

import java.time.LocalDate;

import org.doudi.assessment.Programme;

/**
 * Filters of the case list, each null for any: the programme, the family, the state, how the application
 * came, only overdue cases ({@code overdue} true), cases due before a day ({@code dueBefore}, exclusive:
 * "due this week" is {@code dueBefore} next Monday), a household, a person.
 */
public record CaseQuery(Programme programme, ProcedureFamily family, CaseState state, Channel channel, Boolean overdue,
                        LocalDate dueBefore, Long householdId, Long personId) {

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, null, null);
    }
}

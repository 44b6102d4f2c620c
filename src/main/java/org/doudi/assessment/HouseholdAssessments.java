package org.doudi.assessment;

import java.time.LocalDate;

/**
 * A stored household assessed on a date: the registry's facts as they stood on that date, the parameters
 * in force on it, the calculator. The one path for {@code GET /api/v1/households/{id}/assessment} and for
 * casework's frozen assessment, so both give the same answer. The household is read for
 * {@code Actor.current()}: outside the actor's region it is {@code NotFoundException}.
 */
public interface HouseholdAssessments {

    /** @throws org.doudi.shared.web.InvalidInputException on {@code asOf} when no member was counted on that date */
    Assessment assess(long householdId, LocalDate asOf);
}

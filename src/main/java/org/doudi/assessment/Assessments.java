package org.doudi.assessment;

import java.time.LocalDate;

import org.doudi.registry.HouseholdDetail;

/**
 * The calculator for the rest of Doudi (the what-if pages, and the HTTP API): the same checks of the
 * input as {@code POST /api/v1/assessments}, the parameters in force for the request's region and
 * date, and a stored household read as the calculator's input. Stores nothing.
 */
public interface Assessments {

    /**
     * Checks every field of the input; an {@code InvalidInputException} names each one at fault by its
     * path ({@code members[0].birthDate}), all at once.
     */
    AssessmentRequest check(AssessmentInput input);

    /** The assessment of a checked request on the parameters of its region and date; an unknown region is not found. */
    Assessment assess(AssessmentRequest request);

    /**
     * A stored household as the calculator's input on a date: the members counted then, the facts in
     * force then, the rigid spending of the income window. Outside the actor's region it is not found,
     * exactly like a missing household; a date on which nobody was counted is invalid ({@code asOf}).
     */
    AssessmentRequest storedHousehold(long householdId, LocalDate asOf);

    /**
     * Medical assistance for one bill on the parameters of its region and date, continuing the person's
     * year as the request gives it (casework tracks it across approved bills); an unknown region is not found.
     */
    MedicalAssessment medical(MedicalRequest request);

    /**
     * A household the caller has already read from the registry, as the calculator's input on a date —
     * what {@link #storedHousehold} does after its read, for batch jobs that read households a chunk at a
     * time. Pure; the request may have no member (nobody counted on that date).
     */
    AssessmentRequest fromRegistry(HouseholdDetail household, LocalDate asOf);
}

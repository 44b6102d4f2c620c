package org.doudi.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * Economic verification of households against the departments' data, as the signed-in actor: for the county
 * officer (核对 is the county's), the town caseworker and approver who prepare the case, and administrators
 * ({@code AccessDeniedException} for others). The household must be in the actor's region
 * ({@code NotFoundException} otherwise). Casework's verification step calls {@link #verify} with its case id.
 */
public interface Verifications {

    /**
     * Matches the members' ID numbers against every stored feed row (a row that arrived before the person was
     * registered is found now), gathers the report as of {@code asOf} (null: today) and stores it, audited.
     * {@code caseId} is recorded as given: the caller (casework) vouches that it is this household's case.
     */
    VerificationReport verify(long householdId, Long caseId, LocalDate asOf);

    VerificationReport get(long id);

    /** The reports of a household, or of a case when {@code caseId} is given, newest first. */
    List<VerificationReport> list(Long householdId, Long caseId);
}

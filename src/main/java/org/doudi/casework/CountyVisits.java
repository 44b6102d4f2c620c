package org.doudi.casework;

/**
 * A county civil-affairs officer records their own household visit to a case (DOMAIN.md §3.1 point 8,
 * decision 0019): the same checks, scoping and audit as {@code POST /api/v1/cases/{id}/county-visit}, as
 * the signed-in actor — a county officer of the case's county (403 for anyone else, 404 outside the
 * county), the date, at least two visitors and the findings (400).
 */
public interface CountyVisits {

    /** The case as it is after the visit, its special attention updated. */
    CaseViews.Case record(long caseId, CountyVisit.Report report);
}

package org.doudi.casework;

import java.time.LocalDate;

/**
 * One reason a case is under special attention. {@code since}: the day the reason applies from (a county
 * visit must be on or after it to count); {@code source} and {@code sourceId}: the record behind it
 * ({@code relative}, {@code complaint}, {@code appeal}); {@code summary}: who or what, ID numbers masked.
 */
public record CaseFlag(CaseFlagKind kind, LocalDate since, String source, long sourceId, String summary) {
}

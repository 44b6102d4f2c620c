package org.doudi.casework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule of DOMAIN.md §3.1 point 8, pure: a case whose household includes a registered relative of staff,
 * or which drew a complaint, is decided only after a county officer has visited the household themselves.
 * A visit counts when it was made on or after the day the latest such flag applies from: a complaint that
 * arrives after the county's visit raises something the visit could not have looked at.
 */
public final class SpecialAttention {

    private SpecialAttention() {
    }

    /** The day from which a county visit counts; empty when no flag requires one. */
    public static Optional<LocalDate> visitNeededSince(List<CaseFlag> flags) {
        return flags.stream().filter(f -> f.kind().countyVisitRequired()).map(CaseFlag::since)
                .max(Comparator.naturalOrder());
    }

    /** Whether the case may be decided now, as far as special attention goes. */
    public static boolean mayDecide(List<CaseFlag> flags, List<CountyVisit> countyVisits) {
        return visitNeededSince(flags)
                .map(since -> countyVisits.stream().anyMatch(v -> !v.on().isBefore(since)))
                .orElse(true);
    }

    /** Why the decision must wait, for the 409 answer; empty when it need not. */
    public static Optional<String> refusal(long caseId, List<CaseFlag> flags, List<CountyVisit> countyVisits) {
        if (mayDecide(flags, countyVisits)) {
            return Optional.empty();
        }
        String kinds = flags.stream().filter(f -> f.kind().countyVisitRequired()).map(f -> f.kind().name())
                .distinct().sorted().collect(Collectors.joining(", "));
        return Optional.of("the county must visit first: case " + caseId + " is flagged " + kinds
                + ", so a county civil-affairs officer of its county must record their own household visit "
                + "(POST /api/v1/cases/" + caseId + "/county-visit) made on or after "
                + visitNeededSince(flags).orElseThrow() + " before it is decided");
    }
}

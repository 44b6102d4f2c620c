package org.doudi.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The special attention a case is under, as the case view shows it: its flags, the county's visits, and
 * whether a county visit is still needed before the decision ({@code countyVisitNeededSince}: the day from
 * which a visit counts; null when no flag needs one).
 */
public record CaseAttention(List<CaseFlag> flags, boolean countyVisitRequired, LocalDate countyVisitNeededSince,
                            List<CountyVisit> countyVisits) {

    public static final CaseAttention NONE = new CaseAttention(List.of(), false, null, List.of());

    public CaseAttention {
        flags = List.copyOf(flags);
        countyVisits = List.copyOf(countyVisits);
    }

    public static CaseAttention of(List<CaseFlag> flags, List<CountyVisit> visits) {
        return new CaseAttention(flags, !SpecialAttention.mayDecide(flags, visits),
                SpecialAttention.visitNeededSince(flags).orElse(null), visits);
    }
}

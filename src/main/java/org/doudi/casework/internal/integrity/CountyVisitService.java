package org.doudi.casework.internal.integrity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.CountyVisit;
import org.doudi.casework.CountyVisits;
import org.doudi.region.RegionLevel;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county officer records their own household visit to a case (DOMAIN.md §3.1 point 8): the role (403),
 * the case inside their county (404), the input (400), then the visit and its audit record. The visit is
 * a record of its own, not a step of the procedure: it changes neither the case's state nor its version,
 * and may be made in any state (a look-back visit after the decision is one too).
 */
@Service
@Transactional
class CountyVisitService implements CountyVisits {

    private final Cases cases;
    private final CountyVisitStore store;
    private final AuditLog audit;
    private final Clock clock;

    CountyVisitService(Cases cases, CountyVisitStore store, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CaseViews.Case record(long caseId, CountyVisit.Report b) {
        Actor actor = Actor.current();
        if (!actor.has(Role.COUNTY_OFFICER) || RegionLevel.of(actor.regionCode()) != RegionLevel.COUNTY) {
            throw new AccessDeniedException("the county's household visit is recorded by a county civil-affairs officer");
        }
        CaseViews.Case c = cases.get(caseId);
        LocalDate today = Today.in(clock);
        LocalDate on = b.on() == null ? today : b.on();
        List<FieldProblem> p = new ArrayList<>();
        if (on.isAfter(today)) {
            p.add(new FieldProblem("on", "must not be in the future"));
        } else if (on.isBefore(c.receivedOn())) {
            p.add(new FieldProblem("on", "must not be before the application was received, on " + c.receivedOn()));
        }
        Set<String> visitors = new LinkedHashSet<>();
        if (b.visitors() != null) {
            b.visitors().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(visitors::add);
        }
        if (visitors.size() < 2) {
            p.add(new FieldProblem("visitors", "a household visit is made by at least 2 staff; name each"));
        } else if (visitors.stream().anyMatch(v -> v.length() > 50 || v.contains("\n"))) {
            p.add(new FieldProblem("visitors", "each name is one line of at most 50 characters"));
        }
        String findings = RelativeService.text(p, "findings", b.findings(), 4000, true);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        Instant now = clock.instant();
        CountyVisit visit = new CountyVisit(0, on, List.copyOf(visitors), findings, actor.username(), now);
        long id = store.insert(caseId, c.regionCode(), visit);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("visit", id);
        after.put("on", on);
        after.put("visitors", visit.visitors());
        after.put("findings", findings);
        audit.recordWrite("case.county-visit", "case", Long.toString(caseId), c.regionCode(), null, after);
        return cases.get(caseId);
    }
}

package org.doudi.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.audit.AuditLog;
import org.doudi.exchange.Discrepancy;
import org.doudi.exchange.FeedFact;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.VerificationReport;
import org.doudi.exchange.Verifications;
import org.doudi.region.RegionScope;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.PersonLocation;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Verifications}: match the members, read the registry and the facts, apply {@link Findings}, store the
 * report — one transaction, audited.
 */
@Service
@Transactional
class VerificationService implements Verifications {

    private static final Set<Role> VERIFIERS = EnumSet.of(Role.COUNTY_OFFICER, Role.TOWN_CASEWORKER,
            Role.TOWN_APPROVER, Role.ADMINISTRATOR);

    private final Households households;
    private final Rematch rematch;
    private final FeedStore facts;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    VerificationService(Households households, Rematch rematch, FeedStore facts, JdbcClient jdbc, JsonMapper json,
                        AuditLog audit, Clock clock) {
        this.households = households;
        this.rematch = rematch;
        this.facts = facts;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is stored as JSON: the report without its header columns. */
    record Content(LocalDate windowFrom, LocalDate windowTo, VerificationReport.HouseholdDeclared household,
                   List<VerificationReport.MemberFindings> members, List<Discrepancy> discrepancies) {
    }

    @Override
    public VerificationReport verify(long householdId, Long caseId, LocalDate asOf) {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(VERIFIERS::contains)) {
            throw new AccessDeniedException("economic verification is made by county officers and town caseworkers");
        }
        LocalDate today = Today.in(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new InvalidInputException("asOf", "is in the future: the departments cannot know it yet");
        }
        List<PersonLocation> members = households.locateMembers(householdId);
        int rematched = rematch.apply(members);
        HouseholdDetail household = households.get(householdId);
        RegionScope scope = RegionScope.of(actor.regionCode());
        Map<Long, List<FeedFact>> byPerson = facts.ofPeople(members.stream().map(PersonLocation::personId).toList(),
                        EnumSet.allOf(FeedType.class), null, scope).stream()
                .collect(Collectors.groupingBy(FeedFact::personId, LinkedHashMap::new, Collectors.toList()));
        Findings.Result r = Findings.of(household, byPerson, day);
        Content content = new Content(r.windowFrom(), r.windowTo(), r.household(), r.members(), r.discrepancies());
        int factCount = r.members().stream().mapToInt(m -> m.facts().size()).sum();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into verification_report (household_id, region_code, case_id, as_of, members, facts,
                                                         discrepancies, requested_by, created_at, content)
                        values (:hid, :region, :case, :asOf, :members, :facts, :discrepancies, :by, :at, :content)""")
                .param("hid", householdId).param("region", household.regionCode()).param("case", caseId)
                .param("asOf", day).param("members", r.members().size()).param("facts", factCount)
                .param("discrepancies", r.discrepancies().size()).param("by", actor.username())
                .param("at", Timestamp.from(now)).param("content", json.writeValueAsString(content))
                .update(key, "id");
        long id = key.getKey().longValue();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("householdId", householdId);
        summary.put("caseId", caseId);
        summary.put("asOf", day.toString());
        summary.put("members", r.members().size());
        summary.put("facts", factCount);
        summary.put("factsMatchedNow", rematched);
        summary.put("discrepancies", r.discrepancies().stream().map(Discrepancy::code).toList());
        audit.recordWrite("verification.create", "verification_report", Long.toString(id), household.regionCode(),
                null, summary);
        return new VerificationReport(id, householdId, household.regionCode(), caseId, day, r.windowFrom(),
                r.windowTo(), actor.username(), now, r.household(), r.members(), r.discrepancies());
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationReport get(long id) {
        return select("id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("verification report " + id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<VerificationReport> list(Long householdId, Long caseId) {
        if (householdId == null && caseId == null) {
            throw new InvalidInputException("householdId", "householdId or caseId is required");
        }
        return caseId != null ? select("case_id = :v", Map.of("v", caseId))
                : select("household_id = :v", Map.of("v", householdId));
    }

    private List<VerificationReport> select(String condition, Map<String, Object> params) {
        RegionScope scope = RegionScope.of(Actor.current().regionCode());
        return jdbc.sql("select * from verification_report where " + condition
                        + " and region_code between :lo and :hi order by id desc")
                .params(params).params(FeedStore.scope(scope))
                .query((rs, n) -> {
                    Content c = json.readValue(rs.getString("content"), Content.class);
                    return new VerificationReport(rs.getLong("id"), rs.getLong("household_id"),
                            rs.getString("region_code"), rs.getObject("case_id", Long.class),
                            rs.getObject("as_of", LocalDate.class), c.windowFrom(), c.windowTo(),
                            rs.getString("requested_by"), rs.getTimestamp("created_at").toInstant(), c.household(),
                            c.members(), c.discrepancies());
                }).list();
    }
}

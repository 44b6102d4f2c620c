package org.doudi.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.MonitoringType;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.audit.AuditLog;
import org.doudi.monitoring.EliminationRefused;
import org.doudi.monitoring.IdentificationAction;
import org.doudi.monitoring.IdentificationProcedure;
import org.doudi.monitoring.IdentificationState;
import org.doudi.monitoring.LeadSource;
import org.doudi.monitoring.MonitoredHouseholds;
import org.doudi.monitoring.MonitoringBodies;
import org.doudi.monitoring.MonitoringViews;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.ProcedureRefused;
import org.doudi.monitoring.RiskElimination;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.Region;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.registry.HouseholdBatches;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Monitored households' use cases. Each step is one transaction, checked like a case's: the role (403, before
 * anything is looked up), the record inside the actor's region (404), the version (409), the procedure's table
 * and conditions (409 naming the state and its steps), the input (400, every field at once); then the record,
 * the timeline row and the audit record.
 */
@Service
@Transactional
class MonitoredService implements MonitoredHouseholds {

    static final int MAX_PAGE_SIZE = 200;
    private static final Set<Role> HELPER_ROLES = EnumSet.of(Role.COUNTY_REVITALISATION);
    private static final Set<Role> MEASURE_ROLES = EnumSet.of(Role.COUNTY_REVITALISATION, Role.TOWN_CASEWORKER,
            Role.VILLAGE_COORDINATOR);
    private static final Set<String> LOW_INCOME = Set.of("DIBAO", "TEKUN", "DIBAO_MARGINAL");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final MonitoredStore store;
    private final Households households;
    private final HouseholdBatches batches;
    private final Assessments assessments;
    private final PolicyParameters parameters;
    private final BenefitsInForce benefits;
    private final ChunkReader reader;
    private final Regions regions;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    MonitoredService(MonitoredStore store, Households households, HouseholdBatches batches, Assessments assessments,
                     PolicyParameters parameters, BenefitsInForce benefits, ChunkReader reader, Regions regions,
                     AuditLog audit, JsonMapper json, Clock clock) {
        this.store = store;
        this.households = households;
        this.batches = batches;
        this.assessments = assessments;
        this.parameters = parameters;
        this.benefits = benefits;
        this.reader = reader;
        this.regions = regions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ---- reads

    @Override
    @Transactional(readOnly = true)
    public Paged<MonitoringViews.Summary> list(IdentificationState state, Boolean overdue, Long householdId, int page,
                                               int size) {
        RunService.pageProblems(page, size);
        LocalDate today = today();
        var filter = new MonitoredStore.Filter(state, Boolean.TRUE.equals(overdue) ? today : null, householdId);
        RegionScope scope = scope();
        List<MonitoringViews.Summary> items = store.list(scope, filter, page, size).stream()
                .map(r -> new MonitoringViews.Summary(r.id(), r.householdId(), r.regionCode(), r.state(),
                        r.type() != null ? r.type() : r.suggestedType(), r.leadOn(), r.dueOn(), overdue(r, today),
                        store.currentAssignment(r.id()).map(MonitoringViews.Assignment::helperName).orElse(null)))
                .toList();
        return new Paged<>(items, page, size, store.count(scope, filter));
    }

    @Override
    @Transactional(readOnly = true)
    public MonitoringViews.Monitored get(long id) {
        return view(find(id));
    }

    @Override
    @Transactional(readOnly = true)
    public MonitoringViews.PublicitySheet publicitySheet(long id) {
        MonitoredStore.MonitoredRow r = find(id);
        if (r.publicityFrom() == null) {
            throw new NotFoundException("publicity of monitored household " + id);
        }
        var step = store.steps(id).stream().filter(s -> s.action() == IdentificationAction.PUBLICITY)
                .reduce((a, b) -> b).orElseThrow();
        PublicityDetails d = json.readValue(step.details(), PublicityDetails.class);
        return new MonitoringViews.PublicitySheet(d.headName(), d.village(), d.householdSize(), d.type(),
                r.publicityFrom(), r.publicityUntil());
    }

    /** What a publicity step records: where it is posted, and the sheet as posted (nothing else about the household). */
    record PublicityDetails(String place, int days, String headName, String village, int householdSize,
                            MonitoringType type) {
    }

    // ---- the identification procedure

    @Override
    public MonitoringViews.Monitored start(MonitoringBodies.Lead body) {
        requireRole(IdentificationAction.LEAD);
        List<FieldProblem> problems = new ArrayList<>();
        if (body.source() == null) {
            problems.add(new FieldProblem("source", "is required: SELF_DECLARATION, GRASSROOTS_SCREENING or "
                    + "DEPARTMENT_SCREENING"));
        }
        LocalDate on = notFuture(body.on(), "on", problems);
        String note = text(body.note(), "note", 1000, false, problems);
        HouseholdDetail household = household(body.householdId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return open(household, body.source(), on, note, null);
    }

    @Override
    public MonitoringViews.Monitored startFromWarning(long householdId, long warningId, LocalDate on, String note) {
        requireRole(IdentificationAction.LEAD);
        List<FieldProblem> problems = new ArrayList<>();
        HouseholdDetail household = household(householdId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return open(household, LeadSource.DEPARTMENT_SCREENING, on, note, warningId);
    }

    private MonitoringViews.Monitored open(HouseholdDetail household, LeadSource source, LocalDate on, String note,
                                           Long warningId) {
        Optional<Long> existing = store.openOf(household.id());
        if (existing.isPresent()) {
            throw new ConflictException("household " + household.id() + " is already being identified or monitored"
                    + " (record " + existing.get() + ")");
        }
        MonitoringType suggested = monitoringType(household.id(), on).orElse(null);
        Instant now = clock.instant();
        LocalDate due = IdentificationProcedure.dueOn(on);
        long id;
        try {
            id = store.insert(household.id(), household.regionCode(), source, on, note, warningId, due, suggested,
                    Actor.current().username(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("household " + household.id() + " is already being identified or monitored");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("note", note);
        details.put("warningId", warningId);
        details.put("suggestedType", suggested);
        store.step(id, IdentificationAction.LEAD, null, IdentificationState.LEAD, on, due, false,
                Actor.current().username(), json.writeValueAsString(details), now);
        MonitoringViews.Monitored created = view(find(id));
        audit.recordWrite("monitored-household.lead", "monitored-household", Long.toString(id),
                household.regionCode(), null, created);
        return created;
    }

    @Override
    public MonitoringViews.Monitored authorise(long id, MonitoringBodies.Authorisation body) {
        return step(id, IdentificationAction.AUTHORISATION, body.version(), body.on(), (r, on, problems) -> {
            String signedBy = text(body.signedBy(), "signedBy", 50, true, problems);
            String findings = text(body.findings(), "findings", 2000, true, problems);
            if (signedBy != null && households.members(r.householdId()).stream()
                    .noneMatch(m -> m.name().equals(signedBy) && m.diedOn() == null)) {
                problems.add(new FieldProblem("signedBy", "must be a living member of the household"));
            }
            return new Outcome(IdentificationState.AUTHORISED, map("signedBy", signedBy, "findings", findings));
        });
    }

    @Override
    public MonitoringViews.Monitored appraise(long id, MonitoringBodies.Opinion body) {
        return step(id, IdentificationAction.APPRAISAL, body.version(), body.on(), (r, on, problems) ->
                opinion(body, IdentificationState.APPRAISED, problems));
    }

    @Override
    public MonitoringViews.Monitored publicise(long id, MonitoringBodies.Publicity body) {
        return step(id, IdentificationAction.PUBLICITY, body.version(), body.on(), (r, on, problems) -> {
            int days = body.days() == null ? IdentificationProcedure.MIN_PUBLICITY_DAYS : body.days();
            if (days < IdentificationProcedure.MIN_PUBLICITY_DAYS || days > 30) {
                problems.add(new FieldProblem("days", "must be from " + IdentificationProcedure.MIN_PUBLICITY_DAYS
                        + " to 30"));
            }
            String place = text(body.place(), "place", 200, true, problems);
            HouseholdDetail h = households.get(r.householdId());
            String head = h.members().stream().filter(m -> m.relation() == Relation.HEAD).map(Member::name).findFirst()
                    .orElse(h.members().isEmpty() ? "" : h.members().get(0).name());
            int size = (int) h.members().stream().filter(m -> m.diedOn() == null || m.diedOn().isAfter(on)).count();
            String village = regions.find(h.regionCode()).map(Region::name).orElse(h.regionCode());
            // the sheet as posted: a name, a place, a size and a type — never ID, phone, bank account or health
            var sheet = new PublicityDetails(place, days, head, village, size, r.suggestedType());
            return new Outcome(IdentificationState.IN_PUBLICITY, sheet,
                    IdentificationProcedure.publicityUntil(on, days));
        });
    }

    @Override
    public MonitoringViews.Monitored review(long id, MonitoringBodies.Opinion body) {
        return step(id, IdentificationAction.TOWN_REVIEW, body.version(), body.on(), (r, on, problems) -> {
            if (!on.isAfter(r.publicityUntil())) {
                throw new ProcedureRefused(r.state(), "the publicity runs until " + r.publicityUntil()
                        + ": the town reviews after it");
            }
            return opinion(body, IdentificationState.REVIEWED, problems);
        });
    }

    @Override
    public MonitoringViews.Monitored confirm(long id, MonitoringBodies.Confirmation body) {
        return step(id, IdentificationAction.CONFIRMATION, body.version(), body.on(), (r, on, problems) -> {
            if (body.confirmed() == null) {
                problems.add(new FieldProblem("confirmed", "is required"));
                return null;
            }
            String note = text(body.note(), "note", 1000, !body.confirmed(), problems);
            if (!body.confirmed()) {
                return new Outcome(IdentificationState.REJECTED, map("confirmed", false, "note", note));
            }
            MonitoringType type = body.type() != null ? body.type() : r.suggestedType();
            if (type == null) {
                problems.add(new FieldProblem("type", "is required: the calculator found no monitoring type"));
            }
            MonitoringViews.Helper helper = helper(body.helperId(), "helperId", r, problems);
            Map<String, Object> details = map("confirmed", true, "type", type, "note", note);
            details.put("helperId", body.helperId());
            return new Outcome(IdentificationState.MONITORED, details, null, type, helper);
        });
    }

    private Outcome opinion(MonitoringBodies.Opinion body, IdentificationState next, List<FieldProblem> problems) {
        if (body.agreed() == null) {
            problems.add(new FieldProblem("agreed", "is required"));
            return null;
        }
        String note = text(body.note(), "note", 1000, !body.agreed(), problems);
        return new Outcome(body.agreed() ? next : IdentificationState.REJECTED, map("agreed", body.agreed(), "note", note));
    }

    /** What a step decides: the next state, what the timeline records, and the step's own facts. */
    private record Outcome(IdentificationState to, Object details, LocalDate publicityUntil, MonitoringType type,
                           MonitoringViews.Helper helper) {

        Outcome(IdentificationState to, Object details) {
            this(to, details, null, null, null);
        }

        Outcome(IdentificationState to, Object details, LocalDate publicityUntil) {
            this(to, details, publicityUntil, null, null);
        }
    }

    @FunctionalInterface
    private interface StepRules {
        /** Checks the step's input (adding problems) and says where it leads; may refuse with ProcedureRefused. */
        Outcome apply(MonitoredStore.MonitoredRow r, LocalDate on, List<FieldProblem> problems);
    }

    private MonitoringViews.Monitored step(long id, IdentificationAction action, Integer version, LocalDate askedOn,
                                           StepRules rules) {
        requireRole(action);
        MonitoredStore.MonitoredRow r = find(id);
        requireVersion(r, version);
        IdentificationProcedure.Step step = IdentificationProcedure.TABLE.get(action);
        if (r.state() != step.from()) {
            throw new ProcedureRefused(r.state(), action.path() + " is not a step of state " + r.state());
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = stepDate(askedOn, r, problems);
        Outcome outcome = rules.apply(r, on, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MonitoringViews.Monitored before = view(r);
        Instant now = clock.instant();
        boolean written = switch (outcome.to()) {
            case IN_PUBLICITY -> store.publicise(r, on, outcome.publicityUntil(), now);
            case MONITORED -> store.confirm(r, outcome.type(), on, Actor.current().username(), now);
            default -> store.advance(r, outcome.to(), on, now);
        };
        if (!written) {
            throw new ConflictException("monitored household " + id + " was changed at the same moment: read it again");
        }
        if (outcome.helper() != null) {
            store.assign(r.id(), outcome.helper().id(), on, Actor.current().username(), now);
        }
        if (outcome.to() == IdentificationState.RISK_ELIMINATED) {
            store.endAssignments(List.of(r.id()), on, "RISK_ELIMINATED");
        }
        boolean late = action != IdentificationAction.RISK_ELIMINATION && on.isAfter(r.dueOn());
        store.step(id, action, r.state(), outcome.to(), on, r.dueOn(), late, Actor.current().username(),
                json.writeValueAsString(outcome.details()), now);
        MonitoringViews.Monitored after = view(find(id));
        audit.recordWrite("monitored-household." + action.path(), "monitored-household", Long.toString(id),
                r.regionCode(), before, after);
        return after;
    }

    // ---- helpers

    @Override
    public MonitoringViews.Monitored reassignHelper(long id, MonitoringBodies.Reassignment body) {
        requireAny(HELPER_ROLES, "helpers are assigned by the county's rural-revitalisation officer");
        MonitoredStore.MonitoredRow r = find(id);
        requireVersion(r, body.version());
        if (r.state() != IdentificationState.MONITORED) {
            throw new ProcedureRefused(r.state(), "only a monitored household has a helper");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = notFuture(body.on(), "on", problems);
        String reason = text(body.reason(), "reason", 20, false, problems);
        MonitoringViews.Helper helper = helper(body.helperId(), "helperId", r, problems);
        Optional<MonitoringViews.Assignment> current = store.currentAssignment(id);
        if (current.isPresent() && helper != null && current.get().helperId() == helper.id()) {
            problems.add(new FieldProblem("helperId", "is already the household's helper"));
        }
        if (current.isPresent() && on.isBefore(current.get().from())) {
            problems.add(new FieldProblem("on", "must not be before the current helper's start (" + current.get().from()
                    + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MonitoringViews.Monitored before = view(r);
        Instant now = clock.instant();
        if (!store.touch(r, now)) {
            throw new ConflictException("monitored household " + id + " was changed at the same moment: read it again");
        }
        store.endAssignments(List.of(id), on, reason == null ? "REASSIGNED" : reason);
        store.assign(id, helper.id(), on, Actor.current().username(), now);
        MonitoringViews.Monitored after = view(find(id));
        audit.recordWrite("monitored-household.helper", "monitored-household", Long.toString(id), r.regionCode(),
                before, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<MonitoringViews.Helper> helpers(boolean includeLeft, int page, int size) {
        RunService.pageProblems(page, size);
        RegionScope scope = scope();
        return new Paged<>(store.helpers(scope, includeLeft, page, size), page, size,
                store.countHelpers(scope, includeLeft));
    }

    @Override
    public MonitoringViews.Helper addHelper(MonitoringBodies.NewHelper body) {
        Actor actor = requireAny(HELPER_ROLES, "helpers are named by the county's rural-revitalisation officer");
        List<FieldProblem> problems = new ArrayList<>();
        String region = body.regionCode() == null || body.regionCode().isBlank() ? actor.regionCode()
                : body.regionCode().strip();
        if (!RegionCodes.isValid(region)) {
            problems.add(new FieldProblem("regionCode", "must be a 12-digit region code"));
        } else if (!RegionScope.of(actor.regionCode()).contains(region) || regions.find(region).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "must be your region or a region inside it"));
        }
        String name = text(body.name(), "name", 50, true, problems);
        String unit = text(body.workUnit(), "workUnit", 100, true, problems);
        String phone = text(body.phone(), "phone", 20, false, problems);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
            problems.add(new FieldProblem("phone", "must be a telephone number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insertHelper(region, name, unit, phone, actor.username(), clock.instant());
        MonitoringViews.Helper helper = store.helper(id, scope()).orElseThrow();
        audit.recordWrite("monitoring-helper.create", "monitoring-helper", Long.toString(id), region, null, helper);
        return helper;
    }

    @Override
    public MonitoringViews.HelperLeft helperLeaves(long helperId, MonitoringBodies.Leaving body) {
        requireAny(HELPER_ROLES, "helpers are reassigned by the county's rural-revitalisation officer");
        MonitoringViews.Helper leaving = store.helper(helperId, scope())
                .orElseThrow(() -> new NotFoundException("helper " + helperId));
        if (leaving.leftOn() != null) {
            throw new ConflictException("helper " + helperId + " left on " + leaving.leftOn());
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = notFuture(body.on(), "on", problems);
        if (body.reason() == null) {
            problems.add(new FieldProblem("reason", "is required: MOVED, RETIRED, ILL or OTHER"));
        }
        List<Long> theirs = store.monitoredOfHelper(helperId);
        MonitoringViews.Helper replacement = null;
        if (body.replacementHelperId() == null) {
            if (!theirs.isEmpty()) {
                problems.add(new FieldProblem("replacementHelperId", theirs.size() + " monitored household(s) would be"
                        + " left without a helper: name who takes them over"));
            }
        } else if (body.replacementHelperId() == helperId) {
            problems.add(new FieldProblem("replacementHelperId", "must be another helper"));
        } else {
            replacement = store.helper(body.replacementHelperId(), scope()).orElse(null);
            if (replacement == null || replacement.leftOn() != null) {
                problems.add(new FieldProblem("replacementHelperId", "must be a helper of your region who has not left"));
            }
        }
        List<MonitoredStore.MonitoredRow> records = new ArrayList<>();
        for (Long m : theirs) {
            MonitoredStore.MonitoredRow r = store.find(m, scope()).orElseThrow(() -> new AccessDeniedException(
                    "helper " + helperId + " helps households outside your region"));
            records.add(r);
            if (replacement != null && !RegionScope.of(replacement.regionCode()).contains(r.regionCode())) {
                problems.add(new FieldProblem("replacementHelperId", "helper of " + replacement.regionCode()
                        + " cannot take household " + r.householdId() + " of " + r.regionCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        if (!store.helperLeaves(helperId, on, body.reason())) {
            throw new ConflictException("helper " + helperId + " was changed at the same moment: read it again");
        }
        // in this one transaction every household goes to the replacement: none is ever without a helper
        store.endAssignments(theirs, on, "HELPER_" + body.reason().name());
        for (Long m : theirs) {
            store.assign(m, replacement.id(), on, Actor.current().username(), now);
        }
        store.touchAll(theirs, now);
        for (MonitoredStore.MonitoredRow r : records) {
            audit.recordWrite("monitored-household.helper", "monitored-household", Long.toString(r.id()),
                    r.regionCode(), Map.of("helperId", helperId), Map.of("helperId", replacement.id(), "on", on));
        }
        MonitoringViews.Helper left = store.helper(helperId, scope()).orElseThrow();
        audit.recordWrite("monitoring-helper.leave", "monitoring-helper", Long.toString(helperId),
                leaving.regionCode(), leaving, left);
        return new MonitoringViews.HelperLeft(left,
                replacement == null ? null : store.helper(replacement.id(), scope()).orElseThrow(), theirs);
    }

    /** A helper who may take the record's household: in the actor's region, still active, over the household's region. */
    private MonitoringViews.Helper helper(Long helperId, String field, MonitoredStore.MonitoredRow r,
                                         List<FieldProblem> problems) {
        if (helperId == null) {
            problems.add(new FieldProblem(field, "is required: a monitored household always has a helper"));
            return null;
        }
        MonitoringViews.Helper h = store.helper(helperId, scope()).orElse(null);
        if (h == null || h.leftOn() != null) {
            problems.add(new FieldProblem(field, "must be a helper of your region who has not left"));
            return null;
        }
        if (!RegionScope.of(h.regionCode()).contains(r.regionCode())) {
            problems.add(new FieldProblem(field, "a helper of " + h.regionCode() + " cannot help a household of "
                    + r.regionCode()));
            return null;
        }
        return h;
    }

    // ---- measures

    @Override
    public MonitoringViews.Monitored addMeasure(long id, MonitoringBodies.NewMeasure body) {
        requireAny(MEASURE_ROLES, "measures are recorded by the village, the town or the county's officer");
        MonitoredStore.MonitoredRow r = find(id);
        if (r.state() != IdentificationState.MONITORED) {
            throw new ProcedureRefused(r.state(), "measures are for monitored households");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (body.kind() == null) {
            problems.add(new FieldProblem("kind", "is required"));
        }
        String description = text(body.description(), "description", 500, true, problems);
        LocalDate started = notFuture(body.startedOn(), "startedOn", problems);
        if (started.isBefore(r.leadOn())) {
            problems.add(new FieldProblem("startedOn", "must not be before the lead (" + r.leadOn() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MonitoringViews.Monitored before = view(r);
        Instant now = clock.instant();
        if (!store.touch(r, now)) {
            throw new ConflictException("monitored household " + id + " was changed at the same moment: read it again");
        }
        long measureId = store.insertMeasure(id, body.kind(), description, started, Actor.current().username(), now);
        MonitoringViews.Monitored after = view(find(id));
        audit.recordWrite("monitored-household.measure", "monitored-household", Long.toString(id), r.regionCode(),
                before, Map.of("measureId", measureId, "record", after));
        return after;
    }

    @Override
    public MonitoringViews.Monitored recordMeasureResult(long id, long measureId, MonitoringBodies.MeasureResult body) {
        requireAny(MEASURE_ROLES, "measures are recorded by the village, the town or the county's officer");
        MonitoredStore.MonitoredRow r = find(id);
        MonitoringViews.Measure measure = store.measures(id).stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(() -> new NotFoundException("measure " + measureId));
        List<FieldProblem> problems = new ArrayList<>();
        if (body.version() == null) {
            problems.add(new FieldProblem("version", "is required: the version of the measure you saw"));
        }
        String result = text(body.result(), "result", 1000, true, problems);
        if (body.endedOn() != null && body.endedOn().isAfter(today())) {
            problems.add(new FieldProblem("endedOn", "must not be in the future"));
        } else if (body.endedOn() != null && body.endedOn().isBefore(measure.startedOn())) {
            problems.add(new FieldProblem("endedOn", "must not be before the measure started (" + measure.startedOn()
                    + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        if (!store.measureResult(id, measureId, body.version(), result, body.endedOn()) || !store.touch(r, now)) {
            throw new ConflictException("measure " + measureId + " changed since version " + body.version()
                    + ": read it again");
        }
        MonitoringViews.Measure after = store.measures(id).stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow();
        audit.recordWrite("monitored-household.measure-result", "monitored-household", Long.toString(id),
                r.regionCode(), measure, after);
        return view(find(id));
    }

    // ---- risk elimination

    @Override
    @Transactional(readOnly = true)
    public RiskElimination.Check checkElimination(long id, LocalDate on) {
        MonitoredStore.MonitoredRow r = find(id);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = notFuture(on, "on", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return RiskElimination.check(facts(r, day, new RiskElimination.Declarations(false, false, false)));
    }

    @Override
    public MonitoringViews.Monitored eliminateRisk(long id, MonitoringBodies.Elimination body) {
        return step(id, IdentificationAction.RISK_ELIMINATION, body.version(), body.on(), (r, on, problems) -> {
            if (body.housingSecure() == null) {
                problems.add(new FieldProblem("housingSecure", "is required"));
            }
            if (body.medicalCoverSecure() == null) {
                problems.add(new FieldProblem("medicalCoverSecure", "is required"));
            }
            if (body.drinkingWaterSecure() == null) {
                problems.add(new FieldProblem("drinkingWaterSecure", "is required"));
            }
            String note = text(body.note(), "note", 1000, false, problems);
            if (!problems.isEmpty()) {
                return null;
            }
            RiskElimination.Check check = RiskElimination.check(facts(r, on, new RiskElimination.Declarations(
                    body.housingSecure(), body.medicalCoverSecure(), body.drinkingWaterSecure())));
            if (!check.eliminable()) {
                throw new EliminationRefused(check);
            }
            return new Outcome(IdentificationState.RISK_ELIMINATED, map("conditions", check.conditions(), "note", note));
        });
    }

    /** What the system knows for risk elimination on a day: the record, the measures, the calculator, the view. */
    private RiskElimination.Facts facts(MonitoredStore.MonitoredRow r, LocalDate on,
                                        RiskElimination.Declarations declarations) {
        int measures = (int) store.measures(r.id()).stream().filter(m -> !m.startedOn().isAfter(on)).count();
        List<RiskElimination.IncomeCheck> checks = new ArrayList<>();
        MonitoringType typeOnTheDay = null;
        for (int k = 0; k < RiskElimination.MONTHS_ABOVE_LINE; k++) {
            LocalDate d = on.minusMonths(k);
            Optional<Assessment> a = assess(r.householdId(), d);
            BigDecimal line = parameters.snapshot(r.regionCode(), d).find("monitoring.line")
                    .map(ResolvedParameter::decimal).orElse(null);
            checks.add(new RiskElimination.IncomeCheck(d,
                    a.map(x -> x.income().monitoringPerCapitaAnnual()).orElse(null), line));
            if (k == 0) {
                typeOnTheDay = a.flatMap(x -> x.find(Programme.MONITORING, null)).filter(ProgrammeResult::eligible)
                        .map(ProgrammeResult::type).orElse(null);
            }
        }
        ScreeningView view = reader.read(List.of(r.householdId()), on).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("household " + r.householdId()));
        int outOfSchool = (int) view.members().stream()
                .filter(m -> !(Boolean) m.get("dead") && (Boolean) m.get("droppedOut")).count();
        int labourForce = ((Long) view.household().get("labourForce")).intValue();
        return new RiskElimination.Facts(on, r.confirmedOn(), measures, checks, typeOnTheDay, outOfSchool, labourForce,
                declarations);
    }

    private Optional<Assessment> assess(long householdId, LocalDate on) {
        try {
            return Optional.of(assessments.assess(assessments.storedHousehold(householdId, on)));
        } catch (InvalidInputException nobodyCounted) {
            return Optional.empty();
        }
    }

    private Optional<MonitoringType> monitoringType(long householdId, LocalDate on) {
        return assess(householdId, on).flatMap(a -> a.find(Programme.MONITORING, null))
                .filter(ProgrammeResult::eligible).map(ProgrammeResult::type);
    }

    // ---- the quarterly comparison

    @Override
    @Transactional(readOnly = true)
    public MonitoringViews.Comparison comparison(String quarter, String regionCode, String side, int page, int size) {
        RunService.pageProblems(page, size);
        Actor actor = Actor.current();
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth month = null;
        Matcher q = QUARTER.matcher(quarter == null ? "" : quarter.strip());
        if (!q.matches()) {
            problems.add(new FieldProblem("quarter", "must be a quarter such as 2026-Q3"));
        } else {
            month = YearMonth.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3);
            if (month.minusMonths(2).isAfter(YearMonth.from(today()))) {
                problems.add(new FieldProblem("quarter", "has not begun"));
            }
        }
        String region = regionCode == null || regionCode.isBlank() ? actor.regionCode() : regionCode.strip();
        if (!RegionCodes.isValid(region) || !RegionScope.of(actor.regionCode()).contains(region)) {
            problems.add(new FieldProblem("regionCode", "must be your region or a region inside it"));
        }
        String chosen = side == null || side.isBlank() ? "CIVIL_AFFAIRS_ONLY" : side.strip();
        if (!Set.of("BOTH", "CIVIL_AFFAIRS_ONLY", "MONITORING_ONLY").contains(chosen)) {
            problems.add(new FieldProblem("side", "must be BOTH, CIVIL_AFFAIRS_ONLY or MONITORING_ONLY"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate day = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
        // civil affairs: rural households with 低保, 特困 or 低保边缘 paying in the quarter's last month
        Map<Long, List<String>> civil = new TreeMap<>();
        for (BenefitInForce b : benefits.payingFor(region, LOW_INCOME, month)) {
            civil.computeIfAbsent(b.householdId(), k -> new ArrayList<>()).add(b.programme());
        }
        Map<Long, String> regionOf = new TreeMap<>();
        List<Long> ids = List.copyOf(civil.keySet());
        for (int i = 0; i < ids.size(); i += 500) {
            for (HouseholdDetail h : batches.details(ids.subList(i, Math.min(ids.size(), i + 500)))) {
                if (h.residence() == Residence.RURAL) {
                    regionOf.put(h.id(), h.regionCode());
                }
            }
        }
        civil.keySet().retainAll(regionOf.keySet());
        Map<Long, MonitoredStore.MonitoredRow> monitored = store.monitoredOn(RegionScope.of(region), day);
        List<MonitoringViews.ComparedHousehold> both = new ArrayList<>();
        List<MonitoringViews.ComparedHousehold> civilOnly = new ArrayList<>();
        List<MonitoringViews.ComparedHousehold> monitoringOnly = new ArrayList<>();
        civil.forEach((id, programmes) -> {
            MonitoredStore.MonitoredRow m = monitored.get(id);
            var item = new MonitoringViews.ComparedHousehold(id, regionOf.get(id),
                    programmes.stream().distinct().sorted().toList(), m == null ? null : m.state(),
                    m == null ? null : m.type());
            (m == null ? civilOnly : both).add(item);
        });
        new TreeMap<>(monitored).forEach((id, m) -> {
            if (!civil.containsKey(id)) {
                monitoringOnly.add(new MonitoringViews.ComparedHousehold(id, m.regionCode(), List.of(), m.state(),
                        m.type()));
            }
        });
        List<MonitoringViews.ComparedHousehold> list = switch (chosen) {
            case "BOTH" -> both;
            case "MONITORING_ONLY" -> monitoringOnly;
            default -> civilOnly;
        };
        int from = (int) Math.min(list.size(), (long) page * size);
        return new MonitoringViews.Comparison(q.group(1) + "-Q" + q.group(2), region, month.toString(), both.size(),
                civilOnly.size(), monitoringOnly.size(), chosen, list.subList(from, Math.min(list.size(), from + size)),
                page, size);
    }

    // ---- shared

    private MonitoringViews.Monitored view(MonitoredStore.MonitoredRow r) {
        LocalDate today = today();
        var steps = store.steps(r.id()).stream().map(s -> new MonitoringViews.Step(s.action(), s.from(), s.to(),
                s.on(), s.late(), s.by(), json.readTree(s.details()))).toList();
        var assignments = store.assignments(r.id());
        return new MonitoringViews.Monitored(r.id(), r.householdId(), r.regionCode(), r.state(), r.leadSource(),
                r.leadOn(), r.warningId(), r.dueOn(), overdue(r, today), r.suggestedType(), r.type(), r.publicityFrom(),
                r.publicityUntil(), r.confirmedOn(), r.confirmedBy(), r.closedOn(),
                assignments.stream().filter(a -> a.to() == null).findFirst().orElse(null), assignments,
                store.measures(r.id()), IdentificationProcedure.allowed(r.state()), steps, r.version());
    }

    private static boolean overdue(MonitoredStore.MonitoredRow r, LocalDate today) {
        return r.state().identifying() && r.dueOn().isBefore(today);
    }

    private MonitoredStore.MonitoredRow find(long id) {
        return store.find(id, scope()).orElseThrow(() -> new NotFoundException("monitored household " + id));
    }

    private HouseholdDetail household(Long householdId, List<FieldProblem> problems) {
        if (householdId == null) {
            problems.add(new FieldProblem("householdId", "is required"));
            return null;
        }
        try {
            HouseholdDetail h = households.get(householdId);
            if (h.residence() != Residence.RURAL) {
                problems.add(new FieldProblem("householdId", "monitoring covers rural households; household "
                        + householdId + " is urban"));
            }
            return h;
        } catch (NotFoundException e) {
            problems.add(new FieldProblem("householdId", "no such household in your region"));
            return null;
        }
    }

    private static void requireVersion(MonitoredStore.MonitoredRow r, Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the record you saw");
        }
        if (version != r.version()) {
            throw new ConflictException("monitored household " + r.id() + " changed since version " + version
                    + " (now " + r.version() + "): read it again");
        }
    }

    private LocalDate stepDate(LocalDate asked, MonitoredStore.MonitoredRow r, List<FieldProblem> problems) {
        LocalDate on = notFuture(asked, "on", problems);
        LocalDate last = r.lastStepOn() == null ? r.leadOn() : r.lastStepOn();
        if (on.isBefore(last)) {
            problems.add(new FieldProblem("on", "must not be before the last step (" + last + ")"));
        }
        return on;
    }

    private LocalDate notFuture(LocalDate asked, String field, List<FieldProblem> problems) {
        LocalDate today = today();
        if (asked != null && asked.isAfter(today)) {
            problems.add(new FieldProblem(field, "must not be in the future"));
        }
        return asked == null ? today : asked;
    }

    private static void requireRole(IdentificationAction action) {
        if (!IdentificationProcedure.mayTake(Actor.current().roles(), action)) {
            throw new AccessDeniedException(action.path() + " is taken by " + IdentificationProcedure.TABLE.get(action)
                    .roles());
        }
    }

    private static Actor requireAny(Set<Role> roles, String why) {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(roles::contains)) {
            throw new AccessDeniedException(why);
        }
        return actor;
    }

    private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (v != null && v.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
        return v;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private LocalDate today() {
        return Today.in(clock);
    }

    private static RegionScope scope() {
        return RegionScope.of(Actor.current().regionCode());
    }
}

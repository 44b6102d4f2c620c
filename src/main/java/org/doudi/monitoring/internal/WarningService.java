package org.doudi.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.assessment.TemporaryKind;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.Channel;
import org.doudi.casework.Cases;
import org.doudi.identity.Users;
import org.doudi.monitoring.EscalationLadder;
import org.doudi.monitoring.Finding;
import org.doudi.monitoring.MonitoredHouseholds;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.WarningBodies;
import org.doudi.monitoring.WarningOutcome;
import org.doudi.monitoring.WarningState;
import org.doudi.monitoring.WarningViews;
import org.doudi.monitoring.Warnings;
import org.doudi.payment.BenefitEnd;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.region.RegionScope;
import org.doudi.registry.Households;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The warnings' use cases, each one transaction checked in this order: the warning inside the actor's region
 * (404), the role (403: the owning role or one it was escalated to), the version the client saw and the state
 * (409), the input (400, every field at once); then the change, its event and its audit record. An outcome that
 * opens an application or stops a benefit does so in the same transaction: all of it happens, or none.
 */
@Service
@Transactional
class WarningService implements Warnings {

    private static final Set<Role> ESCALATORS = EnumSet.of(Role.COUNTY_OFFICER, Role.COUNTY_REVITALISATION,
            Role.ADMINISTRATOR);
    private static final Set<Role> SEE_ALL = EnumSet.of(Role.CITY_SUPERVISOR, Role.ADMINISTRATOR);

    private final WarningStore store;
    private final Cases cases;
    private final MonitoredHouseholds monitored;
    private final BenefitsInForce benefits;
    private final Households households;
    private final Users users;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    WarningService(WarningStore store, Cases cases, MonitoredHouseholds monitored, BenefitsInForce benefits,
                   Households households, Users users, WorkingDays workingDays, AuditLog audit, JsonMapper json,
                   Clock clock) {
        this.store = store;
        this.cases = cases;
        this.monitored = monitored;
        this.benefits = benefits;
        this.households = households;
        this.users = users;
        this.workingDays = workingDays;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ---- reads

    @Override
    @Transactional(readOnly = true)
    public Paged<WarningViews.Summary> inbox(WarningViews.Filter filter, int page, int size) {
        RunService.pageProblems(page, size);
        Actor actor = Actor.current();
        WarningViews.Filter f = filter == null ? WarningViews.Filter.inbox() : filter;
        List<Role> roles = f.role() != null ? List.of(f.role())
                : actor.roles().stream().anyMatch(SEE_ALL::contains) ? null : List.copyOf(actor.roles());
        LocalDate today = today();
        var storeFilter = new WarningStore.Filter(f.state(), roles, Boolean.TRUE.equals(f.overdue()) ? today : null,
                f.ruleCode(), f.householdId(), Boolean.TRUE.equals(f.mine()) ? actor.username() : null);
        RegionScope scope = scope();
        List<WarningViews.Summary> items = store.inbox(scope, storeFilter, page, size).stream()
                .map(w -> summary(w, today)).toList();
        return new Paged<>(items, page, size, store.count(scope, storeFilter));
    }

    @Override
    @Transactional(readOnly = true)
    public WarningViews.Warning get(long id) {
        return view(find(id));
    }

    // ---- actions

    @Override
    public WarningViews.Warning assign(long id, WarningBodies.Assign body) {
        WarningStore.WarningRow w = actionable(id, body.version());
        String assignee = body.assignee() == null || body.assignee().isBlank() ? Actor.current().username()
                : body.assignee().strip();
        Optional<Actor> who = users.actorOf(assignee);
        if (who.isEmpty() || !RegionScope.of(who.get().regionCode()).contains(w.regionCode())
                || who.get().roles().stream().noneMatch(EscalationLadder.actingRoles(w.ownerRole(),
                w.responsibleRole())::contains)) {
            throw new InvalidInputException("assignee", "must be a user of the warning's region who may act on it");
        }
        WarningViews.Warning before = view(w);
        Instant now = clock.instant();
        if (!store.assign(w, assignee, now)) {
            throw changed(id);
        }
        return record(id, "ASSIGNED", today(), Map.of("assignee", assignee), before, "warning.assign", now);
    }

    @Override
    public WarningViews.Warning verify(long id, WarningBodies.Verify body) {
        WarningStore.WarningRow w = actionable(id, body.version());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = on(body.on(), w, problems);
        if (body.finding() == null) {
            problems.add(new FieldProblem("finding", "is required: CONFIRMED or NOT_CONFIRMED"));
        }
        String note = text(body.note(), "note", 1000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WarningViews.Warning before = view(w);
        Instant now = clock.instant();
        if (!store.verify(w, on, Actor.current().username(), body.finding(), note, now)) {
            throw changed(id);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("finding", body.finding());
        details.put("note", note);
        return record(id, "VERIFIED", on, details, before, "warning.verify", now);
    }

    @Override
    public WarningViews.Warning decide(long id, WarningBodies.Decide body) {
        WarningStore.WarningRow w = actionable(id, body.version());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = on(body.on(), w, problems);
        if (body.outcome() == null) {
            problems.add(new FieldProblem("outcome", "is required"));
            throw new InvalidInputException(problems);
        }
        String note = text(body.note(), "note", 1000,
                body.outcome() == WarningOutcome.CASE_BY_CASE || body.outcome() == WarningOutcome.DISMISSED, problems);
        String department = null;
        String programme = null;
        switch (body.outcome()) {
            case PUSH_TO_DEPARTMENT -> department = text(body.department(), "department", 100, true, problems);
            case START_APPLICATION -> {
                programme = body.programme() == null || body.programme().isBlank() ? w.programme()
                        : body.programme().strip();
                if (programme == null) {
                    problems.add(new FieldProblem("programme", "is required: the rule names none"));
                }
            }
            case VERIFY_AND_STOP -> {
                if (w.state() != WarningState.VERIFIED || w.finding() != Finding.CONFIRMED) {
                    throw new ConflictException("warning " + id + " must be verified and CONFIRMED before it is "
                            + "stopped (state " + w.state() + ")");
                }
            }
            default -> {
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WarningViews.Warning before = view(w);
        Long caseId = null;
        Long monitoredId = null;
        List<Long> stopped = List.of();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", body.outcome());
        switch (body.outcome()) {
            case START_APPLICATION -> {
                details.put("programme", programme);
                if ("MONITORING".equals(programme)) {
                    monitoredId = monitored.startFromWarning(w.householdId(), w.id(), on, w.message()).id();
                    details.put("monitoredId", monitoredId);
                } else {
                    // 政策找人: the case opens by the WARNING channel, naming the warning; temporary assistance from a
                    // warning (large bills, a disaster) is the expenditure kind, its story the warning's message
                    CaseBodies.Temporary temporary = "TEMPORARY".equals(programme)
                            ? new CaseBodies.Temporary(TemporaryKind.EXPENDITURE, null, on, w.message(), null) : null;
                    caseId = cases.create(new CaseBodies.NewCase(w.householdId(), programme, on, List.of(), null,
                            Channel.WARNING, null, w.id(), temporary, null)).id();
                    details.put("caseId", caseId);
                }
            }
            case VERIFY_AND_STOP -> {
                stopped = stop(w, body, on);
                details.put("stoppedBenefits", stopped);
                details.put("lastMonth", YearMonth.from(on).toString());
            }
            case PUSH_TO_DEPARTMENT -> details.put("department", department);
            default -> {
            }
        }
        details.put("note", note);
        Instant now = clock.instant();
        if (!store.close(w, body.outcome(), note, department, caseId, monitoredId,
                stopped.isEmpty() ? null : String.join(",", stopped.stream().map(String::valueOf).toList()), on,
                Actor.current().username(), now)) {
            throw changed(id);
        }
        return record(id, "CLOSED", on, details, before, "warning.decide", now);
    }

    /** Stops the benefits named (or those of the warning's subject paying next month) after the month of {@code on}. */
    private List<Long> stop(WarningStore.WarningRow w, WarningBodies.Decide body, LocalDate on) {
        YearMonth last = YearMonth.from(on);
        YearMonth next = last.plusMonths(1);
        List<BenefitInForce> ofHousehold = benefits.ofHousehold(w.householdId());
        List<BenefitInForce> chosen = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (body.benefitIds() != null && !body.benefitIds().isEmpty()) {
            for (int i = 0; i < body.benefitIds().size(); i++) {
                Long bid = body.benefitIds().get(i);
                Optional<BenefitInForce> b = ofHousehold.stream().filter(x -> bid != null && x.id() == bid).findFirst();
                if (b.isEmpty()) {
                    problems.add(new FieldProblem("benefitIds[" + i + "]", "not a benefit of household "
                            + w.householdId()));
                } else if (!b.get().paysFor(next)) {
                    problems.add(new FieldProblem("benefitIds[" + i + "]", "does not pay for " + next));
                } else {
                    chosen.add(b.get());
                }
            }
        } else {
            // a death learnt from the departments and confirmed by this check counts even before the registry has it
            boolean subjectDied = body.endReason() == BenefitEnd.DEATH && w.personId() != null;
            boolean nobodyAlive = households.members(w.householdId()).stream()
                    .allMatch(m -> m.diedOn() != null && !m.diedOn().isAfter(on)
                            || subjectDied && w.personId() == m.personId());
            for (BenefitInForce b : ofHousehold) {
                boolean subjects = w.personId() == null ? b.personId() == null
                        : w.personId().equals(b.personId()) || (b.personId() == null && nobodyAlive);
                if (subjects && b.paysFor(next)) {
                    chosen.add(b);
                }
            }
            if (chosen.isEmpty()) {
                problems.add(new FieldProblem("benefitIds", "no benefit of the warning's subject pays for " + next
                        + ": name the ones to stop"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BenefitEnd why = body.endReason() == null ? BenefitEnd.EXIT : body.endReason();
        List<Long> ids = new ArrayList<>();
        for (BenefitInForce b : chosen) {
            benefits.stop(b.id(), last, why);
            ids.add(b.id());
        }
        return ids;
    }

    @Override
    public WarningViews.Escalation escalateOverdue() {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(ESCALATORS::contains)) {
            throw new AccessDeniedException("escalation is run by county officers and administrators");
        }
        LocalDate today = today();
        RegionScope scope = scope();
        Set<Long> seen = new HashSet<>();
        int escalated = 0;
        while (true) {
            List<WarningStore.WarningRow> overdue = store.overdue(scope, today, 500).stream()
                    .filter(w -> seen.add(w.id())).toList();
            if (overdue.isEmpty()) {
                return new WarningViews.Escalation(today, escalated);
            }
            for (WarningStore.WarningRow w : overdue) {
                Optional<Role> next = EscalationLadder.next(w.responsibleRole());
                if (next.isEmpty()) {
                    continue;
                }
                WarningViews.Warning before = view(w);
                WorkingDay due = workingDays.add(today, w.deadlineDays());
                Instant now = clock.instant();
                if (store.escalate(w, next.get(), due.date(), !due.official(), now)) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("from", w.responsibleRole());
                    details.put("to", next.get());
                    details.put("wasDueOn", w.dueOn());
                    details.put("dueOn", due.date());
                    record(w.id(), "ESCALATED", today, details, before, "warning.escalate", now);
                    escalated++;
                }
            }
        }
    }

    // ---- helpers

    private WarningViews.Warning record(long id, String action, LocalDate on, Map<String, Object> details,
                                        WarningViews.Warning before, String auditAction, Instant now) {
        store.event(id, action, on, Actor.current().username(), json.writeValueAsString(details), now);
        WarningViews.Warning after = view(find(id));
        audit.recordWrite(auditAction, "warning", Long.toString(id), after.regionCode(), before, after);
        return after;
    }

    private WarningStore.WarningRow find(long id) {
        return store.find(id, scope()).orElseThrow(() -> new NotFoundException("warning " + id));
    }

    /** The warning, if the actor may act on it now with the version they saw. */
    private WarningStore.WarningRow actionable(long id, Integer version) {
        WarningStore.WarningRow w = find(id);
        Actor actor = Actor.current();
        List<Role> acting = EscalationLadder.actingRoles(w.ownerRole(), w.responsibleRole());
        if (actor.roles().stream().noneMatch(acting::contains)) {
            throw new AccessDeniedException("warning " + id + " is acted on by " + acting);
        }
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the warning you saw");
        }
        if (version != w.version()) {
            throw new ConflictException("warning " + id + " changed since version " + version + " (now "
                    + w.version() + "): read it again");
        }
        if (w.state() == WarningState.CLOSED) {
            throw new ConflictException("warning " + id + " is closed (" + w.outcome() + ")");
        }
        return w;
    }

    private LocalDate on(LocalDate asked, WarningStore.WarningRow w, List<FieldProblem> problems) {
        LocalDate today = today();
        LocalDate on = asked == null ? today : asked;
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", "must not be in the future"));
        } else if (on.isBefore(w.raisedOn())) {
            problems.add(new FieldProblem("on", "must not be before the warning was raised (" + w.raisedOn() + ")"));
        }
        return on;
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

    private static ConflictException changed(long id) {
        return new ConflictException("warning " + id + " was changed at the same moment: read it again");
    }

    private WarningViews.Summary summary(WarningStore.WarningRow w, LocalDate today) {
        return new WarningViews.Summary(w.id(), w.ruleCode(), w.ruleName(), w.householdId(), w.personId(),
                w.regionCode(), w.severity(), w.kind(), w.responsibleRole(), w.escalations(), w.message(), w.state(),
                w.assignee(), w.raisedOn(), w.dueOn(), overdue(w, today));
    }

    private WarningViews.Warning view(WarningStore.WarningRow w) {
        LocalDate today = today();
        var verification = w.verifiedOn() == null ? null
                : new WarningViews.Verification(w.verifiedOn(), w.verifiedBy(), w.finding(), w.verificationNote());
        var closing = w.outcome() == null ? null : new WarningViews.Closing(w.outcome(), w.outcomeNote(),
                w.department(), w.caseId(), w.monitoredId(), WarningStore.parseIds(w.stoppedBenefits()), w.closedOn(),
                w.closedBy());
        List<WarningOutcome> allowed = new ArrayList<>();
        if (w.state() != WarningState.CLOSED) {
            for (WarningOutcome o : WarningOutcome.values()) {
                if (o != WarningOutcome.VERIFY_AND_STOP
                        || (w.state() == WarningState.VERIFIED && w.finding() == Finding.CONFIRMED)) {
                    allowed.add(o);
                }
            }
        }
        List<WarningViews.Event> events = store.events(w.id()).stream()
                .map(e -> new WarningViews.Event(e.action(), e.on(), e.by(), json.readTree(e.details()))).toList();
        return new WarningViews.Warning(w.id(), w.ruleCode(), w.ruleVersion(), w.ruleName(), w.householdId(),
                w.personId(), w.regionCode(), w.severity(), w.kind(), w.programme(), w.ownerRole(),
                w.responsibleRole(), w.escalations(), w.message(), w.state(), w.assignee(), w.raisedOn(), w.dueOn(),
                w.dueEstimated(), overdue(w, today), w.runId(), verification, closing, allowed, events, w.version());
    }

    private static boolean overdue(WarningStore.WarningRow w, LocalDate today) {
        return w.state() != WarningState.CLOSED && w.dueOn().isBefore(today);
    }

    private LocalDate today() {
        return Today.in(clock);
    }

    private static RegionScope scope() {
        return RegionScope.of(Actor.current().regionCode());
    }
}

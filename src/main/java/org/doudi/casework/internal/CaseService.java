package org.doudi.casework.internal;

import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseViews;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.audit.AuditLog;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseState;
import org.doudi.casework.Cases;
import org.doudi.casework.Deadlines;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.DibaoProcedure;
import org.doudi.casework.Outcome;
import org.doudi.casework.Transition;
import org.doudi.payment.BenefitKind;
import org.doudi.payment.BenefitsInForce;
import org.doudi.payment.NewBenefit;
import org.doudi.region.RegionScope;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The 低保 procedure's use cases. Each step is one transaction, checked in this order: the role (403,
 * before anything is looked up), the case inside the actor's region (404), the version the client saw
 * (409), the procedure's table and conditions (409 naming the state and its actions), the input (400,
 * every field at once), maker-checker (403); then the case's new facts and due date, the update guarded
 * by the version (a concurrent step that won makes this one 409), the timeline row and the audit record.
 */
@Service
@Transactional
class CaseService implements Cases {

    static final int MAX_PAGE_SIZE = 200;
    /** Until counties choose (issue 4, "who decides"), every county has devolved 低保 decisions to its towns. */
    static final boolean TOWN_DECIDES = true;

    private final CaseStore store;
    private final Households households;
    private final Assessments assessments;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final BenefitsInForce benefits;
    private final JsonMapper json;
    private final Clock clock;

    CaseService(CaseStore store, Households households, Assessments assessments, WorkingDays workingDays,
                AuditLog audit, BenefitsInForce benefits, JsonMapper json, Clock clock) {
        this.store = store;
        this.households = households;
        this.assessments = assessments;
        this.deadlines = new Deadlines(workingDays, TOWN_DECIDES);
        this.audit = audit;
        this.benefits = benefits;
        this.json = json;
        this.clock = clock;
    }

    // ---- reads

    @Transactional(readOnly = true)
    @Override
    public CaseViews.Case get(long id) {
        CaseRow row = find(id, readScope());
        return CaseViewing.of(row, store.steps(id), today(), json);
    }

    @Transactional(readOnly = true)
    @Override
    public CaseViews.CasePage list(CaseState state, Boolean overdue, Long householdId, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RegionScope scope = readScope();
        LocalDate today = today();
        var filter = new CaseStore.Filter(state, Boolean.TRUE.equals(overdue) ? today : null, householdId);
        List<CaseViews.Summary> items = store.list(scope, filter, page, size).stream()
                .map(r -> CaseViewing.summary(r, today)).toList();
        return new CaseViews.CasePage(items, page, size, store.count(scope, filter));
    }

    @Transactional(readOnly = true)
    @Override
    public CaseViews.PublicitySheet publicitySheet(long id) {
        CaseRow row = find(id, readScope());
        if (row.publicityFrom() == null) {
            throw new NotFoundException("publicity of case " + id);
        }
        var sheet = store.steps(id).stream().filter(s -> s.action() == CaseAction.PUBLICITY)
                .reduce((a, b) -> b).orElseThrow();
        return json.readValue(sheet.details(), PublicityDetails.class).sheet(row);
    }

    /** What a publicity step records: where, and the sheet's three figures. */
    record PublicityDetails(String place, String name, int householdSize, BigDecimal monthlyAmount) {

        CaseViews.PublicitySheet sheet(CaseRow r) {
            return new CaseViews.PublicitySheet(name, householdSize, monthlyAmount, r.publicityFrom(), r.publicityEnds(),
                    place);
        }
    }

    // ---- intake

    @Override
    public CaseViews.Case create(CaseBodies.NewCase body) {
        Actor actor = Actor.current();
        if (!DibaoProcedure.mayTake(actor.roles(), CaseAction.INTAKE)) {
            throw new AccessDeniedException("intake is the town caseworker's");
        }
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        if (body.programme() != null && !Programme.DIBAO.name().equals(body.programme())) {
            problems.add(new FieldProblem("programme", "only DIBAO applications are handled yet"));
        }
        LocalDate received = body.receivedOn() == null ? today : body.receivedOn();
        if (received.isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "must not be in the future"));
        }
        List<DibaoDocument> given = body.documents() == null ? List.of() : body.documents();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add(new FieldProblem("documents[" + i + "]", "must be a document code"));
            }
        }
        HouseholdDetail household = null;
        if (body.householdId() == null) {
            problems.add(new FieldProblem("householdId", "is required"));
        } else {
            try {
                household = households.get(body.householdId());
            } catch (NotFoundException e) {
                // a value the clerk typed, not an address: a 400 on the field (decision 0006)
                problems.add(new FieldProblem("householdId", "no such household in your region"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<DibaoDocument> missing = EnumSet.allOf(DibaoDocument.class);
        given.forEach(missing::remove);
        LocalDate accepted = missing.isEmpty() ? received : null;
        Instant now = clock.instant();
        CaseRow draft = new CaseRow(0, Programme.DIBAO.name(), household.id(), household.regionCode(), CaseState.APPLIED,
                received, accepted, missing, received, null, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, actor.username(), now, now, 0);
        CaseFile file = draft.file(Set.of());
        WorkingDay due = deadlines.nextStepDue(file);
        WorkingDay procedure = deadlines.procedureDue(accepted);
        draft = withDue(draft, due, procedure);
        long id;
        try {
            id = store.insert(draft);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("household " + household.id() + " already has an open 低保 application");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documents", given.stream().distinct().sorted().toList());
        details.put("missingDocuments", CaseViews.documents(missing));
        store.insertStep(id, new CaseStore.StepRow(0, CaseAction.INTAKE, null, CaseState.APPLIED, received, null,
                actor.username(), now, json.writeValueAsString(details)));
        CaseViews.Case view = get(id);
        audit.recordWrite("case.intake", "case", Long.toString(id), household.regionCode(), null, auditState(view, details));
        return view;
    }

    private static CaseRow withDue(CaseRow r, WorkingDay due, WorkingDay procedure) {
        return new CaseRow(r.id(), r.programme(), r.householdId(), r.regionCode(), r.state(), r.receivedOn(),
                r.acceptedOn(), r.missingDocuments(), r.lastStepOn(), due == null ? null : due.date(),
                estimated(due, procedure), procedure == null ? null : procedure.date(), r.recommendation(),
                r.assessedOn(), r.assessedEligible(), r.assessedAmount(), r.assessmentJson(), r.publicityFrom(),
                r.publicityEnds(), r.outcome(), r.decidedAmount(), r.startMonth(), r.decidedOn(), r.decidedBy(),
                r.decisionReasons(), r.createdBy(), r.createdAt(), r.updatedAt(), r.version());
    }

    private static boolean estimated(WorkingDay due, WorkingDay procedure) {
        return due != null && !due.official() || procedure != null && !procedure.official();
    }

    // ---- the steps

    @Override
    public CaseViews.Case documents(long id, CaseBodies.Documents b) {
        return step(id, CaseAction.DOCUMENTS, b.version(), b.on(), null, () -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.documents() == null || b.documents().isEmpty()) {
                p.add(new FieldProblem("documents", "name at least one document handed in"));
            } else {
                for (int i = 0; i < b.documents().size(); i++) {
                    if (b.documents().get(i) == null) {
                        p.add(new FieldProblem("documents[" + i + "]", "must be a document code"));
                    }
                }
            }
            return p;
        }, (c, on) -> {
            Set<DibaoDocument> missing = EnumSet.noneOf(DibaoDocument.class);
            missing.addAll(c.missingDocuments);
            b.documents().forEach(missing::remove);
            c.missingDocuments = missing;
            if (missing.isEmpty()) {
                c.acceptedOn = on;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("documents", b.documents().stream().distinct().sorted().toList());
            details.put("missingDocuments", CaseViews.documents(missing));
            return details;
        });
    }

    @Override
    public CaseViews.Case investigation(long id, CaseBodies.Investigation b) {
        return step(id, CaseAction.INVESTIGATION, b.version(), b.on(), null, () -> {
            List<FieldProblem> p = new ArrayList<>();
            Set<String> visitors = distinctNames(b.visitors());
            if (visitors.size() < 2) {
                p.add(new FieldProblem("visitors", "the visit record is signed by at least 2 staff; name each"));
            }
            if (blank(b.findings())) {
                p.add(new FieldProblem("findings", "is required"));
            }
            return p;
        }, (c, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("visitors", List.copyOf(distinctNames(b.visitors())));
            details.put("findings", b.findings().strip());
            return details;
        });
    }

    @Override
    public CaseViews.Case verification(long id, CaseBodies.Verification b) {
        return step(id, CaseAction.VERIFICATION, b.version(), b.on(), null, () -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.result() == null) {
                p.add(new FieldProblem("result", "is required: CONSISTENT or DISCREPANCIES"));
            }
            if (b.result() == CaseBodies.VerificationResult.DISCREPANCIES && blank(b.note())) {
                p.add(new FieldProblem("note", "say which data differ from the declaration"));
            }
            return p;
        }, (c, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("result", b.result());
            details.put("note", blank(b.note()) ? null : b.note().strip());
            return details;
        });
    }

    @Override
    public CaseViews.Case assessment(long id, CaseBodies.Assessment b) {
        return step(id, CaseAction.ASSESSMENT, b.version(), b.on(), null, List::of, (c, on) -> {
            Assessment result = assessments.assess(assessments.storedHousehold(c.before.householdId(), on));
            ProgrammeResult dibao = result.find(Programme.DIBAO, null).orElseThrow();
            c.assessedOn = on;
            c.assessedEligible = dibao.eligible();
            c.assessedAmount = dibao.eligible() ? dibao.monthlyAmount() : null;
            c.assessmentJson = json.writeValueAsString(result);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("asOf", on);
            details.put("status", dibao.status());
            details.put("monthlyAmount", c.assessedAmount);
            details.put("reasons", dibao.reasons());
            return details;
        });
    }

    @Override
    public CaseViews.Case townOpinion(long id, CaseBodies.TownOpinion b) {
        return step(id, CaseAction.TOWN_OPINION, b.version(), b.on(), null, () -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.recommendation() == null) {
                p.add(new FieldProblem("recommendation", "is required: APPROVE or REFUSE"));
            }
            if (b.recommendation() == Outcome.REFUSE && blank(b.reasons())) {
                p.add(new FieldProblem("reasons", "a recommendation to refuse gives its reasons"));
            }
            return p;
        }, (c, on) -> {
            c.recommendation = b.recommendation();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("recommendation", b.recommendation());
            details.put("reasons", blank(b.reasons()) ? null : b.reasons().strip());
            return details;
        });
    }

    @Override
    public CaseViews.Case publicity(long id, CaseBodies.Publicity b) {
        return step(id, CaseAction.PUBLICITY, b.version(), b.on(), null, () -> blank(b.place())
                ? List.of(new FieldProblem("place", "say where the sheet is posted")) : List.of(), (c, on) -> {
            HouseholdDetail h = households.get(c.before.householdId());
            String head = h.members().stream().filter(m -> m.relation() == Relation.HEAD).map(Member::name)
                    .findFirst().orElseThrow(() -> new ConflictException("the household has no head to publish"));
            int size = json.readTree(c.assessmentJson).get("householdSize").asInt();
            c.publicityFrom = on;
            c.publicityEnds = DibaoProcedure.publicityEnds(on);
            return new PublicityDetails(b.place().strip(), head, size, c.assessedAmount);
        });
    }

    @Override
    public CaseViews.Case objection(long id, CaseBodies.Objection b) {
        return step(id, CaseAction.OBJECTION, b.version(), b.on(), null, () -> blank(b.summary())
                ? List.of(new FieldProblem("summary", "say what the objection is")) : List.of(), (c, on) -> {
            // a new investigation follows; the assessment, opinion and publicity are made again after it
            c.recommendation = null;
            c.assessedOn = null;
            c.assessedEligible = null;
            c.assessedAmount = null;
            c.assessmentJson = null;
            c.publicityFrom = null;
            c.publicityEnds = null;
            return Map.of("summary", b.summary().strip());
        });
    }

    @Override
    public CaseViews.Case decision(long id, CaseBodies.Decision b) {
        return step(id, CaseAction.DECISION, b.version(), b.on(), b.outcome(), () -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.outcome() == null) {
                p.add(new FieldProblem("outcome", "is required: APPROVE or REFUSE"));
            }
            if (b.outcome() == Outcome.REFUSE && blank(b.reasons())) {
                p.add(new FieldProblem("reasons", "a refusal gives its reasons in writing"));
            }
            return p;
        }, (c, on) -> {
            c.outcome = b.outcome();
            c.decidedOn = on;
            c.decidedBy = Actor.current().username();
            c.decisionReasons = blank(b.reasons()) ? null : b.reasons().strip();
            if (b.outcome() == Outcome.APPROVE) {
                c.decidedAmount = c.assessedAmount;
                YearMonth start = YearMonth.from(on).plusMonths(1);
                c.startMonth = start.toString();
                // the decision and the benefit in force that payrolls read are one transaction
                benefits.grant(new NewBenefit(c.before.programme(), BenefitKind.MONTHLY, c.before.householdId(), null,
                        c.before.regionCode(), c.before.id(), on, start, null, c.decidedAmount,
                        "case " + c.before.id() + " decided on " + on));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("outcome", c.outcome);
            details.put("monthlyAmount", c.decidedAmount);
            details.put("startMonth", c.startMonth);
            details.put("reasons", c.decisionReasons);
            return details;
        });
    }

    @Override
    public CaseViews.Case notification(long id, CaseBodies.Notification b) {
        return step(id, CaseAction.NOTIFICATION, b.version(), b.on(), null, () -> blank(b.method())
                ? List.of(new FieldProblem("method", "say how the household was told")) : List.of(),
                (c, on) -> Map.of("method", b.method().strip()));
    }

    // ---- the template of every step

    interface Effect {
        /** Changes the case's facts for a step on {@code on}; answers what the timeline records. */
        Object apply(CaseChange c, LocalDate on);
    }

    private CaseViews.Case step(long id, CaseAction action, Integer version, LocalDate givenOn, Outcome outcome,
                                Supplier<List<FieldProblem>> input, Effect effect) {
        Actor actor = roleOrDeny(action);
        RegionScope scope = RegionScope.of(actor.regionCode());
        CaseRow row = find(id, scope);
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the case you are acting on");
        }
        if (version != row.version()) {
            throw new ConflictException("case " + id + " has changed since version " + version + " (now "
                    + row.version() + ", " + row.state() + "): reload it and decide again");
        }
        LocalDate today = today();
        LocalDate on = givenOn == null ? today : givenOn;
        CaseFile file = row.file(store.investigators(id));
        Transition t = DibaoProcedure.check(file, action, on, outcome);
        List<FieldProblem> problems = new ArrayList<>(input.get());
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", "must not be in the future"));
        } else if (on.isBefore(row.lastStepOn())) {
            problems.add(new FieldProblem("on", "must not be before the case's last step, on " + row.lastStepOn()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (action == CaseAction.DECISION) {
            DibaoProcedure.checkDecider(file, actor.username());
        }
        CaseChange c = new CaseChange(row);
        Object details = effect.apply(c, on);
        c.state = t.to();
        c.lastStepOn = on;
        Instant now = clock.instant();
        CaseRow changed = c.row(now);
        WorkingDay due = deadlines.nextStepDue(changed.file(Set.of()));
        WorkingDay procedure = deadlines.procedureDue(changed.acceptedOn());
        changed = withDue(changed, due, procedure);
        try {
            if (!store.update(changed, version, scope)) {
                throw concurrent(id);
            }
        } catch (ConcurrencyFailureException e) {
            throw concurrent(id);
        }
        store.insertStep(id, new CaseStore.StepRow(0, action, row.state(), t.to(), on, row.dueOn(), actor.username(),
                now, json.writeValueAsString(details)));
        CaseViews.Case view = get(id);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", row.state());
        before.put("version", row.version());
        before.put("dueOn", row.dueOn());
        audit.recordWrite("case." + action.path(), "case", Long.toString(id), row.regionCode(), before,
                auditState(view, details));
        return view;
    }

    private static ConflictException concurrent(long id) {
        return new ConflictException("case " + id + " was changed by someone else at the same moment: reload it");
    }

    private static Map<String, Object> auditState(CaseViews.Case view, Object details) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", view.state());
        after.put("version", view.version());
        after.put("dueOn", view.dueOn());
        after.put("step", details);
        return after;
    }

    private static Actor roleOrDeny(CaseAction action) {
        Actor actor = Actor.current();
        if (!DibaoProcedure.mayTake(actor.roles(), action)) {
            throw new AccessDeniedException(action + " is not for " + actor.roles());
        }
        return actor;
    }

    private CaseRow find(long id, RegionScope scope) {
        return store.find(id, scope).orElseThrow(() -> new NotFoundException("case " + id));
    }

    private static RegionScope readScope() {
        return RegionScope.of(Actor.current().regionCode());
    }

    private LocalDate today() {
        return Today.in(clock);
    }

    private static Set<String> distinctNames(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (names != null) {
            names.stream().filter(n -> !blank(n)).map(String::strip).forEach(out::add);
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}

package org.doudi.casework.internal.integrity;

import static org.doudi.casework.internal.integrity.RelativeService.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.casework.AnswerDeadlines;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.GrievanceRouting;
import org.doudi.casework.Grievances;
import org.doudi.identity.Users;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
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

/**
 * Complaints and appeals, each action one transaction: the item inside the actor's region (404), who may
 * act (403), the version (409), the state (409), the input (400, every field at once); then the update
 * guarded by the version and the audit record. Routing and due dates are the pure
 * {@link GrievanceRouting} and {@link AnswerDeadlines}.
 */
@Service
@Transactional
class GrievanceService implements Grievances {

    /** Who records a complaint or an appeal handed in to them: any office that deals with the public. */
    static final Set<Role> RECORDERS = EnumSet.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER,
            Role.TOWN_APPROVER, Role.COUNTY_OFFICER, Role.CITY_SUPERVISOR);
    static final int MAX_PAGE_SIZE = 200;

    private final GrievanceStore store;
    private final Cases cases;
    private final Users users;
    private final Regions regions;
    private final AnswerDeadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;

    GrievanceService(GrievanceStore store, Cases cases, Users users, Regions regions, WorkingDays workingDays,
                     AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.regions = regions;
        this.deadlines = new AnswerDeadlines(workingDays);
        this.audit = audit;
        this.clock = clock;
    }

    // ---- recording

    /** Where a subject sits: its region (scope), the office complained about, the case if any. */
    private record Placed(String regionCode, String subjectOffice, CaseViews.Case kase) {
    }

    @Override
    public Grievance complain(NewComplaint b) {
        Actor actor = recorder();
        LocalDate today = today();
        List<FieldProblem> p = new ArrayList<>();
        Subject about = b.about();
        Placed placed = null;
        if (about == null || about.kind() == null) {
            p.add(new FieldProblem("about.kind", "is required: CASE, DECISION, STAFF or OFFICE"));
        } else {
            placed = switch (about.kind()) {
                case CASE -> caseSubject("about.caseId", about.caseId(), false, p);
                case DECISION -> caseSubject("about.caseId", about.caseId(), true, p);
                case STAFF -> staffSubject(about.username(), actor, p);
                case OFFICE -> officeSubject(about.regionCode(), actor, p);
            };
        }
        String person = about == null ? null : text(p, "about.person", about.person(), 50, false);
        String complainant = text(p, "complainant", b.complainant(), 50, false);
        String contact = text(p, "contact", b.contact(), 50, false);
        String summary = common(p, b.channel(), b.summary());
        LocalDate received = receivedOn(p, b.receivedOn(), placed, today);
        String office = null;
        if (placed != null) {
            office = GrievanceRouting.complaintOffice(placed.subjectOffice()).orElse(null);
            if (office == null) {
                p.add(new FieldProblem("about", "a complaint about the province is not handled in Doudi"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return record(Kind.COMPLAINT, about.kind(), placed, about.kind() == SubjectKind.STAFF ? about.username().strip()
                : null, person, office, complainant, contact, b.channel(), summary, received, actor);
    }

    @Override
    public Grievance appeal(NewAppeal b) {
        Actor actor = recorder();
        LocalDate today = today();
        List<FieldProblem> p = new ArrayList<>();
        Placed placed = caseSubject("caseId", b.caseId(), true, p);
        String appellant = text(p, "appellant", b.appellant(), 50, true);
        String contact = text(p, "contact", b.contact(), 50, false);
        String summary = common(p, b.channel(), b.summary());
        LocalDate received = receivedOn(p, b.receivedOn(), placed, today);
        if (placed != null && received != null && received.isBefore(placed.kase().decision().decidedOn())) {
            p.add(new FieldProblem("receivedOn", "must not be before the decision, on "
                    + placed.kase().decision().decidedOn()));
        }
        String office = null;
        if (placed != null) {
            office = GrievanceRouting.appealOffice(placed.subjectOffice()).orElse(null);
            if (office == null) {
                p.add(new FieldProblem("caseId", "a decision taken at the province is not appealed in Doudi"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return record(Kind.APPEAL, SubjectKind.DECISION, placed, null, null, office, appellant, contact, b.channel(),
                summary, received, actor);
    }

    private Grievance record(Kind kind, SubjectKind subjectKind, Placed placed, String username, String person,
                             String office, String complainant, String contact, Channel channel, String summary,
                             LocalDate received, Actor actor) {
        WorkingDay due = deadlines.due(kind, received);
        Instant now = clock.instant();
        GrievanceRow row = new GrievanceRow(0, kind, placed.regionCode(), subjectKind,
                placed.kase() == null ? null : placed.kase().id(), username, person, placed.subjectOffice(), office,
                complainant, contact, channel, summary, received, due.date(), !due.official(), State.RECEIVED, null,
                null, null, null, null, null, null, null, null, null, null, actor.username(), now, now, 0);
        long id = store.insert(row);
        Grievance view = get(kind, id);
        audit.recordWrite(action(kind, "record"), entity(kind), Long.toString(id), placed.regionCode(), null,
                auditView(view));
        return view;
    }

    private Placed caseSubject(String field, Long caseId, boolean decided, List<FieldProblem> p) {
        if (caseId == null) {
            p.add(new FieldProblem(field, "is required"));
            return null;
        }
        CaseViews.Case c;
        try {
            c = cases.get(caseId);
        } catch (NotFoundException e) {
            // a number the clerk typed, not an address: a 400 on the field, like the case intake's householdId
            p.add(new FieldProblem(field, "no such case in your region"));
            return null;
        }
        if (!decided) {
            // the case is handled by its town (and the village for it): the complaint is about the town's handling
            return new Placed(c.regionCode(), ancestorAt(c.regionCode(), RegionLevel.TOWN), c);
        }
        if (c.decision() == null) {
            p.add(new FieldProblem(field, "case " + caseId + " has no decision yet"));
            return null;
        }
        Optional<Actor> decider = users.actorOf(c.decision().decidedBy());
        if (decider.isEmpty()) {
            throw new ConflictException("the decider of case " + caseId + ", " + c.decision().decidedBy()
                    + ", is no longer a user: the level above cannot be found; record it with the office as subject");
        }
        return new Placed(c.regionCode(), decider.get().regionCode(), c);
    }

    private Placed staffSubject(String username, Actor actor, List<FieldProblem> p) {
        if (username == null || username.isBlank()) {
            p.add(new FieldProblem("about.username", "is required"));
            return null;
        }
        Optional<Actor> staff = users.actorOf(username.strip());
        if (staff.isEmpty() || !RegionScope.of(actor.regionCode()).contains(staff.get().regionCode())) {
            p.add(new FieldProblem("about.username", "no such member of staff in your region"));
            return null;
        }
        return new Placed(staff.get().regionCode(), staff.get().regionCode(), null);
    }

    private Placed officeSubject(String code, Actor actor, List<FieldProblem> p) {
        String c = code == null ? null : code.strip();
        if (c == null || c.isEmpty()) {
            p.add(new FieldProblem("about.regionCode", "is required: the code of the office complained about"));
            return null;
        }
        if (!RegionCodes.isValid(c) || !RegionScope.of(actor.regionCode()).contains(c) || regions.find(c).isEmpty()) {
            p.add(new FieldProblem("about.regionCode", "must be the code of a region of yours"));
            return null;
        }
        return new Placed(c, c, null);
    }

    private static String common(List<FieldProblem> p, Channel channel, String summary) {
        if (channel == null) {
            p.add(new FieldProblem("channel", "is required: IN_PERSON, PHONE, HOTLINE, LETTER or ONLINE"));
        }
        return text(p, "summary", summary, 2000, true);
    }

    private static LocalDate receivedOn(List<FieldProblem> p, LocalDate given, Placed placed, LocalDate today) {
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            p.add(new FieldProblem("receivedOn", "must not be in the future"));
        } else if (placed != null && placed.kase() != null && on.isBefore(placed.kase().receivedOn())) {
            p.add(new FieldProblem("receivedOn", "must not be before the application was received, on "
                    + placed.kase().receivedOn()));
        }
        return on;
    }

    // ---- reading

    @Override
    @Transactional(readOnly = true)
    public Grievance get(Kind kind, long id) {
        return view(find(kind, id), Actor.current(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public GrievancePage list(Kind kind, State state, Boolean overdue, Long caseId, Boolean mine, int page, int size) {
        List<FieldProblem> p = new ArrayList<>();
        if (page < 0) {
            p.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            p.add(new FieldProblem("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        Actor actor = Actor.current();
        LocalDate today = today();
        RegionScope scope = RegionScope.of(actor.regionCode());
        var filter = new GrievanceStore.Filter(kind, state, Boolean.TRUE.equals(overdue), caseId,
                Boolean.TRUE.equals(mine) ? actor.username() : null, today);
        List<Grievance> items = store.list(scope, filter, page, size).stream().map(r -> view(r, actor, today)).toList();
        return new GrievancePage(items, page, size, store.count(scope, filter));
    }

    // ---- acting

    @Override
    public Grievance assign(Kind kind, long id, Assignment b) {
        Actor actor = Actor.current();
        GrievanceRow row = find(kind, id);
        LocalDate today = today();
        Optional<String> escalatedTo = row.escalatedToOn(today);
        String office;
        if (handles(actor, row.handlingOffice())) {
            office = row.handlingOffice();
        } else if (escalatedTo.isPresent() && handles(actor, escalatedTo.get())) {
            office = escalatedTo.get(); // the office above takes over what is overdue
        } else {
            throw new AccessDeniedException(kind + " " + id + " is assigned by the officers of " + row.handlingOffice()
                    + (escalatedTo.map(e -> " or, since it is overdue, of " + e).orElse("")));
        }
        checkVersion(kind, row, b.version());
        if (!row.open()) {
            throw new ConflictException(kind + " " + id + " is " + row.state() + ": it is no longer assigned");
        }
        List<FieldProblem> p = new ArrayList<>();
        String assignee = b.assignee() == null ? null : b.assignee().strip();
        if (assignee == null || assignee.isEmpty()) {
            p.add(new FieldProblem("assignee", "is required: the user name of an officer of " + office));
        } else if (users.actorOf(assignee).filter(a -> handles(a, office)).isEmpty()) {
            p.add(new FieldProblem("assignee", "must be an officer of " + office + " who handles complaints and appeals"));
        }
        LocalDate on = actionDate(p, b.on(), row.assignedOn() == null ? row.receivedOn() : row.assignedOn(), today);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        boolean takeOver = !office.equals(row.handlingOffice());
        GrievanceRow changed = new GrievanceRow(row.id(), row.kind(), row.regionCode(), row.subjectKind(),
                row.caseId(), row.subjectUsername(), row.subjectPerson(), row.subjectOffice(), office,
                row.complainant(), row.contact(), row.channel(), row.summary(), row.receivedOn(), row.dueOn(),
                row.dueEstimated(), State.ASSIGNED, assignee, actor.username(), on,
                takeOver ? row.handlingOffice() : row.takenOverFrom(), null, null, null, null, null, null, null,
                row.recordedBy(), row.createdAt(), clock.instant(), row.version());
        return write(kind, row, changed, "assign", actor);
    }

    @Override
    public Grievance answer(Kind kind, long id, Answer b) {
        Actor actor = Actor.current();
        GrievanceRow row = find(kind, id);
        checkVersion(kind, row, b.version());
        if (row.state() == State.RECEIVED) {
            throw new ConflictException(kind + " " + id + " is not assigned yet: assign it to an officer, who answers it");
        }
        if (!row.open()) {
            throw new ConflictException(kind + " " + id + " was already answered on " + row.answeredOn());
        }
        if (!actor.username().equals(row.assignedTo())) {
            throw new AccessDeniedException(kind + " " + id + " is answered by the officer it is assigned to, "
                    + row.assignedTo());
        }
        LocalDate today = today();
        List<FieldProblem> p = new ArrayList<>();
        if (b.finding() == null || b.finding().answers() != kind) {
            p.add(new FieldProblem("finding", kind == Kind.COMPLAINT
                    ? "is required: SUBSTANTIATED, PARTLY_SUBSTANTIATED or UNSUBSTANTIATED"
                    : "is required: DECISION_CONFIRMED or REEXAMINATION_ORDERED"));
        }
        String answer = text(p, "text", b.text(), 4000, true);
        LocalDate on = actionDate(p, b.on(), row.assignedOn(), today);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        GrievanceRow changed = new GrievanceRow(row.id(), row.kind(), row.regionCode(), row.subjectKind(),
                row.caseId(), row.subjectUsername(), row.subjectPerson(), row.subjectOffice(), row.handlingOffice(),
                row.complainant(), row.contact(), row.channel(), row.summary(), row.receivedOn(), row.dueOn(),
                row.dueEstimated(), State.ANSWERED, row.assignedTo(), row.assignedBy(), row.assignedOn(),
                row.takenOverFrom(), on, actor.username(), b.finding(), answer, null, null, null, row.recordedBy(),
                row.createdAt(), clock.instant(), row.version());
        Grievance view = write(kind, row, changed, "answer", actor);
        if (b.finding() == Finding.REEXAMINATION_ORDERED) {
            // the case's own audit trail shows the order; the case view shows it as a flag
            audit.recordWrite("case.reexamination-ordered", "case", Long.toString(row.caseId()), row.regionCode(),
                    null, Map.of("appeal", id, "on", on));
        }
        return view;
    }

    @Override
    public Grievance close(Kind kind, long id, Closing b) {
        Actor actor = Actor.current();
        GrievanceRow row = find(kind, id);
        if (!handles(actor, row.handlingOffice()) && !actor.username().equals(row.assignedTo())) {
            throw new AccessDeniedException(kind + " " + id + " is closed by the officers of " + row.handlingOffice());
        }
        checkVersion(kind, row, b.version());
        if (row.state() != State.ANSWERED) {
            throw new ConflictException(kind + " " + id + " is " + row.state() + ": only an answered one is closed");
        }
        LocalDate today = today();
        List<FieldProblem> p = new ArrayList<>();
        String note = text(p, "note", b.note(), 1000, true);
        LocalDate on = actionDate(p, b.on(), row.answeredOn(), today);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        GrievanceRow changed = new GrievanceRow(row.id(), row.kind(), row.regionCode(), row.subjectKind(),
                row.caseId(), row.subjectUsername(), row.subjectPerson(), row.subjectOffice(), row.handlingOffice(),
                row.complainant(), row.contact(), row.channel(), row.summary(), row.receivedOn(), row.dueOn(),
                row.dueEstimated(), State.CLOSED, row.assignedTo(), row.assignedBy(), row.assignedOn(),
                row.takenOverFrom(), row.answeredOn(), row.answeredBy(), row.finding(), row.answer(), on,
                actor.username(), note, row.recordedBy(), row.createdAt(), clock.instant(), row.version());
        return write(kind, row, changed, "close", actor);
    }

    private Grievance write(Kind kind, GrievanceRow before, GrievanceRow changed, String action, Actor actor) {
        Grievance was = view(before, actor, today());
        if (!store.update(changed, before.version(), RegionScope.of(actor.regionCode()))) {
            throw new ConflictException(kind + " " + before.id() + " was changed by someone else at the same moment: "
                    + "reload it");
        }
        Grievance after = get(kind, before.id());
        audit.recordWrite(action(kind, action), entity(kind), Long.toString(before.id()), before.regionCode(),
                auditView(was), auditView(after));
        return after;
    }

    // ---- helpers

    private GrievanceRow find(Kind kind, long id) {
        return store.find(kind, id, RegionScope.of(Actor.current().regionCode()))
                .orElseThrow(() -> new NotFoundException(entity(kind) + " " + id));
    }

    private static void checkVersion(Kind kind, GrievanceRow row, Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the " + entity(kind)
                    + " you are acting on");
        }
        if (version != row.version()) {
            throw new ConflictException(kind + " " + row.id() + " has changed since version " + version + " (now "
                    + row.version() + ", " + row.state() + "): reload it");
        }
    }

    /** The day of an action: today when left out; not in the future, not before the previous step. */
    private static LocalDate actionDate(List<FieldProblem> p, LocalDate given, LocalDate notBefore, LocalDate today) {
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            p.add(new FieldProblem("on", "must not be in the future"));
        } else if (notBefore != null && on.isBefore(notBefore)) {
            p.add(new FieldProblem("on", "must not be before " + notBefore));
        }
        return on;
    }

    private static boolean handles(Actor actor, String office) {
        return GrievanceRouting.handles(actor.regionCode(), actor.roles(), office);
    }

    private static Actor recorder() {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(RECORDERS::contains)) {
            throw new AccessDeniedException("complaints and appeals are recorded by the offices that receive them");
        }
        return actor;
    }

    /**
     * The complainant's name and contact only for the office handling it, the offices above and whoever
     * recorded it: those complained about read what is said, not who said it.
     */
    private static Grievance view(GrievanceRow r, Actor actor, LocalDate today) {
        boolean mayKnowWho = actor.username().equals(r.recordedBy())
                || RegionScope.of(actor.regionCode()).contains(r.handlingOffice());
        Subject about = new Subject(r.subjectKind(), r.caseId(), r.subjectUsername(),
                r.subjectKind() == SubjectKind.OFFICE ? r.subjectOffice() : null, r.subjectPerson());
        return new Grievance(r.id(), r.kind(), r.stateOn(today), about, r.regionCode(), r.subjectOffice(),
                r.handlingOffice(), r.takenOverFrom(), r.escalatedToOn(today).orElse(null),
                mayKnowWho ? r.complainant() : null, mayKnowWho ? r.contact() : null, r.channel(), r.summary(),
                r.receivedOn(), r.dueOn(), r.dueEstimated(), r.overdueOn(today), r.assignedTo(), r.assignedOn(),
                r.answeredOn(), r.answeredBy(), r.finding(), r.answer(), r.answeredLate(), r.closedOn(), r.closedBy(),
                r.closingNote(), r.recordedBy(), r.createdAt(), r.version());
    }

    /** What the audit log keeps of an item (who complained, as far as the acting user may know it). */
    private static Map<String, Object> auditView(Grievance g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", g.state());
        m.put("complainant", g.complainant());
        m.put("contact", g.contact());
        m.put("about", g.about());
        m.put("handlingOffice", g.handlingOffice());
        m.put("takenOverFrom", g.takenOverFrom());
        m.put("channel", g.channel());
        m.put("summary", g.summary());
        m.put("receivedOn", g.receivedOn());
        m.put("dueOn", g.dueOn());
        m.put("assignedTo", g.assignedTo());
        m.put("assignedOn", g.assignedOn());
        m.put("answeredOn", g.answeredOn());
        m.put("finding", g.finding());
        m.put("answer", g.answer());
        m.put("closedOn", g.closedOn());
        m.put("closingNote", g.closingNote());
        m.put("version", g.version());
        return m;
    }

    private static String ancestorAt(String code, RegionLevel level) {
        return RegionCodes.selfAndAncestors(code).stream().filter(c -> RegionLevel.of(c) == level).findFirst()
                .orElse(code);
    }

    private static String entity(Kind kind) {
        return kind == Kind.COMPLAINT ? "complaint" : "appeal";
    }

    private static String action(Kind kind, String verb) {
        return entity(kind) + "." + verb;
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}

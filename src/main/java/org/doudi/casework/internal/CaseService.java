package org.doudi.casework.internal;

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
import java.util.function.Function;

import org.doudi.assessment.Programme;
import org.doudi.assessment.TemporaryKind;
import org.doudi.audit.AuditLog;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseDocument;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseQuery;
import org.doudi.casework.CaseState;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.Channel;
import org.doudi.casework.Checklist;
import org.doudi.casework.DeciderLevel;
import org.doudi.casework.DeciderRefused;
import org.doudi.casework.Outcome;
import org.doudi.casework.Procedure;
import org.doudi.casework.ProcedureFamily;
import org.doudi.casework.Procedures;
import org.doudi.casework.StepRefused;
import org.doudi.casework.Transition;
import org.doudi.casework.internal.integrity.CaseAttentionService;
import org.doudi.payment.BenefitKind;
import org.doudi.payment.BenefitsInForce;
import org.doudi.payment.NewBenefit;
import org.doudi.region.Region;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of every procedure family. Each step is one transaction, checked in this order: a role
 * that may take the step in some family (403, before anything is looked up), the case inside the actor's
 * region (404), the version the client saw (409), a role of the case's own family (403), the family's
 * table and conditions (409 naming the state and its actions), the input (400, every field at once), who
 * decides and maker-checker (403); then the step's effect (a decision's benefits in force), the case's new
 * facts and due date, the update guarded by the version (a concurrent step that won makes this one 409),
 * the timeline row and the audit record.
 */
@Service
@Transactional
class CaseService implements Cases {

    static final int MAX_PAGE_SIZE = 200;
    /** A staged approval pays in at most a year's months. */
    static final int MAX_STAGES = 12;
    static final Set<String> HOTLINES = Set.of("12345", "12317");

    private final CaseStore store;
    private final Households households;
    private final CaseAssessing assessing;
    private final WhoDecides whoDecides;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final BenefitsInForce benefits;
    private final Regions regions;
    private final JsonMapper json;
    private final Clock clock;
    // integrity hook (decision 0019): flags and county visits in the view, the county-visit rule on decision
    private final CaseAttentionService attention;

    CaseService(CaseStore store, Households households, CaseAssessing assessing, WhoDecides whoDecides,
                WorkingDays workingDays, AuditLog audit, BenefitsInForce benefits, Regions regions, JsonMapper json,
                Clock clock, CaseAttentionService attention) {
        this.store = store;
        this.households = households;
        this.assessing = assessing;
        this.whoDecides = whoDecides;
        this.workingDays = workingDays;
        this.audit = audit;
        this.benefits = benefits;
        this.regions = regions;
        this.json = json;
        this.clock = clock;
        this.attention = attention;
    }

    // ---- reads

    @Transactional(readOnly = true)
    @Override
    public CaseViews.Case get(long id) {
        CaseRow row = find(id, readScope());
        CaseOpening o = row.opening();
        String personName = o.personId() == null ? null : personName(o.householdId(), o.personId());
        WhoDecides.Limits limits = o.temporaryKind() == null ? null
                : whoDecides.limits(o.regionCode(), o.receivedOn());
        CaseStore.BillRow bill = o.family() == ProcedureFamily.MEDICAL ? store.bill(id).orElse(null) : null;
        return CaseViewing.of(row, store.steps(id), today(), json, personName, limits, bill,
                attention.of(row.id(), o.householdId(), o.receivedOn()));
    }

    /** The person's name, when the caller can read their household (an emergency kept elsewhere may not). */
    private String personName(long householdId, long personId) {
        try {
            return households.member(householdId, personId).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Transactional(readOnly = true)
    @Override
    public CaseViews.CasePage list(CaseQuery query, int page, int size) {
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
        List<CaseViews.Summary> items = store.list(scope, query, today, page, size).stream()
                .map(r -> CaseViewing.summary(r, today)).toList();
        return new CaseViews.CasePage(items, page, size, store.count(scope, query, today));
    }

    @Transactional(readOnly = true)
    @Override
    public List<CaseViews.TownCount> countsByTown() {
        RegionScope scope = readScope();
        Map<String, long[]> counts = store.countsByTown(scope, today());
        Map<String, String> names = new LinkedHashMap<>();
        if (scope.level().ordinal() < RegionLevel.TOWN.ordinal()) {
            regions.within(scope, RegionLevel.TOWN).forEach(t -> names.put(t.code(), t.name()));
        } else {
            String town = townOf(scope.code());
            names.put(town, regions.find(town).map(Region::name).orElse(town));
        }
        counts.keySet().forEach(code -> names.computeIfAbsent(code,
                c -> regions.find(c).map(Region::name).orElse(c)));
        return names.entrySet().stream().map(e -> {
            long[] c = counts.getOrDefault(e.getKey(), new long[2]);
            return new CaseViews.TownCount(e.getKey(), e.getValue(), c[0], c[1]);
        }).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public CaseViews.PublicitySheet publicitySheet(long id) {
        CaseRow row = find(id, readScope());
        if (row.facts().publicityFrom == null) {
            throw new NotFoundException("publicity of case " + id);
        }
        var sheet = store.steps(id).stream().filter(s -> s.action() == CaseAction.PUBLICITY)
                .reduce((a, b) -> b).orElseThrow();
        return json.readValue(sheet.details(), PublicityDetails.class).sheet(row);
    }

    /** What a publicity step records: where, and the sheet's figures. */
    record PublicityDetails(String place, String name, int householdSize, BigDecimal monthlyAmount, BigDecimal amount) {

        CaseViews.PublicitySheet sheet(CaseRow r) {
            return new CaseViews.PublicitySheet(name, householdSize, monthlyAmount, r.facts().publicityFrom,
                    r.facts().publicityEnds, r.opening().programme(), amount, place);
        }
    }

    // ---- intake

    /** Who may record an application coming by each channel. */
    static Set<Role> rolesFor(Channel channel) {
        return switch (channel) {
            case SINGLE_WINDOW -> Set.of(Role.TOWN_CASEWORKER);
            case VILLAGE -> Set.of(Role.VILLAGE_COORDINATOR);
            case HOTLINE -> Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER);
            case WARNING -> Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER, Role.ADMINISTRATOR);
        };
    }

    @Override
    public CaseViews.Case create(CaseBodies.NewCase body) {
        Actor actor = Actor.current();
        Channel channel = body.channel() != null ? body.channel()
                : actor.has(Role.VILLAGE_COORDINATOR) && !actor.has(Role.TOWN_CASEWORKER) ? Channel.VILLAGE
                : Channel.SINGLE_WINDOW;
        if (rolesFor(channel).stream().noneMatch(actor::has)) {
            throw new AccessDeniedException("an application by " + channel + " is recorded by " + rolesFor(channel));
        }
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        Programme programme = programme(body.programme(), problems);
        ProcedureFamily family = programme == null ? null : ProcedureFamily.of(programme,
                body.temporary() == null ? null : body.temporary().kind());
        LocalDate received = body.receivedOn() == null ? today : body.receivedOn();
        if (received.isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "must not be in the future"));
        }
        List<CaseDocument> given = body.documents() == null ? List.of() : body.documents();
        List<CaseDocument> checklist = family == null ? List.of()
                : Checklist.of(programme, body.temporary() == null ? null : body.temporary().kind());
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add(new FieldProblem("documents[" + i + "]", "must be a document code"));
            } else if (family != null && !checklist.contains(given.get(i))) {
                problems.add(new FieldProblem("documents[" + i + "]", "is not on the " + programme
                        + " checklist: " + checklist));
            }
        }
        channelProblems(body, channel, problems);
        if (programme != null) {
            programmeProblems(body, programme, received, actor, problems);
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
        if (household != null && programme != null && ProcedureFamily.perPerson(programme) && body.personId() != null) {
            Member member = household.members().stream().filter(m -> m.personId() == body.personId()).findFirst()
                    .orElse(null);
            if (member == null) {
                problems.add(new FieldProblem("personId", "is not a member of household " + household.id()));
            } else if (member.diedOn() != null && !member.diedOn().isAfter(received)) {
                problems.add(new FieldProblem("personId", "died on " + member.diedOn()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseBodies.Temporary temporary = body.temporary();
        String region = temporary != null && temporary.placeRegionCode() != null ? temporary.placeRegionCode()
                : household.regionCode();
        boolean emergency = family == ProcedureFamily.TEMPORARY_EMERGENCY;
        Instant now = clock.instant();
        CaseOpening opening = new CaseOpening(0, programme.name(), family, household.id(), body.personId(), region,
                townOf(region), channel, body.hotline() == null ? null : body.hotline().line(),
                body.hotline() == null ? null : body.hotline().caller().strip(),
                body.hotline() == null ? null : body.hotline().callReference().strip(), body.warningId(), received,
                temporary == null ? null : temporary.kind(), emergency ? temporary.happenedOn() : null,
                emergency ? temporary.what().strip() : null, actor.username(), now);

        Set<CaseDocument> missing = new LinkedHashSet<>(checklist);
        given.forEach(missing::remove);
        CaseFacts f = new CaseFacts();
        f.state = channel == Channel.VILLAGE ? CaseState.SUBMITTED : CaseState.APPLIED;
        f.missingDocuments = Set.copyOf(missing);
        f.acceptedOn = channel != Channel.VILLAGE && missing.isEmpty() ? received : null;
        f.phaseFrom = f.acceptedOn;
        f.lastStepOn = received;
        WhoDecides.Decider decider = whoDecides.atIntake(programme, region, received);
        f.deciderLevel = decider.level();
        f.deciderReason = decider.reason();
        f.severity = emergency ? temporary.severity() : null;
        f.openKey = openKey(opening);
        dueDates(opening, f);

        if (family == ProcedureFamily.MEDICAL) {
            // the bill may have been claimed in another region: say so without naming that case
            store.billClaimedBy(body.personId(), body.bill().reference().strip()).ifPresent(other -> {
                throw new ConflictException("bill " + body.bill().reference().strip() + " of person " + body.personId()
                        + " is already claimed (open or approved): a bill is assisted once");
            });
        }
        long id;
        try {
            id = store.insert(opening, f);
        } catch (DuplicateKeyException e) {
            throw new ConflictException((opening.personId() == null ? "household " + household.id()
                    : "person " + opening.personId()) + " already has an open " + programme
                    + (opening.temporaryKind() == null ? "" : " " + opening.temporaryKind()) + " application");
        }
        if (family == ProcedureFamily.MEDICAL) {
            CaseBodies.MedicalBill b = body.bill();
            try {
                store.insertBill(new CaseStore.BillRow(id, body.personId(), b.date().getYear(), b.date(),
                        b.inPolicyOutOfPocket(), b.reference().strip(), blank(b.hospital()) ? null : b.hospital().strip(),
                        false, null, null, null, null));
            } catch (DuplicateKeyException e) {
                throw new ConflictException("bill " + b.reference().strip() + " of person " + body.personId()
                        + " was claimed by another case at the same moment");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("programme", programme);
        details.put("channel", channel);
        details.put("documents", given.stream().distinct().sorted().toList());
        details.put("missingDocuments", CaseViews.documents(missing));
        details.put("decider", decider.level());
        if (body.hotline() != null) {
            details.put("hotline", Map.of("line", opening.hotlineLine(), "caller", opening.hotlineCaller(),
                    "callReference", opening.hotlineReference()));
        }
        if (body.warningId() != null) {
            details.put("warningId", body.warningId());
        }
        if (temporary != null) {
            details.put("temporary", temporary);
        }
        if (body.bill() != null) {
            details.put("bill", body.bill());
        }
        CaseAction action = channel == Channel.VILLAGE ? CaseAction.SUBMISSION : CaseAction.INTAKE;
        store.insertStep(id, new CaseStore.StepRow(0, action, null, f.state, received, null, actor.username(), now,
                json.writeValueAsString(details)));
        CaseViews.Case view = get(id);
        audit.recordWrite("case." + action.path(), "case", Long.toString(id), region, null, auditState(view, details));
        return view;
    }

    private static Programme programme(String given, List<FieldProblem> problems) {
        if (given == null) {
            return Programme.DIBAO;
        }
        try {
            Programme p = Programme.valueOf(given);
            if (!ProcedureFamily.appliedFor(p)) {
                problems.add(new FieldProblem("programme", p + " is found by the calculator or by monitoring, "
                        + "not applied for"));
                return null;
            }
            return p;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("programme", "must be one of DIBAO, TEKUN, ORPHAN, UNSUPPORTED_CHILD, "
                    + "DISABILITY_LIVING, DISABILITY_CARE, EXPENDITURE_HARDSHIP, TEMPORARY, MEDICAL"));
            return null;
        }
    }

    private static void channelProblems(CaseBodies.NewCase b, Channel channel, List<FieldProblem> problems) {
        if (channel == Channel.HOTLINE) {
            if (b.hotline() == null) {
                problems.add(new FieldProblem("hotline", "a hotline call gives its line, caller and call reference"));
            } else {
                if (b.hotline().line() == null || !HOTLINES.contains(b.hotline().line())) {
                    problems.add(new FieldProblem("hotline.line", "must be 12345 or 12317"));
                }
                tooLongOrBlank(b.hotline().caller(), 100, "hotline.caller", problems);
                tooLongOrBlank(b.hotline().callReference(), 60, "hotline.callReference", problems);
            }
        } else if (b.hotline() != null) {
            problems.add(new FieldProblem("hotline", "only for an application by HOTLINE"));
        }
        if (channel == Channel.WARNING) {
            if (b.warningId() == null || b.warningId() <= 0) {
                problems.add(new FieldProblem("warningId", "an application from a warning names the warning"));
            }
        } else if (b.warningId() != null) {
            problems.add(new FieldProblem("warningId", "only for an application from a WARNING"));
        }
    }

    private void programmeProblems(CaseBodies.NewCase b, Programme programme, LocalDate received, Actor actor,
                                   List<FieldProblem> problems) {
        boolean perPerson = ProcedureFamily.perPerson(programme);
        if (perPerson && b.personId() == null) {
            problems.add(new FieldProblem("personId", "a " + programme + " application names the member applying"));
        } else if (!perPerson && b.personId() != null) {
            problems.add(new FieldProblem("personId", "a " + programme + " application is the household's"));
        }
        CaseBodies.Temporary t = b.temporary();
        if (programme == Programme.TEMPORARY) {
            if (t == null || t.kind() == null) {
                problems.add(new FieldProblem("temporary.kind", "is required: EMERGENCY or EXPENDITURE"));
            } else if (t.kind() == TemporaryKind.EMERGENCY) {
                if (t.severity() == null || t.severity() < 1 || t.severity() > 3) {
                    problems.add(new FieldProblem("temporary.severity", "must be 1, 2 or 3"));
                }
                if (t.happenedOn() == null) {
                    problems.add(new FieldProblem("temporary.happenedOn", "is required"));
                } else if (t.happenedOn().isAfter(received)) {
                    problems.add(new FieldProblem("temporary.happenedOn", "must not be after receivedOn"));
                }
                tooLongOrBlank(t.what(), 1000, "temporary.what", problems);
                if (t.placeRegionCode() != null && (!RegionCodes.isValid(t.placeRegionCode())
                        || !RegionScope.of(actor.regionCode()).contains(t.placeRegionCode())
                        || regions.find(t.placeRegionCode()).isEmpty()
                        || RegionLevel.of(t.placeRegionCode()).ordinal() < RegionLevel.TOWN.ordinal())) {
                    problems.add(new FieldProblem("temporary.placeRegionCode",
                            "must be a town or village of your region, where the emergency happened"));
                }
            } else {
                if (t.severity() != null) {
                    problems.add(new FieldProblem("temporary.severity", "only an emergency has a severity"));
                }
                if (t.placeRegionCode() != null) {
                    problems.add(new FieldProblem("temporary.placeRegionCode",
                            "an expenditure application is made where the household lives"));
                }
            }
        } else if (t != null) {
            problems.add(new FieldProblem("temporary", "only for a TEMPORARY application"));
        }
        CaseBodies.MedicalBill bill = b.bill();
        if (programme == Programme.MEDICAL) {
            if (bill == null) {
                problems.add(new FieldProblem("bill", "a medical application is for one bill: give it"));
            } else {
                if (bill.date() == null) {
                    problems.add(new FieldProblem("bill.date", "is required"));
                } else if (bill.date().isAfter(received)) {
                    problems.add(new FieldProblem("bill.date", "must not be after receivedOn"));
                }
                if (bill.inPolicyOutOfPocket() == null || bill.inPolicyOutOfPocket().signum() <= 0
                        || bill.inPolicyOutOfPocket().scale() > 2) {
                    problems.add(new FieldProblem("bill.inPolicyOutOfPocket", "must be more than 0, in yuan and fen"));
                }
                tooLongOrBlank(bill.reference(), 60, "bill.reference", problems);
                if (bill.hospital() != null && bill.hospital().length() > 200) {
                    problems.add(new FieldProblem("bill.hospital", "at most 200 characters"));
                }
            }
        } else if (bill != null) {
            problems.add(new FieldProblem("bill", "only for a MEDICAL application"));
        }
    }

    /** One open application per household (or person, or kind of temporary assistance); none for bills. */
    private static String openKey(CaseOpening o) {
        return switch (o.family()) {
            case MEDICAL -> null;
            case TEMPORARY_EMERGENCY, TEMPORARY_EXPENDITURE -> "TEMPORARY-" + o.temporaryKind() + ":H" + o.householdId();
            default -> o.personId() == null ? o.programme() + ":H" + o.householdId()
                    : o.programme() + ":P" + o.personId();
        };
    }

    /** The town of a region code: its first nine digits (a village's town, or the town itself). */
    static String townOf(String regionCode) {
        return regionCode.substring(0, RegionLevel.TOWN.significantDigits()) + "000";
    }

    /** The case's due date and its procedure's, from its facts now. */
    private void dueDates(CaseOpening o, CaseFacts f) {
        Procedure procedure = Procedures.of(o.family());
        CaseFile file = CaseRow.file(o, f, Set.of());
        WorkingDay due = f.state.open() ? procedure.nextStepDue(file, workingDays) : null;
        WorkingDay overall = procedure.procedureDue(file, workingDays);
        f.dueOn = due == null ? null : due.date();
        f.procedureDueOn = overall == null ? null : overall.date();
        f.dueEstimated = due != null && !due.official() || overall != null && !overall.official();
    }

    // ---- the steps

    @Override
    public CaseViews.Case acceptance(long id, CaseBodies.Acceptance b) {
        return step(id, CaseAction.ACCEPTANCE, b.version(), b.on(), null, row -> documentProblems(row, b.documents(), false),
                (row, f, on) -> {
                    Set<CaseDocument> missing = remaining(f.missingDocuments, b.documents());
                    f.missingDocuments = missing;
                    if (missing.isEmpty()) {
                        f.acceptedOn = on;
                        f.phaseFrom = on;
                    }
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("documents", b.documents() == null ? List.of()
                            : b.documents().stream().distinct().sorted().toList());
                    details.put("missingDocuments", CaseViews.documents(missing));
                    return details;
                });
    }

    @Override
    public CaseViews.Case documents(long id, CaseBodies.Documents b) {
        return step(id, CaseAction.DOCUMENTS, b.version(), b.on(), null, row -> documentProblems(row, b.documents(), true),
                (row, f, on) -> {
                    Set<CaseDocument> missing = remaining(f.missingDocuments, b.documents());
                    f.missingDocuments = missing;
                    if (missing.isEmpty()) {
                        f.acceptedOn = on;
                        if (f.phaseFrom == null) {
                            f.phaseFrom = on;
                        }
                    }
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("documents", b.documents().stream().distinct().sorted().toList());
                    details.put("missingDocuments", CaseViews.documents(missing));
                    return details;
                });
    }

    private static List<FieldProblem> documentProblems(CaseRow row, List<CaseDocument> docs, boolean required) {
        List<FieldProblem> p = new ArrayList<>();
        if (docs == null || docs.isEmpty()) {
            if (required) {
                p.add(new FieldProblem("documents", "name at least one document handed in"));
            }
            return p;
        }
        List<CaseDocument> checklist = checklist(row.opening());
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i) == null) {
                p.add(new FieldProblem("documents[" + i + "]", "must be a document code"));
            } else if (!checklist.contains(docs.get(i))) {
                p.add(new FieldProblem("documents[" + i + "]", "is not on the " + row.opening().programme()
                        + " checklist: " + checklist));
            }
        }
        return p;
    }

    static List<CaseDocument> checklist(CaseOpening o) {
        return Checklist.of(Programme.valueOf(o.programme()), o.temporaryKind());
    }

    private static Set<CaseDocument> remaining(Set<CaseDocument> missing, List<CaseDocument> given) {
        Set<CaseDocument> out = EnumSet.noneOf(CaseDocument.class);
        out.addAll(missing);
        if (given != null) {
            given.forEach(out::remove);
        }
        return Set.copyOf(out);
    }

    @Override
    public CaseViews.Case payFirst(long id, CaseBodies.PayFirst b) {
        return step(id, CaseAction.PAY_FIRST, b.version(), b.on(), null, row -> {
            List<FieldProblem> p = new ArrayList<>();
            WhoDecides.Limits limits = whoDecides.limits(row.opening().regionCode(), b.on() == null ? today() : b.on());
            if (b.amount() == null || b.amount().signum() <= 0 || b.amount().stripTrailingZeros().scale() > 0) {
                p.add(new FieldProblem("amount", "must be a whole number of yuan, more than 0"));
            } else if (limits.payFirst() == null) {
                p.add(new FieldProblem("amount", "no pay-first limit is set for this town (temporary.pay_first_max)"));
            } else if (b.amount().compareTo(limits.payFirst()) > 0) {
                p.add(new FieldProblem("amount", "the town's pay-first limit is " + limits.payFirst().toPlainString()
                        + " (temporary.pay_first_max): pay up to it now, and the rest by decision"));
            }
            tooLongOrBlank(b.method(), 100, "method", p);
            tooLongOrBlank(b.reason(), 1000, "reason", p);
            return p;
        }, (row, f, on) -> {
            f.paidFirstAmount = b.amount();
            f.paidFirstOn = on;
            f.paidFirstBy = Actor.current().username();
            if (f.phaseFrom == null) {
                f.phaseFrom = on; // the file is completed from the pay-first
            }
            CaseOpening o = row.opening();
            var benefit = benefits.grant(new NewBenefit(o.programme(), BenefitKind.ONE_OFF, o.householdId(), null,
                    o.regionCode(), o.id(), on, YearMonth.from(on), YearMonth.from(on), b.amount(),
                    "case " + o.id() + ": pay-first (先行救助) on " + on));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("amount", b.amount());
            details.put("method", b.method().strip());
            details.put("reason", b.reason().strip());
            details.put("benefitId", benefit.id());
            return details;
        });
    }

    @Override
    public CaseViews.Case investigation(long id, CaseBodies.Investigation b) {
        return step(id, CaseAction.INVESTIGATION, b.version(), b.on(), null, row -> {
            List<FieldProblem> p = new ArrayList<>();
            Set<String> visitors = distinctNames(b.visitors());
            if (visitors.size() < 2) {
                p.add(new FieldProblem("visitors", "the visit record is signed by at least 2 staff; name each"));
            }
            if (blank(b.findings())) {
                p.add(new FieldProblem("findings", "is required"));
            }
            return p;
        }, (row, f, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("visitors", List.copyOf(distinctNames(b.visitors())));
            details.put("findings", b.findings().strip());
            return details;
        });
    }

    @Override
    public CaseViews.Case review(long id, CaseBodies.Review b) {
        return step(id, CaseAction.REVIEW, b.version(), b.on(), null, row -> blank(b.findings())
                ? List.of(new FieldProblem("findings", "say what was checked and found")) : List.of(),
                (row, f, on) -> Map.of("findings", b.findings().strip()));
    }

    @Override
    public CaseViews.Case verification(long id, CaseBodies.Verification b) {
        return step(id, CaseAction.VERIFICATION, b.version(), b.on(), null, row -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.result() == null) {
                p.add(new FieldProblem("result", "is required: CONSISTENT or DISCREPANCIES"));
            }
            if (b.result() == CaseBodies.VerificationResult.DISCREPANCIES && blank(b.note())) {
                p.add(new FieldProblem("note", "say which data differ from the declaration"));
            }
            return p;
        }, (row, f, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("result", b.result());
            details.put("note", blank(b.note()) ? null : b.note().strip());
            return details;
        });
    }

    /** A democratic appraisal is held by the village's representatives: at least three. */
    static final int APPRAISAL_MIN_PARTICIPANTS = 3;

    @Override
    public CaseViews.Case appraisal(long id, CaseBodies.Appraisal b) {
        return step(id, CaseAction.APPRAISAL, b.version(), b.on(), null, row -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.participants() == null || b.participants() < APPRAISAL_MIN_PARTICIPANTS) {
                p.add(new FieldProblem("participants", "at least " + APPRAISAL_MIN_PARTICIPANTS + " representatives"));
            }
            if (b.conclusion() == null) {
                p.add(new FieldProblem("conclusion", "is required: OBJECTION_UPHELD or OBJECTION_REJECTED"));
            }
            tooLongOrBlank(b.summary(), 2000, "summary", p);
            return p;
        }, (row, f, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("participants", b.participants());
            details.put("conclusion", b.conclusion());
            details.put("summary", b.summary().strip());
            return details;
        });
    }

    @Override
    public CaseViews.Case assessment(long id, CaseBodies.Assessment b) {
        return step(id, CaseAction.ASSESSMENT, b.version(), b.on(), null, row -> {
            if (b.severity() == null) {
                return List.of();
            }
            if (row.opening().family() != ProcedureFamily.TEMPORARY_EMERGENCY) {
                return List.of(new FieldProblem("severity", "only an emergency has a severity"));
            }
            return b.severity() < 1 || b.severity() > 3
                    ? List.of(new FieldProblem("severity", "must be 1, 2 or 3")) : List.of();
        }, (row, f, on) -> {
            if (b.severity() != null) {
                f.severity = b.severity();
            }
            CaseAssessing.Frozen frozen = assessing.assess(row.opening(), f, on);
            f.assessedOn = on;
            f.assessedEligible = frozen.eligible();
            f.assessedAmount = frozen.amount();
            f.assessmentJson = frozen.json();
            return frozen.details();
        });
    }

    @Override
    public CaseViews.Case townOpinion(long id, CaseBodies.TownOpinion b) {
        return step(id, CaseAction.TOWN_OPINION, b.version(), b.on(), null, row -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.recommendation() == null) {
                p.add(new FieldProblem("recommendation", "is required: APPROVE or REFUSE"));
            }
            if (b.recommendation() == Outcome.REFUSE && blank(b.reasons())) {
                p.add(new FieldProblem("reasons", "a recommendation to refuse gives its reasons"));
            }
            if (b.amount() != null) {
                if (row.opening().temporaryKind() == null) {
                    p.add(new FieldProblem("amount", "only temporary assistance has an amount proposed"));
                } else if (b.recommendation() == Outcome.REFUSE) {
                    p.add(new FieldProblem("amount", "a recommendation to refuse proposes no amount"));
                } else {
                    amountProblems(row, b.amount(), b.on(), b.reasons(), "amount", p);
                }
            }
            return p;
        }, (row, f, on) -> {
            f.recommendation = b.recommendation();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("recommendation", b.recommendation());
            details.put("reasons", blank(b.reasons()) ? null : b.reasons().strip());
            if (row.opening().temporaryKind() != null) {
                f.proposedAmount = b.recommendation() == Outcome.APPROVE
                        ? (b.amount() != null ? b.amount() : f.assessedAmount) : null;
                WhoDecides.Decider decider = whoDecides.temporary(row.opening().regionCode(), on, f.proposedAmount);
                f.deciderLevel = decider.level();
                f.deciderReason = decider.reason();
                details.put("amount", f.proposedAmount);
                details.put("decider", decider.level());
            }
            return details;
        });
    }

    /**
     * A temporary-assistance amount: whole yuan, more than 0, at most the county's case-by-case limit, at
     * least a pay-first already made; above the town's limit, or other than the frozen assessment's, with
     * reasons (一事一议).
     */
    private void amountProblems(CaseRow row, BigDecimal amount, LocalDate on, String reasons, String field,
                                List<FieldProblem> p) {
        WhoDecides.Limits limits = whoDecides.limits(row.opening().regionCode(), on == null ? today() : on);
        CaseFacts f = row.facts();
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
            p.add(new FieldProblem(field, "must be a whole number of yuan, more than 0"));
        } else if (limits.county() != null && amount.compareTo(limits.county()) > 0) {
            p.add(new FieldProblem(field, "above the county's case-by-case limit of " + limits.county().toPlainString()
                    + " (temporary.county_max)"));
        } else if (f.paidFirstAmount != null && amount.compareTo(f.paidFirstAmount) < 0) {
            p.add(new FieldProblem(field, "the pay-first of " + f.paidFirstAmount.toPlainString()
                    + " is part of the assistance: at least that"));
        } else if (blank(reasons) && (f.assessedAmount == null || amount.compareTo(f.assessedAmount) != 0)) {
            p.add(new FieldProblem("reasons", "an amount other than the assessed "
                    + (f.assessedAmount == null ? "(none)" : f.assessedAmount.toPlainString()) + " gives its reasons"));
        }
    }

    @Override
    public CaseViews.Case publicity(long id, CaseBodies.Publicity b) {
        return step(id, CaseAction.PUBLICITY, b.version(), b.on(), null, row -> blank(b.place())
                ? List.of(new FieldProblem("place", "say where the sheet is posted")) : List.of(), (row, f, on) -> {
            CaseOpening o = row.opening();
            HouseholdDetail h = households.get(o.householdId());
            String name = (o.personId() == null
                    ? h.members().stream().filter(m -> m.relation() == Relation.HEAD)
                    : h.members().stream().filter(m -> m.personId() == o.personId()))
                    .map(Member::name).findFirst()
                    .orElseThrow(() -> new ConflictException("the household has nobody to publish"));
            int size = json.readTree(f.assessmentJson).get("householdSize").asInt();
            f.publicityFrom = on;
            f.publicityEnds = Procedure.publicityEnds(on);
            boolean oneOff = o.temporaryKind() != null;
            return new PublicityDetails(b.place().strip(), name, size, oneOff ? null : f.assessedAmount,
                    oneOff ? f.proposedAmount : null);
        });
    }

    @Override
    public CaseViews.Case objection(long id, CaseBodies.Objection b) {
        return step(id, CaseAction.OBJECTION, b.version(), b.on(), null, row -> blank(b.summary())
                ? List.of(new FieldProblem("summary", "say what the objection is")) : List.of(), (row, f, on) -> {
            // a new investigation or an appraisal follows, then a new assessment, opinion and publicity
            f.clearForNewRound();
            f.phaseFrom = on;
            return Map.of("summary", b.summary().strip());
        });
    }

    @Override
    public CaseViews.Case decision(long id, CaseBodies.Decision b) {
        return step(id, CaseAction.DECISION, b.version(), b.on(), b.outcome(), row -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.outcome() == null) {
                p.add(new FieldProblem("outcome", "is required: APPROVE or REFUSE"));
            }
            if (b.outcome() == Outcome.REFUSE && blank(b.reasons())) {
                p.add(new FieldProblem("reasons", "a refusal gives its reasons in writing"));
            }
            boolean temporary = row.opening().temporaryKind() != null;
            if (!temporary && (b.amount() != null || b.stages() != null)) {
                p.add(new FieldProblem(b.amount() != null ? "amount" : "stages",
                        "only temporary assistance is decided with an amount and stages"));
            } else if (temporary && b.outcome() == Outcome.APPROVE) {
                BigDecimal total = total(row.facts(), b.amount());
                if (total == null) {
                    p.add(new FieldProblem("amount", "is required: nothing was proposed"));
                } else if (b.amount() != null) {
                    amountProblems(row, b.amount(), b.on(), proposedOrReasons(row.facts(), b), "amount", p);
                }
                if (total != null && p.isEmpty()) {
                    stageProblems(row.facts(), b.stages(), total, b.on() == null ? today() : b.on(), p);
                }
            } else if (temporary && (b.amount() != null || b.stages() != null)) {
                p.add(new FieldProblem(b.amount() != null ? "amount" : "stages", "a refusal pays nothing"));
            }
            return p;
        }, (row, f, on) -> decide(row, f, on, b));
    }

    /** A decided amount equal to the town's proposal needs no reasons of its own; the proposal gave them. */
    private static String proposedOrReasons(CaseFacts f, CaseBodies.Decision b) {
        if (!blank(b.reasons())) {
            return b.reasons();
        }
        return f.proposedAmount != null && b.amount().compareTo(f.proposedAmount) == 0 ? "as proposed" : null;
    }

    private static BigDecimal total(CaseFacts f, BigDecimal given) {
        return given != null ? given : f.proposedAmount != null ? f.proposedAmount : f.assessedAmount;
    }

    private static void stageProblems(CaseFacts f, List<CaseBodies.Stage> stages, BigDecimal total, LocalDate on,
                                      List<FieldProblem> p) {
        BigDecimal rest = total.subtract(f.paidFirstAmount == null ? BigDecimal.ZERO : f.paidFirstAmount);
        if (stages == null) {
            return; // one payment of the rest in the decision's month
        }
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            p.add(new FieldProblem("stages", "from 1 to " + MAX_STAGES + " payments, or leave it out for one"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        YearMonth previous = YearMonth.from(on).minusMonths(1);
        for (int i = 0; i < stages.size(); i++) {
            CaseBodies.Stage s = stages.get(i);
            if (s == null || s.month() == null) {
                p.add(new FieldProblem("stages[" + i + "].month", "is required"));
            } else if (!s.month().isAfter(previous)) {
                p.add(new FieldProblem("stages[" + i + "].month", "months run from the decision's month, one stage "
                        + "a month, in order"));
            } else {
                previous = s.month();
            }
            if (s == null || s.amount() == null || s.amount().signum() <= 0 || s.amount().stripTrailingZeros().scale() > 0) {
                p.add(new FieldProblem("stages[" + i + "].amount", "must be a whole number of yuan, more than 0"));
            } else {
                sum = sum.add(s.amount());
            }
        }
        if (p.isEmpty() && sum.compareTo(rest) != 0) {
            p.add(new FieldProblem("stages", "the stages add up to " + sum.toPlainString() + ", not "
                    + rest.toPlainString() + " (the amount less the pay-first)"));
        }
    }

    /** The decision's effect: the facts, the benefits in force it grants (one transaction), the timeline's record. */
    private Map<String, Object> decide(CaseRow row, CaseFacts f, LocalDate on, CaseBodies.Decision b) {
        CaseOpening o = row.opening();
        Actor actor = Actor.current();
        f.outcome = b.outcome();
        f.decidedOn = on;
        f.decidedBy = actor.username();
        f.decisionReasons = blank(b.reasons()) ? null : b.reasons().strip();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", f.outcome);
        List<Long> granted = new ArrayList<>();
        if (o.family() == ProcedureFamily.MEDICAL) {
            CaseStore.BillRow stored = store.bill(o.id()).orElseThrow();
            if (b.outcome() == Outcome.APPROVE) {
                CaseAssessing.BillFigures bill = assessing.billFigures(f.assessmentJson);
                CaseStore.YearUsed now = store.yearUsed(stored.personId(), stored.year());
                if (!sameYear(now, bill.yearBefore())) {
                    throw new StepRefused(f.state, Procedures.of(o.family()).actionsIn(f.state, o.programme()), "another bill of this "
                            + "person in " + stored.year() + " was approved after this one was assessed: assess it again");
                }
                f.decidedAmount = bill.total();
                store.approveBill(o.id(), bill.deductibleUsed(), bill.regular(), bill.extra(),
                        stored.outOfPocket().subtract(bill.regular()));
                if (bill.total().signum() > 0) {
                    granted.add(grant(o, BenefitKind.ONE_OFF, o.personId(), on, YearMonth.from(on), YearMonth.from(on),
                            bill.total(), "medical bill " + stored.reference()));
                }
                details.put("amount", bill.total());
            } else {
                store.releaseBill(o.id());
            }
        } else if (o.temporaryKind() != null) {
            if (b.outcome() == Outcome.APPROVE) {
                BigDecimal total = total(f, b.amount());
                WhoDecides.Decider decider = whoDecides.temporary(o.regionCode(), on, total);
                if (decider.level() == DeciderLevel.COUNTY && !actor.has(Role.COUNTY_OFFICER)) {
                    throw new DeciderRefused(decider.reason());
                }
                if (decider.level() == DeciderLevel.COUNTY) {
                    f.deciderLevel = decider.level();
                    f.deciderReason = decider.reason();
                }
                f.decidedAmount = total;
                List<CaseViews.Stage> stages = new ArrayList<>();
                if (f.paidFirstAmount != null) {
                    stages.add(new CaseViews.Stage(YearMonth.from(f.paidFirstOn).toString(), f.paidFirstAmount, true));
                }
                BigDecimal rest = total.subtract(f.paidFirstAmount == null ? BigDecimal.ZERO : f.paidFirstAmount);
                List<CaseBodies.Stage> asked = b.stages() != null ? b.stages() : rest.signum() > 0
                        ? List.of(new CaseBodies.Stage(YearMonth.from(on), rest)) : List.of();
                for (CaseBodies.Stage s : asked) {
                    granted.add(grant(o, BenefitKind.ONE_OFF, null, on, s.month(), s.month(), s.amount(),
                            "stage " + s.month() + " of " + total.toPlainString()));
                    stages.add(new CaseViews.Stage(s.month().toString(), s.amount(), false));
                }
                f.stagesJson = json.writeValueAsString(stages);
                details.put("amount", total);
                details.put("stages", stages);
            } else if (f.paidFirstAmount != null) {
                // the pay-first was paid on the facts known in the emergency; recovering it is another procedure
                details.put("payFirstKept", f.paidFirstAmount);
            }
        } else if (b.outcome() == Outcome.APPROVE) {
            YearMonth start = YearMonth.from(on).plusMonths(1);
            f.startMonth = start.toString();
            if (Programme.valueOf(o.programme()) == Programme.EXPENDITURE_HARDSHIP) {
                // a status valid 12 months (DOMAIN.md §2.7): a benefit of 0 that ends, so that medical assistance
                // and reviews read it like any other (decision 0018)
                YearMonth until = start.plusMonths(11);
                f.untilMonth = until.toString();
                f.decidedAmount = BigDecimal.ZERO;
                granted.add(grant(o, BenefitKind.MONTHLY, null, on, start, until, BigDecimal.ZERO,
                        "刚性支出困难 status until " + until));
            } else {
                f.decidedAmount = f.assessedAmount;
                granted.add(grant(o, BenefitKind.MONTHLY, o.personId(), on, start, null, f.decidedAmount,
                        "decided on " + on));
            }
            details.put("monthlyAmount", f.decidedAmount);
            details.put("startMonth", f.startMonth);
            details.put("untilMonth", f.untilMonth);
        }
        details.put("reasons", f.decisionReasons);
        details.put("benefits", granted);
        return details;
    }

    private static boolean sameYear(CaseStore.YearUsed a, CaseStore.YearUsed b) {
        return a.bills() == b.bills() && a.deductibleUsed().compareTo(b.deductibleUsed()) == 0
                && a.regular().compareTo(b.regular()) == 0 && a.extra().compareTo(b.extra()) == 0
                && a.borne().compareTo(b.borne()) == 0;
    }

    /** The decision and the benefit in force that payrolls read are one transaction. */
    private long grant(CaseOpening o, BenefitKind kind, Long personId, LocalDate on, YearMonth from, YearMonth to,
                       BigDecimal amount, String what) {
        return benefits.grant(new NewBenefit(o.programme(), kind, o.householdId(), personId, o.regionCode(), o.id(), on,
                from, to, amount, "case " + o.id() + ": " + what)).id();
    }

    @Override
    public CaseViews.Case notification(long id, CaseBodies.Notification b) {
        return step(id, CaseAction.NOTIFICATION, b.version(), b.on(), null, row -> blank(b.method())
                ? List.of(new FieldProblem("method", "say how the household was told")) : List.of(),
                (row, f, on) -> Map.of("method", b.method().strip()));
    }

    // ---- the template of every step

    interface Effect {
        /** Changes the case's facts for a step on {@code on}; answers what the timeline records. */
        Object apply(CaseRow row, CaseFacts facts, LocalDate on);
    }

    private CaseViews.Case step(long id, CaseAction action, Integer version, LocalDate givenOn, Outcome outcome,
                                Function<CaseRow, List<FieldProblem>> input, Effect effect) {
        Actor actor = Actor.current();
        if (Procedures.all().stream().noneMatch(p -> p.mayTake(actor.roles(), action))) {
            throw new AccessDeniedException(action + " is not for " + actor.roles());
        }
        RegionScope scope = RegionScope.of(actor.regionCode());
        CaseRow row = find(id, scope);
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the case you are acting on");
        }
        if (version != row.version()) {
            throw new ConflictException("case " + id + " has changed since version " + version + " (now "
                    + row.version() + ", " + row.facts().state + "): reload it and decide again");
        }
        CaseOpening o = row.opening();
        Procedure procedure = Procedures.of(o.family());
        if (procedure.has(action) && !procedure.mayTake(actor.roles(), action)) {
            if (action == CaseAction.DECISION) {
                throw new DeciderRefused("a " + o.programme() + " case is decided by " + procedure.roles(action));
            }
            throw new AccessDeniedException(action + " of a " + o.programme() + " case is not for " + actor.roles());
        }
        LocalDate today = today();
        LocalDate on = givenOn == null ? today : givenOn;
        CaseFile file = row.file(store.investigators(id));
        Transition t = procedure.check(file, action, on, outcome);
        List<FieldProblem> problems = new ArrayList<>(input.apply(row));
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", "must not be in the future"));
        } else if (on.isBefore(row.facts().lastStepOn)) {
            problems.add(new FieldProblem("on", "must not be before the case's last step, on " + row.facts().lastStepOn));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (action == CaseAction.DECISION) {
            procedure.checkDecider(file, actor.username(), actor.roles());
            attention.requireMayDecide(id, o.householdId(), o.receivedOn(), row.facts().state,
                    procedure.actionsIn(row.facts().state, o.programme()));
        }
        CaseFacts f = row.facts().copy();
        CaseState before = f.state;
        Object details = effect.apply(row, f, on);
        f.state = t.to();
        f.lastStepOn = on;
        if (!f.state.open()) {
            f.openKey = null;
        }
        dueDates(o, f);
        Instant now = clock.instant();
        try {
            if (!store.update(id, f, now, version, scope)) {
                throw concurrent(id);
            }
        } catch (ConcurrencyFailureException e) {
            throw concurrent(id);
        }
        store.insertStep(id, new CaseStore.StepRow(0, action, before, t.to(), on, row.facts().dueOn, actor.username(),
                now, json.writeValueAsString(details)));
        CaseViews.Case view = get(id);
        Map<String, Object> auditBefore = new LinkedHashMap<>();
        auditBefore.put("state", before);
        auditBefore.put("version", row.version());
        auditBefore.put("dueOn", row.facts().dueOn);
        audit.recordWrite("case." + action.path(), "case", Long.toString(id), o.regionCode(), auditBefore,
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

    private static void tooLongOrBlank(String s, int max, String field, List<FieldProblem> p) {
        if (blank(s)) {
            p.add(new FieldProblem(field, "is required"));
        } else if (s.strip().length() > max) {
            p.add(new FieldProblem(field, "at most " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static final TypeReference<List<CaseViews.Stage>> STAGES = new TypeReference<>() {
    };
}

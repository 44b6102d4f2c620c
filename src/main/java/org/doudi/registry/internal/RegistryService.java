package org.doudi.registry.internal;

import static org.doudi.registry.internal.FormReader.blank;
import static org.doudi.registry.internal.FormReader.path;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doudi.audit.AuditLog;
import org.doudi.region.Region;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.registry.Asset;
import org.doudi.registry.BankAccount;
import org.doudi.registry.AssetForm;
import org.doudi.registry.Disability;
import org.doudi.registry.DisabilityForm;
import org.doudi.registry.Expense;
import org.doudi.registry.ExpenseForm;
import org.doudi.registry.FactEnd;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.HouseholdChange;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.HouseholdForm;
import org.doudi.registry.HouseholdSearch;
import org.doudi.registry.HouseholdSummary;
import org.doudi.registry.Households;
import org.doudi.registry.IdNumber;
import org.doudi.registry.IncomeForm;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.Member;
import org.doudi.registry.MemberChange;
import org.doudi.registry.MemberForm;
import org.doudi.registry.MemberIdIndex;
import org.doudi.registry.MemberRemoval;
import org.doudi.registry.Membership;
import org.doudi.registry.Page;
import org.doudi.registry.Permissions;
import org.doudi.registry.PersonDied;
import org.doudi.registry.PayeeHousehold;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactForm;
import org.doudi.registry.PersonLocation;
import org.doudi.registry.Relation;
import org.doudi.registry.internal.FormRules.AssetDraft;
import org.doudi.registry.internal.FormRules.DisabilityDraft;
import org.doudi.registry.internal.FormRules.ExpenseDraft;
import org.doudi.registry.internal.FormRules.FactDraft;
import org.doudi.registry.internal.FormRules.HouseholdDraft;
import org.doudi.registry.internal.FormRules.IncomeDraft;
import org.doudi.registry.internal.FormRules.MemberChangeDraft;
import org.doudi.registry.internal.FormRules.MemberDraft;
import org.doudi.registry.internal.FormRules.Span;
import org.doudi.registry.internal.PersonRows.Registered;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's use cases, each in one transaction and in the same order: the role (403), the
 * form's own rules (collected), the household in the actor's region (404), the rules that need the
 * database (collected), then — only when no problem was found — the writes and their audit record.
 */
@Service
@Transactional
class RegistryService implements Households {

    private static final int MAX_PAGE_SIZE = 200;
    private static final String REGISTERED_ELSEWHERE = "is already registered in another household";

    private final HouseholdViews views;
    private final HouseholdRows households;
    private final PersonRows people;
    private final Regions regions;
    private final PayeeRows payees;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryService(HouseholdViews views, HouseholdRows households, PersonRows people, Regions regions,
                    PayeeRows payees, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.views = views;
        this.households = households;
        this.people = people;
        this.regions = regions;
        this.payees = payees;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Permissions permissions() {
        return RegistryAccess.permissions(Actor.current());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<HouseholdSummary> search(HouseholdSearch search, int page, int size) {
        RegionScope scope = RegistryAccess.readScope();
        FormReader r = new FormReader();
        if (page < 0) {
            r.problem("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            r.problem("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        RegionScope region = null;
        if (!blank(search.region())) {
            if (RegionCodes.isValid(search.region().strip())) {
                region = RegionScope.of(search.region().strip());
            } else {
                r.problem("region", "must be a 12-digit region code");
            }
        }
        String idHash = null;
        if (!blank(search.idNumber())) {
            try {
                idHash = people.blindIndex(IdNumber.parse(search.idNumber(), today()));
            } catch (IdNumber.InvalidIdNumber e) {
                r.problem("idNumber", e.getMessage());
            }
        }
        HouseholdViews.Criteria criteria = new HouseholdViews.Criteria(region,
                r.optionalText("name", search.name(), 50), idHash,
                r.optionalEnum("category", search.category(), HouseholdCategory.class));
        r.refuseIfAny();
        return views.search(scope, criteria, page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonLocation> locate(Collection<String> idNumberHashes) {
        return people.locate(idNumberHashes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonLocation> locateMembers(long householdId) {
        RegionScope scope = RegistryAccess.readScope();
        households.regionOf(householdId, scope).orElseThrow(() -> householdNotFound(householdId));
        return people.locateMembers(householdId, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public HouseholdDetail get(long householdId) {
        return views.detail(householdId, RegistryAccess.readScope()).orElseThrow(() -> householdNotFound(householdId));
    }

    @Override
    public HouseholdDetail create(HouseholdForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        String ownRegion = Actor.current().regionCode();
        FormReader r = new FormReader();
        HouseholdDraft household = FormRules.household(form,
                RegionLevel.of(ownRegion) == RegionLevel.VILLAGE ? ownRegion : null, r);
        checkHouseholdRegion(household.regionCode(), scope, r);
        List<MemberDraft> members = FormRules.newMembers(form.members(), today(), r);
        List<AssetDraft> assets = FormRules.assets(form.assets(), r);
        Map<MemberDraft, Registered> rejoining = new LinkedHashMap<>();
        Map<String, Registered> registered = registeredUnder(members);
        for (MemberDraft m : members) {
            Registered known = m.idNumber() == null ? null : registered.get(people.blindIndex(m.idNumber()));
            if (known == null) {
                continue;
            }
            if (known.householdId() != null) {
                r.problem(path(m.path(), "idNumber"), scope.contains(known.regionCode())
                        ? "is already registered in household " + known.householdId()
                        + "; add them there as a member of this one after creating it"
                        : REGISTERED_ELSEWHERE);
            } else if (checkRejoining(m, known, scope, r)) {
                rejoining.put(m, known);
            }
        }
        r.refuseIfAny();

        Instant now = clock.instant();
        long householdId = households.insert(household, now);
        for (MemberDraft m : members) {
            Registered known = rejoining.get(m);
            long personId;
            if (known == null) {
                personId = people.insert(m, householdId, household.regionCode());
            } else {
                personId = known.personId();
                people.join(personId, householdId, m.relation(), household.regionCode(), m.since(), scope);
            }
            insertFacts(personId, m);
        }
        assets.forEach(a -> households.insertAsset(householdId, a));
        HouseholdDetail after = views.detail(householdId, scope).orElseThrow();
        audit.recordWrite("household.create", "household", Long.toString(householdId), after.regionCode(), null,
                after);
        return after;
    }

    @Override
    public HouseholdDetail update(long householdId, HouseholdChange change) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        HouseholdDetail before = views.detail(householdId, scope).orElseThrow(() -> householdNotFound(householdId));
        HouseholdDraft draft = FormRules.householdChange(change, before.regionCode(), r);
        if (!before.regionCode().equals(draft.regionCode())) {
            checkHouseholdRegion(draft.regionCode(), scope, r);
        }
        r.refuseIfAny();
        if (!households.update(householdId, change.version(), draft, scope, clock.instant())) {
            throw new ConflictException("household " + householdId + " was changed by someone else (now version "
                    + before.version() + ", the change was based on " + change.version() + "); reload and try again");
        }
        HouseholdDetail after = views.detail(householdId, scope).orElseThrow();
        audit.recordWrite("household.update", "household", Long.toString(householdId), after.regionCode(), before,
                after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> members(long householdId) {
        RegionScope scope = RegistryAccess.readScope();
        households.regionOf(householdId, scope).orElseThrow(() -> householdNotFound(householdId));
        return views.members(householdId, null, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberIdIndex> memberIdIndexes(long householdId, LocalDate since) {
        RegionScope scope = RegistryAccess.readScope();
        households.regionOf(householdId, scope).orElseThrow(() -> householdNotFound(householdId));
        return views.memberIdIndexes(householdId, since, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<Member>> membersOf(Collection<Long> householdIds) {
        return views.membersOf(List.copyOf(new LinkedHashSet<>(householdIds)), null,
                RegistryAccess.readScope());
    }

    @Override
    @Transactional(readOnly = true)
    public Member member(long householdId, long personId) {
        return views.member(householdId, personId, RegistryAccess.readScope())
                .orElseThrow(() -> memberNotFound(householdId, personId));
    }

    @Override
    public Member addMember(long householdId, MemberForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        MemberDraft m = FormRules.member("", form, today(), r);
        String region = touch(householdId, scope);
        if (m.relation() == Relation.HEAD) {
            checkNoOtherHead(householdId, null, scope, r);
        }
        Registered known = m.idNumber() == null ? null
                : registeredUnder(List.of(m)).get(people.blindIndex(m.idNumber()));
        Long movingFrom = null;
        if (known != null && Objects.equals(known.householdId(), householdId)) {
            r.problem("idNumber", "is already a member of this household");
        } else if (known != null && known.householdId() != null) {
            if (households.regionOf(known.householdId(), scope).isEmpty()) {
                r.problem("idNumber", REGISTERED_ELSEWHERE + ", outside your region: it must be removed there first");
            } else if (checkRejoining(m, known, scope, r)) {
                movingFrom = known.householdId();
            }
        } else if (known != null) {
            checkRejoining(m, known, scope, r);
        }
        if (known != null && m.bankAccount() != null) {
            r.problem("bankAccount", "this person is already registered: change their account after adding them");
        }
        r.refuseIfAny();

        long personId;
        if (known == null) {
            personId = people.insert(m, householdId, region);
            insertFacts(personId, m);
            Member after = views.member(householdId, personId, scope).orElseThrow();
            audit.recordWrite("member.add", "person", Long.toString(personId), region, null, after);
            return after;
        }
        personId = known.personId();
        Map<String, Object> before = null;
        if (movingFrom != null) {
            households.touch(movingFrom, scope, clock.instant());
            before = Map.of("householdId", movingFrom,
                    "member", views.member(movingFrom, personId, scope).orElseThrow());
            people.leave(personId, movingFrom, m.since(),
                    m.reason() == null ? "moved to household " + householdId : m.reason(), scope);
        }
        people.join(personId, householdId, m.relation(), region, m.since(), scope);
        insertFacts(personId, m);
        Member after = views.member(householdId, personId, scope).orElseThrow();
        audit.recordWrite(movingFrom == null ? "member.add" : "member.move", "person", Long.toString(personId), region,
                before, Map.of("householdId", householdId, "member", after));
        return after;
    }

    @Override
    public Member updateMember(long householdId, long personId, MemberChange change) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        MemberChangeDraft draft = FormRules.memberChange(change, today(), r);
        String region = touch(householdId, scope);
        Member before = views.member(householdId, personId, scope)
                .orElseThrow(() -> memberNotFound(householdId, personId));
        if (draft.relation() == Relation.HEAD) {
            checkNoOtherHead(householdId, personId, scope, r);
        }
        if (draft.diedOn() != null && draft.diedOn().isBefore(before.birthDate())) {
            r.problem("diedOn", "must not be before the birth date (" + before.birthDate() + ")");
        }
        r.refuseIfAny();
        if (!people.update(householdId, personId, draft, scope)) {
            throw new ConflictException("member " + personId + " was changed by someone else (now version "
                    + before.version() + ", the change was based on " + change.version() + "); reload and try again");
        }
        Member after = views.member(householdId, personId, scope).orElseThrow();
        audit.recordWrite("member.update", "person", Long.toString(personId), region, before, after);
        if (before.diedOn() == null && after.diedOn() != null) {
            // in this transaction: what other modules do on a death (stop benefits) stands or falls with it
            events.publishEvent(new PersonDied(personId, householdId, after.diedOn(), region));
        }
        return after;
    }

    @Override
    public void removeMember(long householdId, long personId, MemberRemoval removal) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        LocalDate on = r.optionalDate("on", removal.on());
        String reason = r.requiredText("reason", removal.reason(), 200);
        String region = touch(householdId, scope);
        Member before = views.member(householdId, personId, scope)
                .orElseThrow(() -> memberNotFound(householdId, personId));
        LocalDate leftOn = on == null ? today() : on;
        if (leftOn.isAfter(today())) {
            r.problem("on", "must not be in the future");
        } else if (before.since() != null && leftOn.isBefore(before.since())) {
            r.problem("on", "must not be before they joined (" + before.since() + ")");
        }
        r.refuseIfAny();
        people.leave(personId, householdId, leftOn, reason, scope);
        audit.recordWrite("member.remove", "person", Long.toString(personId), region, before,
                new Membership(personId, before.name(), before.relation(), before.since(), leftOn, reason));
    }

    @Override
    public String revealIdNumber(long householdId, long personId) {
        RegionScope scope = RegistryAccess.revealScope();
        String region = households.regionOf(householdId, scope).orElseThrow(() -> householdNotFound(householdId));
        String id = people.idNumber(householdId, personId, scope)
                .orElseThrow(() -> memberNotFound(householdId, personId));
        audit.recordRead("person", Long.toString(personId), region,
                "idNumber of member " + personId + " of household " + householdId);
        return id;
    }

    @Override
    public IncomeItem addIncome(long householdId, long personId, IncomeForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        IncomeDraft draft = FormRules.income("", form, r);
        String region = touchMember(householdId, personId, scope);
        r.refuseIfAny();
        long id = people.insertIncome(personId, draft);
        IncomeItem after = views.income(householdId, personId, id, scope).orElseThrow();
        audit.recordWrite("income.add", "income_item", Long.toString(id), region, null, after);
        return after;
    }

    @Override
    public IncomeItem endIncome(long householdId, long personId, long incomeId, FactEnd end) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        YearMonth to = r.requiredMonth("to", end == null ? null : end.to());
        String region = touchMember(householdId, personId, scope);
        IncomeItem before = views.income(householdId, personId, incomeId, scope)
                .orElseThrow(() -> new NotFoundException("income item " + incomeId));
        requireOpen("income item", incomeId, before.to());
        r.endNotBeforeStart("to", before.from(), to);
        r.refuseIfAny();
        people.endIncome(personId, incomeId, to, scope);
        IncomeItem after = views.income(householdId, personId, incomeId, scope).orElseThrow();
        audit.recordWrite("income.end", "income_item", Long.toString(incomeId), region, before, after);
        return after;
    }

    @Override
    public Disability addDisability(long householdId, long personId, DisabilityForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        DisabilityDraft draft = FormRules.disability("", form, r);
        String region = touchMember(householdId, personId, scope);
        FormRules.noOverlap(draft.span(), people.spans(personId, scope), r);
        r.refuseIfAny();
        long id = people.insertDisability(personId, draft);
        Disability after = views.disability(householdId, personId, id, scope).orElseThrow();
        audit.recordWrite("disability.add", "disability", Long.toString(id), region, null, after);
        return after;
    }

    @Override
    public Disability endDisability(long householdId, long personId, long disabilityId, FactEnd end) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        LocalDate to = r.requiredDate("to", end == null ? null : end.to());
        String region = touchMember(householdId, personId, scope);
        Disability before = views.disability(householdId, personId, disabilityId, scope)
                .orElseThrow(() -> new NotFoundException("disability " + disabilityId));
        requireOpen("disability", disabilityId, before.to());
        r.endNotBeforeStart("to", before.from(), to);
        r.refuseIfAny();
        people.endDisability(personId, disabilityId, to, scope);
        Disability after = views.disability(householdId, personId, disabilityId, scope).orElseThrow();
        audit.recordWrite("disability.end", "disability", Long.toString(disabilityId), region, before, after);
        return after;
    }

    @Override
    public PersonFact addFact(long householdId, long personId, PersonFactForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        FactDraft draft = FormRules.fact("", form, r);
        String region = touchMember(householdId, personId, scope);
        FormRules.noOverlap(draft.span(), people.spans(personId, scope), r);
        r.refuseIfAny();
        long id = people.insertFact(personId, draft);
        PersonFact after = views.fact(householdId, personId, id, scope).orElseThrow();
        audit.recordWrite("fact.add", "person_fact", Long.toString(id), region, null, after);
        return after;
    }

    @Override
    public PersonFact endFact(long householdId, long personId, long factId, FactEnd end) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        LocalDate to = r.requiredDate("to", end == null ? null : end.to());
        String region = touchMember(householdId, personId, scope);
        PersonFact before = views.fact(householdId, personId, factId, scope)
                .orElseThrow(() -> new NotFoundException("fact " + factId));
        requireOpen("fact", factId, before.to());
        r.endNotBeforeStart("to", before.from(), to);
        r.refuseIfAny();
        people.endFact(personId, factId, to, scope);
        PersonFact after = views.fact(householdId, personId, factId, scope).orElseThrow();
        audit.recordWrite("fact.end", "person_fact", Long.toString(factId), region, before, after);
        return after;
    }

    @Override
    public Asset addAsset(long householdId, AssetForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        AssetDraft draft = FormRules.asset("", form, r);
        String region = touch(householdId, scope);
        r.refuseIfAny();
        long id = households.insertAsset(householdId, draft);
        Asset after = views.assets(householdId, id, scope).get(0);
        audit.recordWrite("asset.add", "household_asset", Long.toString(id), region, null, after);
        return after;
    }

    @Override
    public Asset endAsset(long householdId, long assetId, FactEnd end) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        LocalDate to = r.requiredDate("to", end == null ? null : end.to());
        String region = touch(householdId, scope);
        Asset before = views.assets(householdId, assetId, scope).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("asset " + assetId));
        requireOpen("asset", assetId, before.to());
        r.endNotBeforeStart("to", before.from(), to);
        r.refuseIfAny();
        households.endAsset(householdId, assetId, to, scope);
        Asset after = views.assets(householdId, assetId, scope).get(0);
        audit.recordWrite("asset.end", "household_asset", Long.toString(assetId), region, before, after);
        return after;
    }

    @Override
    public Expense addExpense(long householdId, ExpenseForm form) {
        RegionScope scope = RegistryAccess.writeScope();
        FormReader r = new FormReader();
        ExpenseDraft draft = FormRules.expense(form, r);
        String region = touch(householdId, scope);
        if (draft.personId() != null && views.member(householdId, draft.personId(), scope).isEmpty()) {
            r.problem("personId", "must be the id of a current member of this household");
        }
        r.refuseIfAny();
        long id = households.insertExpense(householdId, draft);
        Expense after = views.expenses(householdId, id, scope).get(0);
        audit.recordWrite("expense.add", "household_expense", Long.toString(id), region, null, after);
        return after;
    }

    /** Locks the household for this write (raising its version); 404 when it is not in the actor's region. */
    private String touch(long householdId, RegionScope scope) {
        return households.touch(householdId, scope, clock.instant())
                .orElseThrow(() -> householdNotFound(householdId));
    }

    private String touchMember(long householdId, long personId, RegionScope scope) {
        String region = touch(householdId, scope);
        views.member(householdId, personId, scope).orElseThrow(() -> memberNotFound(householdId, personId));
        return region;
    }

    private void insertFacts(long personId, MemberDraft m) {
        m.incomes().forEach(i -> people.insertIncome(personId, i));
        m.disabilities().forEach(d -> people.insertDisability(personId, d));
        m.facts().forEach(f -> people.insertFact(personId, f));
    }

    private Map<String, Registered> registeredUnder(List<MemberDraft> members) {
        List<String> hashes = members.stream().map(MemberDraft::idNumber).filter(Objects::nonNull)
                .map(people::blindIndex).toList();
        return people.registered(hashes).stream()
                .collect(Collectors.toMap(Registered::idNumberHash, Function.identity()));
    }

    /**
     * Whether a person already registered may join (or move to) a household of this actor: they must
     * be in the actor's region, the name must be the registered one (a mistyped ID number must not
     * pull someone else's file), and the facts given must not overlap the ones on file.
     */
    private boolean checkRejoining(MemberDraft m, Registered known, RegionScope scope, FormReader r) {
        if (!scope.contains(known.regionCode())) {
            r.problem(path(m.path(), "idNumber"), REGISTERED_ELSEWHERE + ", outside your region");
            return false;
        }
        if (m.name() != null && !m.name().equals(known.name())) {
            r.problem(path(m.path(), "name"), "is not the name registered with this ID number");
            return false;
        }
        people.lastMembershipChange(known.personId(), scope)
                .filter(last -> m.since() != null && m.since().isBefore(last))
                .ifPresent(last -> r.problem(path(m.path(), "since"), "must not be before " + last
                        + ", when they last joined or left a household"));
        List<Span> taken = new ArrayList<>(people.spans(known.personId(), scope));
        m.disabilities().forEach(d -> FormRules.noOverlap(d.span(), taken, r));
        m.facts().forEach(f -> FormRules.noOverlap(f.span(), taken, r));
        return true;
    }

    private void checkNoOtherHead(long householdId, Long personId, RegionScope scope, FormReader r) {
        views.members(householdId, null, scope).stream()
                .filter(o -> o.relation() == Relation.HEAD && !Objects.equals(o.personId(), personId))
                .findFirst()
                .ifPresent(head -> r.problem("relation", "the household already has a head (" + head.name()
                        + "); change that member's relation first"));
    }

    private void checkHouseholdRegion(String code, RegionScope scope, FormReader r) {
        if (code == null) {
            return;
        }
        if (!RegionCodes.isValid(code)) {
            r.problem("regionCode", "must be a 12-digit region code");
        } else if (!scope.contains(code)) {
            r.problem("regionCode", "must be inside your own region (" + scope.code() + ")");
        } else {
            Region region = regions.find(code).orElse(null);
            if (region == null) {
                r.problem("regionCode", "is not a known region");
            } else if (region.level() != RegionLevel.VILLAGE) {
                r.problem("regionCode", "must be a village or community: a household is registered where it lives");
            }
        }
    }

    private static void requireOpen(String what, long id, Object to) {
        if (to != null) {
            throw new ConflictException(what + " " + id + " has already ended (" + to + ")");
        }
    }

    private LocalDate today() {
        return Today.in(clock);
    }

    private static NotFoundException householdNotFound(long householdId) {
        return new NotFoundException("household " + householdId);
    }

    private static NotFoundException memberNotFound(long householdId, long personId) {
        return new NotFoundException("member " + personId + " of household " + householdId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PayeeHousehold> payees(Collection<Long> householdIds) {
        return householdIds.isEmpty() ? List.of() : payees.payees(householdIds, RegistryAccess.readScope());
    }

    @Override
    @Transactional
    public Map<Long, BankAccount> bankAccounts(Collection<Long> personIds, String purpose) {
        RegionScope scope = RegistryAccess.revealScope();
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BankAccount> accounts = payees.bankAccounts(personIds, scope);
        // one record per call, not per person: a bank file of a million lines is one read of a million accounts
        audit.recordRead("person", "bank-accounts", scope.code(),
                "full bank accounts of " + accounts.size() + " people for " + purpose);
        return accounts;
    }
}

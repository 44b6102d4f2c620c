package org.doudi.casework.internal.integrity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.casework.RelativesRegister;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.registry.IdNumber;
import org.doudi.shared.Today;
import org.doudi.shared.pii.Masking;
import org.doudi.shared.pii.PiiProtector;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relatives register's use cases, each one transaction: the role (403), the registration inside the
 * actor's region and visible to them (404), the version (409), the input (400, every field at once), then
 * the write and its audit record (ID numbers masked).
 */
@Service
@Transactional
class RelativeService implements RelativesRegister {

    /** Staff who register their own relatives: those who take part in casework (DOMAIN.md §1.2). */
    static final Set<Role> STAFF = EnumSet.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER, Role.TOWN_APPROVER,
            Role.COUNTY_OFFICER);
    /** Who read the whole register of their region; everyone else reads their own registrations. */
    static final Set<Role> OVERSEERS = EnumSet.of(Role.COUNTY_OFFICER, Role.CITY_SUPERVISOR, Role.ADMINISTRATOR);
    static final int MAX_PAGE_SIZE = 200;

    private final RelativeStore store;
    private final Regions regions;
    private final PiiProtector pii;
    private final AuditLog audit;
    private final Clock clock;

    RelativeService(RelativeStore store, Regions regions, PiiProtector pii, AuditLog audit, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.pii = pii;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Registration register(NewRegistration b) {
        Actor actor = Actor.current();
        CommitteeMember member = b.committeeMember();
        if (member == null ? !actor.roles().stream().anyMatch(STAFF::contains) : !actor.has(Role.COUNTY_OFFICER)) {
            throw new AccessDeniedException(member == null
                    ? "only staff taking part in casework register their relatives"
                    : "village-committee members' relatives are registered by the county");
        }
        LocalDate today = today();
        List<FieldProblem> p = new ArrayList<>();
        String staffName;
        String staffRole;
        String region;
        String staffKey;
        if (member == null) {
            staffName = displayName(actor);
            staffRole = actor.roles().stream().filter(STAFF::contains).sorted().findFirst().orElseThrow().name();
            region = actor.regionCode();
            staffKey = "user:" + actor.username();
        } else {
            staffName = text(p, "committeeMember.name", member.name(), 50, true);
            if (member.post() == null) {
                p.add(new FieldProblem("committeeMember.post", "is required: CHAIR, VICE_CHAIR or MEMBER"));
            }
            staffRole = member.post() == null ? null : member.post().name();
            region = member.villageCode() == null ? null : member.villageCode().strip();
            if (region == null || region.isEmpty()) {
                p.add(new FieldProblem("committeeMember.villageCode", "is required"));
            } else if (!isVillageOf(region, actor)) {
                p.add(new FieldProblem("committeeMember.villageCode", "must be the code of a village of your county"));
            }
            staffKey = "member:" + region + ":" + staffName;
        }
        String name = text(p, "name", b.name(), 50, true);
        IdNumber id = null;
        if (b.idNumber() == null || b.idNumber().isBlank()) {
            p.add(new FieldProblem("idNumber", "is required"));
        } else {
            try {
                id = IdNumber.parse(b.idNumber(), today);
            } catch (IdNumber.InvalidIdNumber e) {
                p.add(new FieldProblem("idNumber", e.getMessage()));
            }
        }
        if (b.relation() == null) {
            p.add(new FieldProblem("relation", "is required: SELF, SPOUSE, PARENT, CHILD, SIBLING, GRANDPARENT, "
                    + "GRANDCHILD or OTHER"));
        }
        String note = text(p, "relationNote", b.relationNote(), 100, b.relation() == Kinship.OTHER);
        LocalDate on = b.registeredOn() == null ? today : b.registeredOn();
        if (on.isAfter(today)) {
            p.add(new FieldProblem("registeredOn", "must not be in the future"));
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        Instant now = clock.instant();
        RelativeRow row = new RelativeRow(0, member == null ? StaffKind.USER : StaffKind.COMMITTEE_MEMBER,
                member == null ? actor.username() : null, staffName, staffRole, region, name,
                pii.blindIndex(id.value()), Masking.idNumber(id.value()), b.relation(), note, on, null, null,
                actor.username(), now, 0);
        long newId;
        try {
            newId = store.insert(row, staffKey, pii.encrypt(id.value()), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("this person is already registered as a relative of " + staffName
                    + " and the registration is in force");
        }
        Registration view = get(newId);
        audit.recordWrite("relative.register", "relative_registration", Long.toString(newId), region, null, view);
        return view;
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationPage list(Boolean inForce, int page, int size) {
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
        RegionScope scope = RegionScope.of(actor.regionCode());
        String onlyOf = onlyOf(actor);
        List<Registration> items = store.list(scope, onlyOf, inForce, page, size).stream().map(this::view).toList();
        return new RegistrationPage(items, page, size, store.count(scope, onlyOf, inForce));
    }

    @Override
    @Transactional(readOnly = true)
    public Registration get(long id) {
        Actor actor = Actor.current();
        return view(store.find(id, RegionScope.of(actor.regionCode()), onlyOf(actor))
                .orElseThrow(() -> new NotFoundException("relative registration " + id)));
    }

    @Override
    public Registration end(long id, Ending b) {
        Actor actor = Actor.current();
        RegionScope scope = RegionScope.of(actor.regionCode());
        RelativeRow row = store.find(id, scope, onlyOf(actor))
                .orElseThrow(() -> new NotFoundException("relative registration " + id));
        boolean own = actor.username().equals(row.staffUsername());
        boolean countyForMember = row.staffKind() == StaffKind.COMMITTEE_MEMBER && actor.has(Role.COUNTY_OFFICER);
        if (!own && !countyForMember) {
            throw new AccessDeniedException("a registration is ended by the staff member who made it, or by the county "
                    + "for a village-committee member");
        }
        if (b.version() == null) {
            throw new InvalidInputException("version", "is required: the version of the registration you are ending");
        }
        if (b.version() != row.version()) {
            throw new ConflictException("relative registration " + id + " has changed since version " + b.version()
                    + " (now " + row.version() + "): reload it");
        }
        if (row.endedOn() != null) {
            throw new ConflictException("relative registration " + id + " already ended on " + row.endedOn());
        }
        LocalDate today = today();
        LocalDate on = b.on() == null ? today : b.on();
        List<FieldProblem> p = new ArrayList<>();
        if (on.isAfter(today)) {
            p.add(new FieldProblem("on", "must not be in the future"));
        } else if (on.isBefore(row.registeredOn())) {
            p.add(new FieldProblem("on", "must not be before the registration, on " + row.registeredOn()));
        }
        String reason = text(p, "reason", b.reason(), 500, true);
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        Registration before = view(row);
        if (!store.end(id, row.version(), on, reason, actor.username(), clock.instant(), scope)) {
            throw new ConflictException("relative registration " + id + " was changed by someone else at the same "
                    + "moment: reload it");
        }
        Registration after = get(id);
        audit.recordWrite("relative.end", "relative_registration", Long.toString(id), row.regionCode(), before, after);
        return after;
    }

    // ---- helpers

    /** Null for those who read the whole register of their region, else their own user name. */
    private static String onlyOf(Actor actor) {
        return actor.roles().stream().anyMatch(OVERSEERS::contains) ? null : actor.username();
    }

    private boolean isVillageOf(String code, Actor actor) {
        try {
            return RegionLevel.of(code) == RegionLevel.VILLAGE && RegionScope.of(actor.regionCode()).contains(code)
                    && regions.find(code).isPresent();
        } catch (IllegalArgumentException notACode) {
            return false;
        }
    }

    private Registration view(RelativeRow r) {
        return new Registration(r.id(), new Staff(r.staffKind(), r.staffUsername(), r.staffName(), r.staffRole(),
                r.regionCode()), r.name(), r.idMasked(), r.relation(), r.relationNote(), r.registeredOn(), r.endedOn(),
                r.endReason(), r.endedOn() == null, r.registeredBy(), r.createdAt(), r.version());
    }

    /** The name the user is greeted by (their display name), else the user name. */
    private static String displayName(Actor actor) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth != null && auth.getPrincipal() instanceof ActorPrincipal p ? p.displayName() : null;
        return name == null || name.isBlank() ? actor.username() : name.length() > 50 ? name.substring(0, 50) : name;
    }

    static String text(List<FieldProblem> p, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            p.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
        return s;
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}

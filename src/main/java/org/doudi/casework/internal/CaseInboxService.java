package org.doudi.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.doudi.assessment.Programme;
import org.doudi.assessment.TemporaryKind;
import org.doudi.calendar.WorkingDays;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseInbox;
import org.doudi.casework.CaseState;
import org.doudi.casework.CaseViews;
import org.doudi.casework.DeciderLevel;
import org.doudi.casework.Outcome;
import org.doudi.casework.Procedure;
import org.doudi.casework.ProcedureFamily;
import org.doudi.casework.Procedures;
import org.doudi.casework.Transition;
import org.doudi.region.RegionScope;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox's lists in SQL over {@code assistance_case}, each one query with the region range.
 *
 * <p>Which step a case waits for ({@link #awaiting}) is read off its own family's table: the first step its
 * state allows that is not optional (a pay-first, an appraisal instead of a new visit, an objection, a
 * repeated assessment), documents only while some are missing, the publicity only of an approval the
 * family publicises. The SQL condition of "waiting for step X" is generated from that same function over
 * every family, state and the three facts it reads (accepted, publicised, approval recommended), so the
 * list and the rows agree with the procedures by construction. Each step has the roles expected to take it
 * ({@link #EXPECTED}, a subset of what the tables allow); the decision is expected of the case's decider
 * ({@code decider_level}), never of whoever recorded its investigation or review.
 */
@Service
@Transactional(readOnly = true)
class CaseInboxService implements CaseInbox {

    static final int MAX_PAGE_SIZE = 100;

    /** Steps that may be taken but that the case does not wait for: the next step follows without them. */
    static final Set<CaseAction> OPTIONAL = Set.of(CaseAction.PAY_FIRST, CaseAction.APPRAISAL, CaseAction.OBJECTION);

    /**
     * Who is expected to take each step, whatever the family; the decision is its decider's
     * ({@link DeciderLevel#TOWN}: the town approver; {@link DeciderLevel#COUNTY}: a county officer).
     */
    static final Map<CaseAction, Set<Role>> EXPECTED = Map.ofEntries(
            Map.entry(CaseAction.ACCEPTANCE, Set.of(Role.TOWN_CASEWORKER)),
            Map.entry(CaseAction.DOCUMENTS, Set.of(Role.TOWN_CASEWORKER)),
            Map.entry(CaseAction.INVESTIGATION, Set.of(Role.TOWN_CASEWORKER)),
            Map.entry(CaseAction.REVIEW, Set.of(Role.TOWN_CASEWORKER)),
            Map.entry(CaseAction.VERIFICATION, Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER)),
            Map.entry(CaseAction.ASSESSMENT, Set.of(Role.TOWN_CASEWORKER)),
            Map.entry(CaseAction.TOWN_OPINION, Set.of(Role.TOWN_APPROVER)),
            Map.entry(CaseAction.PUBLICITY, Set.of(Role.TOWN_CASEWORKER)),
            Map.entry(CaseAction.NOTIFICATION, Set.of(Role.TOWN_CASEWORKER)));

    /** Who is expected to decide a case of each decider level. */
    static final Map<DeciderLevel, Role> DECIDES = Map.of(DeciderLevel.TOWN, Role.TOWN_APPROVER,
            DeciderLevel.COUNTY, Role.COUNTY_OFFICER);

    /** The cases waiting for each step, as a condition on {@code assistance_case c}. */
    static final Map<CaseAction, String> WAITING_FOR = waitingFor();

    private static final String COLUMNS = "c.id, c.programme, c.family, c.person_id, c.household_id, c.region_code, "
            + "c.state, c.accepted_on, c.recommendation, c.received_on, c.due_on, c.due_estimated, c.version, "
            + "c.decider_level";
    private static final String ORDER = " order by case when c.due_on is null then 1 else 0 end, c.due_on, c.id";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final JsonMapper json;
    private final Clock clock;

    CaseInboxService(JdbcClient jdbc, WorkingDays workingDays, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The step a case of {@code family} in {@code state} waits for; null once it is over. {@code accepted}:
     * every document is in; {@code publicised}: the family publicises the case's programme;
     * {@code approvalRecommended}: the town's opinion recommends approval.
     */
    static CaseAction awaiting(ProcedureFamily family, CaseState state, boolean accepted, boolean publicised,
                               boolean approvalRecommended) {
        if (!state.open()) {
            return null;
        }
        Procedure procedure = Procedures.of(family);
        for (CaseAction action : procedure.actionsIn(state)) {
            Transition row = procedure.row(action, state).orElseThrow();
            if (action == CaseAction.DOCUMENTS) {
                if (!accepted) {
                    return action;
                }
                continue;
            }
            if (OPTIONAL.contains(action) || row.to() == state) {
                continue;
            }
            if (action == CaseAction.PUBLICITY && !(publicised && approvalRecommended)) {
                continue;
            }
            return action;
        }
        return null;
    }

    /** {@link #awaiting} for a case of {@code programme}. */
    static CaseAction awaiting(ProcedureFamily family, String programme, CaseState state, boolean accepted,
                               Outcome recommendation) {
        return awaiting(family, state, accepted, Procedures.of(family).publicises(programme),
                recommendation == Outcome.APPROVE);
    }

    // ---- the SQL of "waiting for", generated from awaiting(...)

    /** The facts {@link #awaiting} reads besides family and state, as SQL. */
    private enum Fact {
        ACCEPTED("c.accepted_on is not null", "c.accepted_on is null"),
        PUBLICISED(null, null),
        APPROVAL_RECOMMENDED("c.recommendation = 'APPROVE'", "(c.recommendation is null or c.recommendation <> 'APPROVE')");

        final String yes;
        final String no;

        Fact(String yes, String no) {
            this.yes = yes;
            this.no = no;
        }

        String sql(boolean value) {
            if (this == PUBLICISED) {
                return value ? publicisedSql() : "not " + publicisedSql();
            }
            return value ? yes : no;
        }
    }

    /** The programmes each family takes applications for. */
    static Map<ProcedureFamily, Set<String>> programmes() {
        Map<ProcedureFamily, Set<String>> out = new EnumMap<>(ProcedureFamily.class);
        for (Programme p : Programme.values()) {
            if (!ProcedureFamily.appliedFor(p)) {
                continue;
            }
            for (TemporaryKind kind : p == Programme.TEMPORARY ? TemporaryKind.values() : new TemporaryKind[] {null}) {
                out.computeIfAbsent(ProcedureFamily.of(p, kind), f -> new TreeSet<>()).add(p.name());
            }
        }
        return out;
    }

    /** Whether the case's family publicises its programme, from the families' own predicates. */
    static String publicisedSql() {
        List<String> alternatives = new ArrayList<>();
        programmes().forEach((family, names) -> {
            Set<String> publicised = names.stream().filter(Procedures.of(family)::publicises)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (publicised.equals(names)) {
                alternatives.add("c.family = '" + family + "'");
            } else if (!publicised.isEmpty()) {
                alternatives.add("(c.family = '" + family + "' and c.programme in (" + quoted(publicised) + "))");
            }
        });
        return alternatives.isEmpty() ? "(1 = 0)" : "(" + String.join(" or ", alternatives) + ")";
    }

    private static Map<CaseAction, String> waitingFor() {
        // (action, state, conditions on the facts that matter) → families
        Map<CaseAction, Map<String, Set<String>>> clauses = new EnumMap<>(CaseAction.class);
        for (ProcedureFamily family : ProcedureFamily.values()) {
            for (CaseState state : CaseState.values()) {
                List<Fact> relevant = Arrays.stream(Fact.values())
                        .filter(fact -> matters(family, state, fact)).toList();
                for (int bits = 0; bits < 1 << relevant.size(); bits++) {
                    Map<Fact, Boolean> given = new EnumMap<>(Fact.class);
                    for (int i = 0; i < relevant.size(); i++) {
                        given.put(relevant.get(i), (bits & 1 << i) != 0);
                    }
                    CaseAction action = awaiting(family, state, given.getOrDefault(Fact.ACCEPTED, false),
                            given.getOrDefault(Fact.PUBLICISED, false),
                            given.getOrDefault(Fact.APPROVAL_RECOMMENDED, false));
                    if (action == null) {
                        continue;
                    }
                    StringBuilder where = new StringBuilder("c.state = '" + state + "'");
                    given.forEach((fact, value) -> where.append(" and ").append(fact.sql(value)));
                    clauses.computeIfAbsent(action, a -> new LinkedHashMap<>())
                            .computeIfAbsent(where.toString(), w -> new TreeSet<>()).add(family.name());
                }
            }
        }
        Map<CaseAction, String> out = new EnumMap<>(CaseAction.class);
        clauses.forEach((action, byWhere) -> out.put(action, byWhere.entrySet().stream()
                .map(e -> "(c.family in (" + quoted(e.getValue()) + ") and " + e.getKey() + ")")
                .collect(Collectors.joining(" or "))));
        return out;
    }

    /** Whether flipping {@code fact} ever changes the step a case of the family in the state waits for. */
    private static boolean matters(ProcedureFamily family, CaseState state, Fact fact) {
        for (int bits = 0; bits < 8; bits++) {
            boolean[] a = {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
            boolean[] b = a.clone();
            b[fact.ordinal()] = !b[fact.ordinal()];
            if (awaiting(family, state, a[0], a[1], a[2]) != awaiting(family, state, b[0], b[1], b[2])) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(Set<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    // ---- the lists

    @Override
    public Map<Tab, Long> counts() {
        Query q = query();
        Map<Tab, Long> counts = new EnumMap<>(Tab.class);
        for (Tab tab : Tab.values()) {
            counts.put(tab, jdbc.sql("select count(*) from assistance_case c where " + q.where(tab))
                    .params(q.params).query(Long.class).single());
        }
        return counts;
    }

    @Override
    public Page list(Tab tab, int page, int size) {
        checkPaging(page, size);
        Query q = query();
        LocalDate today = q.today;
        List<Item> items = jdbc.sql("select " + COLUMNS + " from assistance_case c where " + q.where(tab) + ORDER
                        + " offset :offset rows fetch next :size rows only")
                .params(q.params).param("offset", page * size).param("size", size)
                .query((rs, i) -> item(rs, today)).list();
        long total = jdbc.sql("select count(*) from assistance_case c where " + q.where(tab)).params(q.params)
                .query(Long.class).single();
        return new Page(items, page, size, total);
    }

    @Override
    public PublicityPage publicity(int page, int size) {
        checkPaging(page, size);
        RegionScope scope = RegionScope.of(Actor.current().regionCode());
        // the sheet's figures were frozen in the details of the case's latest publicity step
        String from = " from assistance_case c join case_step s on s.case_id = c.id and s.id = (select max(p.id) "
                + "from case_step p where p.case_id = c.id and p.action = 'PUBLICITY') "
                + "where c.state = 'IN_PUBLICITY' and c.region_code between :lo and :hi";
        List<Publicised> items = jdbc.sql("select c.id, c.programme, c.publicity_from, c.publicity_ends, s.details"
                        + from + " order by c.publicity_from desc, c.id desc offset :offset rows fetch next :size rows only")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("offset", page * size).param("size", size)
                .query((rs, i) -> {
                    var d = json.readValue(rs.getString("details"), CaseService.PublicityDetails.class);
                    return new Publicised(rs.getLong("id"), new CaseViews.PublicitySheet(d.name(), d.householdSize(),
                            d.monthlyAmount(), rs.getObject("publicity_from", LocalDate.class),
                            rs.getObject("publicity_ends", LocalDate.class), rs.getString("programme"), d.amount(),
                            d.place()));
                }).list();
        long total = jdbc.sql("select count(*)" + from).param("lo", scope.lo()).param("hi", scope.hi())
                .query(Long.class).single();
        return new PublicityPage(items, page, size, total);
    }

    /** The actor's scope, the dates the tabs compare with, and the condition of "my tasks". */
    private Query query() {
        Actor actor = Actor.current();
        RegionScope scope = RegionScope.of(actor.regionCode());
        LocalDate today = Today.in(clock);
        Map<String, Object> params = new HashMap<>();
        params.put("lo", scope.lo());
        params.put("hi", scope.hi());
        params.put("today", today);
        params.put("soon", workingDays.add(today, DUE_SOON_WORKING_DAYS).date());
        params.put("me", actor.username());
        return new Query(today, params, tasks(actor.roles()));
    }

    /** The condition of "waiting for a step one of {@code roles} is expected to take". */
    static String tasks(Set<Role> roles) {
        List<String> mine = new ArrayList<>();
        EXPECTED.forEach((action, expected) -> {
            if (expected.stream().anyMatch(roles::contains)) {
                mine.add("(" + WAITING_FOR.get(action) + ")");
            }
        });
        List<String> levels = DECIDES.entrySet().stream().filter(e -> roles.contains(e.getValue()))
                .map(e -> "'" + e.getKey() + "'").sorted().toList();
        if (!levels.isEmpty()) {
            // a decision waits for the end of the publicity; whoever investigated or reviewed the case may not take it
            mine.add("((" + WAITING_FOR.get(CaseAction.DECISION) + ") and c.decider_level in ("
                    + String.join(", ", levels) + ") and (c.state <> 'IN_PUBLICITY' or c.publicity_ends < :today) "
                    + "and not exists (select 1 from case_step s where s.case_id = c.id "
                    + "and s.action in ('INVESTIGATION', 'REVIEW') and s.recorded_by = :me))");
        }
        return mine.isEmpty() ? "1 = 0" : String.join(" or ", mine);
    }

    private record Query(LocalDate today, Map<String, Object> params, String tasks) {

        String where(Tab tab) {
            String region = "c.region_code between :lo and :hi and ";
            return region + switch (tab) {
                case TASKS -> "(" + tasks + ")";
                case DUE_SOON -> "c.due_on >= :today and c.due_on <= :soon";
                case OVERDUE -> "c.due_on < :today";
            };
        }
    }

    private static Item item(ResultSet rs, LocalDate today) throws SQLException {
        CaseState state = CaseState.valueOf(rs.getString("state"));
        ProcedureFamily family = ProcedureFamily.valueOf(rs.getString("family"));
        String programme = rs.getString("programme");
        LocalDate accepted = rs.getObject("accepted_on", LocalDate.class);
        String recommendation = rs.getString("recommendation");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        return new Item(rs.getLong("id"), programme, rs.getLong("household_id"), rs.getString("region_code"), state,
                awaiting(family, programme, state, accepted != null,
                        recommendation == null ? null : Outcome.valueOf(recommendation)),
                rs.getObject("received_on", LocalDate.class), due, rs.getBoolean("due_estimated"),
                due != null && today.isAfter(due), rs.getInt("version"), family, personId,
                DeciderLevel.valueOf(rs.getString("decider_level")));
    }

    private static void checkPaging(int page, int size) {
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
    }
}

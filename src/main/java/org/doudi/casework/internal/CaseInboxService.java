package org.doudi.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.calendar.WorkingDays;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseInbox;
import org.doudi.casework.CaseState;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Outcome;
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
 * The inbox's lists in SQL over {@code assistance_case}, each one query with the region range. Which step a
 * case waits for follows from its state, whether it is accepted, and the town's recommendation; each such
 * step has the roles expected to take it ({@link #EXPECTED}), a subset of the roles the procedure's table
 * allows (a town approver may join a visit and record it, but investigating is not their task).
 */
@Service
@Transactional(readOnly = true)
class CaseInboxService implements CaseInbox {

    static final int MAX_PAGE_SIZE = 100;

    /** Who is expected to take each step; decisions are the town approver's while towns decide (decision 0015). */
    static final Map<CaseAction, Set<Role>> EXPECTED = Map.of(
            CaseAction.DOCUMENTS, Set.of(Role.TOWN_CASEWORKER),
            CaseAction.INVESTIGATION, Set.of(Role.TOWN_CASEWORKER),
            CaseAction.VERIFICATION, Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER),
            CaseAction.ASSESSMENT, Set.of(Role.TOWN_CASEWORKER),
            CaseAction.TOWN_OPINION, Set.of(Role.TOWN_APPROVER),
            CaseAction.PUBLICITY, Set.of(Role.TOWN_CASEWORKER),
            CaseAction.DECISION, CaseService.TOWN_DECIDES ? Set.of(Role.TOWN_APPROVER) : Set.of(Role.COUNTY_OFFICER),
            CaseAction.NOTIFICATION, Set.of(Role.TOWN_CASEWORKER));

    /** The cases waiting for each step, as a condition on {@code assistance_case c}. */
    private static final Map<CaseAction, String> WAITING_FOR = Map.of(
            CaseAction.DOCUMENTS, "c.state = 'APPLIED' and c.accepted_on is null",
            CaseAction.INVESTIGATION, "(c.state = 'APPLIED' and c.accepted_on is not null) or c.state = 'OBJECTED'",
            CaseAction.VERIFICATION, "c.state = 'INVESTIGATING'",
            CaseAction.ASSESSMENT, "c.state = 'VERIFYING'",
            CaseAction.TOWN_OPINION, "c.state = 'ASSESSED'",
            CaseAction.PUBLICITY, "c.state = 'TOWN_OPINION' and c.recommendation = 'APPROVE'",
            // a decision waits for the end of the publicity; whoever investigated the case may not take it
            CaseAction.DECISION, "((c.state = 'TOWN_OPINION' and c.recommendation = 'REFUSE') "
                    + "or (c.state = 'IN_PUBLICITY' and c.publicity_ends < :today)) and not exists (select 1 "
                    + "from case_step s where s.case_id = c.id and s.action = 'INVESTIGATION' and s.recorded_by = :me)",
            CaseAction.NOTIFICATION, "c.state = 'DECIDED'");

    private static final String COLUMNS = "c.id, c.programme, c.household_id, c.region_code, c.state, c.accepted_on, "
            + "c.recommendation, c.received_on, c.due_on, c.due_estimated, c.version";
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

    /** The step a case in this state waits for; null once it is over. */
    static CaseAction awaiting(CaseState state, LocalDate acceptedOn, Outcome recommendation) {
        return switch (state) {
            case APPLIED -> acceptedOn == null ? CaseAction.DOCUMENTS : CaseAction.INVESTIGATION;
            case OBJECTED -> CaseAction.INVESTIGATION;
            case INVESTIGATING -> CaseAction.VERIFICATION;
            case VERIFYING -> CaseAction.ASSESSMENT;
            case ASSESSED -> CaseAction.TOWN_OPINION;
            case TOWN_OPINION -> recommendation == Outcome.REFUSE ? CaseAction.DECISION : CaseAction.PUBLICITY;
            case IN_PUBLICITY -> CaseAction.DECISION;
            case DECIDED -> CaseAction.NOTIFICATION;
            case NOTIFIED -> null;
        };
    }

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
        List<Publicised> items = jdbc.sql("select c.id, c.publicity_from, c.publicity_ends, s.details" + from
                        + " order by c.publicity_from desc, c.id desc offset :offset rows fetch next :size rows only")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("offset", page * size).param("size", size)
                .query((rs, i) -> {
                    var d = json.readValue(rs.getString("details"), CaseService.PublicityDetails.class);
                    return new Publicised(rs.getLong("id"), new CaseViews.PublicitySheet(d.name(), d.householdSize(),
                            d.monthlyAmount(), rs.getObject("publicity_from", LocalDate.class),
                            rs.getObject("publicity_ends", LocalDate.class), d.place()));
                }).list();
        long total = jdbc.sql("select count(*)" + from).param("lo", scope.lo()).param("hi", scope.hi())
                .query(Long.class).single();
        return new PublicityPage(items, page, size, total);
    }

    /** The actor's scope and the dates the tabs compare with. */
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
        List<String> mine = new ArrayList<>();
        EXPECTED.forEach((action, roles) -> {
            if (roles.stream().anyMatch(actor.roles()::contains)) {
                mine.add("(" + WAITING_FOR.get(action) + ")");
            }
        });
        return new Query(today, params, mine.isEmpty() ? "1 = 0" : String.join(" or ", mine));
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
        LocalDate accepted = rs.getObject("accepted_on", LocalDate.class);
        String recommendation = rs.getString("recommendation");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        return new Item(rs.getLong("id"), rs.getString("programme"), rs.getLong("household_id"),
                rs.getString("region_code"), state,
                awaiting(state, accepted, recommendation == null ? null : Outcome.valueOf(recommendation)),
                rs.getObject("received_on", LocalDate.class), due, rs.getBoolean("due_estimated"),
                due != null && today.isAfter(due), rs.getInt("version"));
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

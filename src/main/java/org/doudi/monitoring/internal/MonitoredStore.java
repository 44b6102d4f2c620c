package org.doudi.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.assessment.MonitoringType;
import org.doudi.monitoring.HelperLeaving;
import org.doudi.monitoring.IdentificationAction;
import org.doudi.monitoring.IdentificationState;
import org.doudi.monitoring.LeadSource;
import org.doudi.monitoring.MeasureKind;
import org.doudi.monitoring.MonitoringViews;
import org.doudi.region.RegionScope;
import org.doudi.shared.jdbc.IdChunk;
import org.doudi.shared.security.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of V19: monitored households, their steps, helpers, assignments and measures. */
@Repository
class MonitoredStore {

    record MonitoredRow(long id, long householdId, String regionCode, IdentificationState state, LeadSource leadSource,
                        LocalDate leadOn, String leadNote, Long warningId, LocalDate dueOn, MonitoringType suggestedType,
                        MonitoringType type, LocalDate publicityFrom, LocalDate publicityUntil, LocalDate confirmedOn,
                        String confirmedBy, LocalDate closedOn, LocalDate lastStepOn, int version) {
    }

    record StepRow(IdentificationAction action, IdentificationState from, IdentificationState to, LocalDate on,
                   boolean late, String by, String details) {
    }

    /** A list's filter, read and checked. */
    record Filter(IdentificationState state, LocalDate overdueOn, Long householdId) {
    }

    private static final String COLUMNS = """
            m.id, m.household_id, m.region_code, m.state, m.lead_source, m.lead_on, m.lead_note, m.warning_id,
            m.due_on, m.suggested_type, m.monitoring_type, m.publicity_from, m.publicity_until, m.confirmed_on,
            m.confirmed_by, m.closed_on, m.version,
            (select max(s.on_date) from monitoring_step s where s.monitored_id = m.id) last_step_on""";

    private static final RowMapper<MonitoredRow> ROW = (rs, n) -> new MonitoredRow(rs.getLong("id"),
            rs.getLong("household_id"), rs.getString("region_code"), IdentificationState.valueOf(rs.getString("state")),
            LeadSource.valueOf(rs.getString("lead_source")), date(rs, "lead_on"), rs.getString("lead_note"),
            (Long) rs.getObject("warning_id", Long.class), date(rs, "due_on"), type(rs, "suggested_type"),
            type(rs, "monitoring_type"), date(rs, "publicity_from"), date(rs, "publicity_until"),
            date(rs, "confirmed_on"), rs.getString("confirmed_by"), date(rs, "closed_on"), date(rs, "last_step_on"),
            rs.getInt("version"));

    private static final RowMapper<MonitoringViews.Helper> HELPER = (rs, n) -> new MonitoringViews.Helper(
            rs.getLong("id"), rs.getString("region_code"), rs.getString("name"), rs.getString("work_unit"),
            rs.getString("phone"), date(rs, "left_on"),
            rs.getString("left_reason") == null ? null : HelperLeaving.valueOf(rs.getString("left_reason")),
            rs.getInt("households"));

    private static final String HELPER_COLUMNS = """
            h.id, h.region_code, h.name, h.work_unit, h.phone, h.left_on, h.left_reason,
            (select count(*) from helper_assignment a where a.helper_id = h.id and a.to_date is null) households""";

    private final JdbcClient jdbc;

    MonitoredStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the screening's view

    /** The open record (identifying or monitored) of each of these households that has one. */
    Map<Long, ViewBuilder.Monitoring> statuses(List<Long> householdIds) {
        Map<Long, ViewBuilder.Monitoring> out = new HashMap<>();
        IdChunk chunk = IdChunk.of(householdIds);
        RegionScope scope = RegionScope.of(Actor.current().regionCode());
        jdbc.sql("""
                        select m.household_id, m.state, m.monitoring_type,
                               (select count(*) from helper_assignment a where a.open_monitored_id = m.id) helpers
                          from monitored_household m where m.region_code between :lo and :hi and """ + " "
                        + chunk.where("m.open_household_id", "ids"))
                .params(chunk.params("ids")).param("lo", scope.lo()).param("hi", scope.hi())
                .query((ResultSet rs) -> {
                    if (chunk.contains(rs.getLong(1))) {
                        out.put(rs.getLong(1), new ViewBuilder.Monitoring(IdentificationState.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getInt(4) > 0));
                    }
                });
        return out;
    }

    List<Long> touchedSince(RegionScope scope, Instant since, long afterId, int limit) {
        return jdbc.sql("""
                        select distinct household_id from monitored_household
                         where region_code between :lo and :hi and household_id > :after and updated_at >= :since
                         order by household_id limit :limit""")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("after", afterId)
                .param("since", Timestamp.from(since)).param("limit", limit).query(Long.class).list();
    }

    // ---- records

    long insert(long householdId, String regionCode, LeadSource source, LocalDate leadOn, String note, Long warningId,
                LocalDate dueOn, MonitoringType suggested, String by, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into monitored_household (household_id, open_household_id, region_code, state, lead_source,
                    lead_on, lead_note, warning_id, due_on, suggested_type, created_by, created_at, updated_at, version)
                values (:household, :household, :region, 'LEAD', :source, :leadOn, :note, :warning, :due, :suggested,
                        :by, :at, :at, 0)""")
                .param("household", householdId).param("region", regionCode).param("source", source.name())
                .param("leadOn", leadOn).param("note", note).param("warning", warningId).param("due", dueOn)
                .param("suggested", suggested == null ? null : suggested.name()).param("by", by)
                .param("at", Timestamp.from(now)).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<MonitoredRow> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from monitored_household m where m.id = :id"
                        + " and m.region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi()).query(ROW).optional();
    }

    Optional<Long> openOf(long householdId) {
        return jdbc.sql("select id from monitored_household where open_household_id = :h")
                .param("h", householdId).query(Long.class).optional();
    }

    List<MonitoredRow> list(RegionScope scope, Filter f, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from monitored_household m" + where(scope, f, params)
                        + " order by case when m.closed_on is null then 0 else 1 end, m.due_on, m.id"
                        + " limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(ROW).list();
    }

    long count(RegionScope scope, Filter f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from monitored_household m" + where(scope, f, params)).params(params)
                .query(Long.class).single();
    }

    /** Moves the record to a state (closing it when the state closes), guarded by its version. */
    boolean advance(MonitoredRow r, IdentificationState to, LocalDate on, Instant now) {
        return jdbc.sql("""
                update monitored_household set state = :to, updated_at = :at, version = version + 1,
                       open_household_id = case when :closes then null else open_household_id end,
                       closed_on = case when :closes then :on else closed_on end
                 where id = :id and version = :v""")
                .param("to", to.name()).param("closes", to.closed()).param("on", on).param("at", Timestamp.from(now))
                .param("id", r.id()).param("v", r.version()).update() == 1;
    }

    boolean publicise(MonitoredRow r, LocalDate from, LocalDate until, Instant now) {
        return jdbc.sql("""
                update monitored_household set state = 'IN_PUBLICITY', publicity_from = :from, publicity_until = :until,
                       updated_at = :at, version = version + 1 where id = :id and version = :v""")
                .param("from", from).param("until", until).param("at", Timestamp.from(now)).param("id", r.id())
                .param("v", r.version()).update() == 1;
    }

    boolean confirm(MonitoredRow r, MonitoringType type, LocalDate on, String by, Instant now) {
        return jdbc.sql("""
                update monitored_household set state = 'MONITORED', monitoring_type = :type, confirmed_on = :on,
                       confirmed_by = :by, updated_at = :at, version = version + 1 where id = :id and version = :v""")
                .param("type", type.name()).param("on", on).param("by", by).param("at", Timestamp.from(now))
                .param("id", r.id()).param("v", r.version()).update() == 1;
    }

    /** Raises the version and the time of change (a helper or a measure changed): the screening sees the household again. */
    boolean touch(MonitoredRow r, Instant now) {
        return jdbc.sql("update monitored_household set updated_at = :at, version = version + 1 where id = :id"
                        + " and version = :v")
                .param("at", Timestamp.from(now)).param("id", r.id()).param("v", r.version()).update() == 1;
    }

    void touchAll(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update monitored_household set updated_at = :at, version = version + 1 where id in (:ids)")
                    .param("at", Timestamp.from(now)).param("ids", ids).update();
        }
    }

    void step(long id, IdentificationAction action, IdentificationState from, IdentificationState to, LocalDate on,
              LocalDate dueOn, boolean late, String by, String details, Instant now) {
        jdbc.sql("""
                insert into monitoring_step (monitored_id, action, from_state, to_state, on_date, due_on, late,
                                             recorded_by, recorded_at, details)
                values (:id, :action, :from, :to, :on, :due, :late, :by, :at, :details)""")
                .param("id", id).param("action", action.name()).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("on", on).param("due", dueOn).param("late", late).param("by", by)
                .param("at", Timestamp.from(now)).param("details", details).update();
    }

    List<StepRow> steps(long id) {
        return jdbc.sql("""
                        select action, from_state, to_state, on_date, late, recorded_by, details from monitoring_step
                         where monitored_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new StepRow(IdentificationAction.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : IdentificationState.valueOf(rs.getString(2)),
                        IdentificationState.valueOf(rs.getString(3)), date(rs, "on_date"), rs.getBoolean(5),
                        rs.getString(6), rs.getString(7)))
                .list();
    }

    /** Households monitored on a day in the scope: confirmed by then, not closed before it. */
    Map<Long, MonitoredRow> monitoredOn(RegionScope scope, LocalDate day) {
        Map<Long, MonitoredRow> out = new HashMap<>();
        jdbc.sql("select " + COLUMNS + "\n" + """
                         from monitored_household m where m.region_code between :lo and :hi
                          and m.confirmed_on is not null and m.confirmed_on <= :day
                          and (m.closed_on is null or m.closed_on > :day)""")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("day", day).query(ROW).list()
                .forEach(r -> out.put(r.householdId(), r));
        return out;
    }

    // ---- helpers and assignments

    long insertHelper(String regionCode, String name, String workUnit, String phone, String by, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into monitoring_helper (region_code, name, work_unit, phone, created_by, created_at, version)
                values (:region, :name, :unit, :phone, :by, :at, 0)""")
                .param("region", regionCode).param("name", name).param("unit", workUnit).param("phone", phone)
                .param("by", by).param("at", Timestamp.from(now)).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<MonitoringViews.Helper> helper(long id, RegionScope scope) {
        return jdbc.sql("select " + HELPER_COLUMNS + " from monitoring_helper h where h.id = :id"
                        + " and h.region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi()).query(HELPER).optional();
    }

    List<MonitoringViews.Helper> helpers(RegionScope scope, boolean includeLeft, int page, int size) {
        return jdbc.sql("select " + HELPER_COLUMNS + " from monitoring_helper h where h.region_code between :lo and :hi"
                        + (includeLeft ? "" : " and h.left_on is null") + " order by h.id limit :size offset :offset")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("size", size).param("offset", (long) page * size)
                .query(HELPER).list();
    }

    long countHelpers(RegionScope scope, boolean includeLeft) {
        return jdbc.sql("select count(*) from monitoring_helper h where h.region_code between :lo and :hi"
                        + (includeLeft ? "" : " and h.left_on is null"))
                .param("lo", scope.lo()).param("hi", scope.hi()).query(Long.class).single();
    }

    boolean helperLeaves(long helperId, LocalDate on, HelperLeaving reason) {
        return jdbc.sql("""
                update monitoring_helper set left_on = :on, left_reason = :reason, version = version + 1
                 where id = :id and left_on is null""")
                .param("on", on).param("reason", reason.name()).param("id", helperId).update() == 1;
    }

    Optional<MonitoringViews.Assignment> currentAssignment(long monitoredId) {
        return assignments(monitoredId).stream().filter(a -> a.to() == null).findFirst();
    }

    List<MonitoringViews.Assignment> assignments(long monitoredId) {
        return jdbc.sql("""
                        select a.helper_id, h.name, h.work_unit, a.from_date, a.to_date, a.end_reason
                          from helper_assignment a join monitoring_helper h on h.id = a.helper_id
                         where a.monitored_id = :id order by a.id desc""")
                .param("id", monitoredId)
                .query((rs, n) -> new MonitoringViews.Assignment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        date(rs, "from_date"), date(rs, "to_date"), rs.getString(6)))
                .list();
    }

    /** Monitored records the helper looks after now. */
    List<Long> monitoredOfHelper(long helperId) {
        return jdbc.sql("select monitored_id from helper_assignment where helper_id = :h and to_date is null"
                        + " order by monitored_id")
                .param("h", helperId).query(Long.class).list();
    }

    /** Ends the current assignment of each record on the day (the reason said), in one statement. */
    void endAssignments(List<Long> monitoredIds, LocalDate on, String reason) {
        if (!monitoredIds.isEmpty()) {
            jdbc.sql("""
                    update helper_assignment set to_date = :on, end_reason = :reason, open_monitored_id = null
                     where open_monitored_id in (:ids)""")
                    .param("on", on).param("reason", reason).param("ids", monitoredIds).update();
        }
    }

    void assign(long monitoredId, long helperId, LocalDate from, String by, Instant now) {
        jdbc.sql("""
                insert into helper_assignment (monitored_id, open_monitored_id, helper_id, from_date, assigned_by,
                                               assigned_at)
                values (:m, :m, :h, :from, :by, :at)""")
                .param("m", monitoredId).param("h", helperId).param("from", from).param("by", by)
                .param("at", Timestamp.from(now)).update();
    }

    // ---- measures

    long insertMeasure(long monitoredId, MeasureKind kind, String description, LocalDate startedOn, String by,
                       Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assistance_measure (monitored_id, kind, description, started_on, recorded_by, recorded_at,
                                                version)
                values (:m, :kind, :description, :started, :by, :at, 0)""")
                .param("m", monitoredId).param("kind", kind.name()).param("description", description)
                .param("started", startedOn).param("by", by).param("at", Timestamp.from(now)).update(key, "id");
        return key.getKey().longValue();
    }

    List<MonitoringViews.Measure> measures(long monitoredId) {
        return jdbc.sql("""
                        select id, kind, description, started_on, ended_on, result, recorded_by, version
                          from assistance_measure where monitored_id = :m order by started_on, id""")
                .param("m", monitoredId)
                .query((rs, n) -> new MonitoringViews.Measure(rs.getLong(1), MeasureKind.valueOf(rs.getString(2)),
                        rs.getString(3), date(rs, "started_on"), date(rs, "ended_on"), rs.getString(6),
                        rs.getString(7), rs.getInt(8)))
                .list();
    }

    boolean measureResult(long monitoredId, long measureId, int version, String result, LocalDate endedOn) {
        return jdbc.sql("""
                update assistance_measure set result = :result, ended_on = :ended, version = version + 1
                 where id = :id and monitored_id = :m and version = :v""")
                .param("result", result).param("ended", endedOn).param("id", measureId).param("m", monitoredId)
                .param("v", version).update() == 1;
    }

    private static String where(RegionScope scope, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where m.region_code between :lo and :hi");
        params.put("lo", scope.lo());
        params.put("hi", scope.hi());
        if (f.state() != null) {
            w.append(" and m.state = :state");
            params.put("state", f.state().name());
        }
        if (f.overdueOn() != null) {
            w.append(" and m.state in ('LEAD', 'AUTHORISED', 'APPRAISED', 'IN_PUBLICITY', 'REVIEWED')"
                    + " and m.due_on < :today");
            params.put("today", f.overdueOn());
        }
        if (f.householdId() != null) {
            w.append(" and m.household_id = :household");
            params.put("household", f.householdId());
        }
        return w.toString();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static MonitoringType type(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : MonitoringType.valueOf(v);
    }
}

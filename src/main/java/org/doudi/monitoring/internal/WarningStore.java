package org.doudi.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.monitoring.Finding;
import org.doudi.monitoring.Severity;
import org.doudi.monitoring.WarningKind;
import org.doudi.monitoring.WarningOutcome;
import org.doudi.monitoring.WarningState;
import org.doudi.region.RegionScope;
import org.doudi.shared.jdbc.IdChunk;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code warning} and {@code warning_event} tables (V18). */
@Repository
class WarningStore {

    record WarningRow(long id, String ruleCode, long ruleVersionId, int ruleVersion, String ruleName, long householdId,
                      Long personId, String subjectKey, String regionCode, Severity severity, WarningKind kind,
                      String programme, Role ownerRole, Role responsibleRole, int escalations, String message,
                      WarningState state, String assignee, LocalDate raisedOn, LocalDate dueOn, boolean dueEstimated,
                      Long runId, LocalDate verifiedOn, String verifiedBy, Finding finding, String verificationNote,
                      WarningOutcome outcome, String outcomeNote, String department, Long caseId, Long monitoredId,
                      String stoppedBenefits, LocalDate closedOn, String closedBy, int deadlineDays, int version) {
    }

    /** A warning to write: what a rule raised about a subject. */
    record NewWarning(String ruleCode, long ruleVersionId, long householdId, Long personId, String regionCode,
                      Severity severity, WarningKind kind, String programme, Role ownerRole, String message,
                      LocalDate raisedOn, LocalDate dueOn, boolean dueEstimated) {

        String subjectKey() {
            return WarningStore.subjectKey(householdId, personId);
        }
    }

    record EventRow(String action, LocalDate on, String by, String details) {
    }

    /** The inbox's filter, read and checked. */
    record Filter(WarningState state, List<Role> roles, LocalDate overdueOn, String ruleCode, Long householdId,
                  String assignee) {
    }

    private static final String COLUMNS = """
            w.id, w.rule_code, w.rule_version_id, v.rule_version, v.name, w.household_id, w.person_id, w.subject_key,
            w.region_code, w.severity, w.kind, w.programme, w.owner_role, w.responsible_role, w.escalations, w.message,
            w.state, w.assignee, w.raised_on, w.due_on, w.due_estimated, w.run_id, w.verified_on, w.verified_by,
            w.finding, w.verification_note, w.outcome, w.outcome_note, w.department, w.case_id, w.monitored_id,
            w.stopped_benefits, w.closed_on, w.closed_by, v.deadline_days, w.version""";
    private static final String FROM = " from warning w join screening_rule_version v on v.id = w.rule_version_id";

    private static final RowMapper<WarningRow> ROW = (rs, n) -> new WarningRow(rs.getLong("id"),
            rs.getString("rule_code"), rs.getLong("rule_version_id"), rs.getInt("rule_version"), rs.getString("name"),
            rs.getLong("household_id"), (Long) rs.getObject("person_id", Long.class), rs.getString("subject_key"),
            rs.getString("region_code"), Severity.valueOf(rs.getString("severity")),
            WarningKind.valueOf(rs.getString("kind")), rs.getString("programme"),
            Role.valueOf(rs.getString("owner_role")), Role.valueOf(rs.getString("responsible_role")),
            rs.getInt("escalations"), rs.getString("message"), WarningState.valueOf(rs.getString("state")),
            rs.getString("assignee"), date(rs, "raised_on"), date(rs, "due_on"), rs.getBoolean("due_estimated"),
            (Long) rs.getObject("run_id", Long.class), date(rs, "verified_on"), rs.getString("verified_by"),
            rs.getString("finding") == null ? null : Finding.valueOf(rs.getString("finding")),
            rs.getString("verification_note"),
            rs.getString("outcome") == null ? null : WarningOutcome.valueOf(rs.getString("outcome")),
            rs.getString("outcome_note"), rs.getString("department"), (Long) rs.getObject("case_id", Long.class),
            (Long) rs.getObject("monitored_id", Long.class), rs.getString("stopped_benefits"), date(rs, "closed_on"),
            rs.getString("closed_by"), rs.getInt("deadline_days"), rs.getInt("version"));

    private final JdbcClient jdbc;

    WarningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String subjectKey(long householdId, Long personId) {
        return personId == null ? "h" + householdId : "p" + personId + "@" + householdId;
    }

    /** rule code + subject key of the warnings about these households that are open now. */
    Set<String> openKeys(List<Long> householdIds) {
        Set<String> keys = new HashSet<>();
        IdChunk chunk = IdChunk.of(householdIds);
        jdbc.sql("select rule_code, open_key, household_id from warning where " + chunk.where("household_id", "ids")
                        + " and open_key is not null")
                .params(chunk.params("ids"))
                .query((ResultSet rs) -> {
                    if (chunk.contains(rs.getLong(3))) {
                        keys.add(rs.getString(1) + "|" + rs.getString(2));
                    }
                });
        return keys;
    }

    /** rule code + subject key → the last day a warning about them was closed. */
    Map<String, LocalDate> lastClosed(List<Long> householdIds) {
        Map<String, LocalDate> out = new HashMap<>();
        IdChunk chunk = IdChunk.of(householdIds);
        jdbc.sql("select rule_code, subject_key, household_id, max(closed_on) from warning where "
                        + chunk.where("household_id", "ids") + " and state = 'CLOSED'"
                        + " group by rule_code, subject_key, household_id")
                .params(chunk.params("ids"))
                .query((ResultSet rs) -> {
                    if (chunk.contains(rs.getLong(3))) {
                        out.merge(rs.getString(1) + "|" + rs.getString(2), rs.getObject(4, LocalDate.class),
                                (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
        return out;
    }

    /**
     * Writes the warnings in multi-row inserts of {@value #ROWS_PER_INSERT} and answers their ids. A warning's
     * row is the record of its raising (who: the system; when: {@code created_at}; which run): the RAISED event
     * of {@link #events} is read from it, not stored beside it (decision 0035).
     */
    List<Long> insertAll(List<NewWarning> warnings, long runId, Instant now) {
        if (warnings.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(now);
        for (int from = 0; from < warnings.size(); from += ROWS_PER_INSERT) {
            List<NewWarning> rows = warnings.subList(from, Math.min(warnings.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("""
                    insert into warning (rule_code, rule_version_id, household_id, person_id, subject_key, open_key,
                        region_code, severity, kind, programme, owner_role, responsible_role, message, state, raised_on,
                        due_on, due_estimated, run_id, created_at, updated_at, version)
                    values """);
            List<Object> values = new ArrayList<>(rows.size() * 16);
            for (int i = 0; i < rows.size(); i++) {
                NewWarning w = rows.get(i);
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, 0)");
                String message = w.message().length() > 1000 ? w.message().substring(0, 1000) : w.message();
                // the nullable ones carry their type: a bare null would make the driver ask the database for it
                values.addAll(Arrays.asList(w.ruleCode(), w.ruleVersionId(), w.householdId(),
                        new SqlParameterValue(Types.BIGINT, w.personId()), w.subjectKey(), w.subjectKey(),
                        w.regionCode(), w.severity().name(), w.kind().name(),
                        new SqlParameterValue(Types.VARCHAR, w.programme()), w.ownerRole().name(), w.ownerRole().name(), message, w.raisedOn(), w.dueOn(),
                        w.dueEstimated(), runId, at, at));
            }
            jdbc.sql(sql.toString()).params(values).update();
        }
        List<Long> households = warnings.stream().map(NewWarning::householdId).distinct().toList();
        // a run screens a household once (chunks follow each other by id), so these are exactly the rows above
        // by the range of the households (one plan whatever their number), kept when one of them
        Set<Long> of = Set.copyOf(households);
        return jdbc.sql("select id, household_id from warning where run_id = :run"
                        + " and household_id between :first and :last order by id")
                .param("run", runId).param("first", households.stream().mapToLong(Long::longValue).min().orElseThrow())
                .param("last", households.stream().mapToLong(Long::longValue).max().orElseThrow())
                .query((rs, n) -> of.contains(rs.getLong(2)) ? rs.getLong(1) : null).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** How many warnings one insert statement writes (× 19 parameters: well below the drivers' limits). */
    static final int ROWS_PER_INSERT = 500;

    Optional<WarningRow> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + FROM + " where w.id = :id and w.region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi()).query(ROW).optional();
    }

    /** What happened to the warning, in order: its raising (read from the warning itself), then its events. */
    List<EventRow> events(long id) {
        List<EventRow> events = new ArrayList<>();
        jdbc.sql("select raised_on, run_id from warning where id = :id").param("id", id)
                .query((ResultSet rs) -> {
                    Long run = rs.getObject("run_id", Long.class);
                    events.add(new EventRow("RAISED", date(rs, "raised_on"), Actor.SYSTEM.username(),
                            run == null ? "{}" : "{\"runId\":" + run + "}"));
                });
        events.addAll(jdbc.sql("select action, on_date, recorded_by, details from warning_event where warning_id = :id"
                        + " order by id")
                .param("id", id)
                .query((rs, n) -> new EventRow(rs.getString(1), date(rs, "on_date"), rs.getString(3), rs.getString(4)))
                .list());
        return events;
    }

    List<WarningRow> inbox(RegionScope scope, Filter f, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + FROM + where(scope, f, params)
                        + " order by case w.state when 'CLOSED' then 1 else 0 end, w.due_on,"
                        + " case w.severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, w.id"
                        + " limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(ROW).list();
    }

    long count(RegionScope scope, Filter f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + FROM + where(scope, f, params)).params(params).query(Long.class).single();
    }

    /** Open warnings of the scope past their due date whose responsible role has a level above it. */
    List<WarningRow> overdue(RegionScope scope, LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + FROM + "\n" + """
                         where w.region_code between :lo and :hi and w.state <> 'CLOSED' and w.due_on < :today
                           and w.responsible_role <> 'CITY_SUPERVISOR' order by w.id limit :limit""")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("today", today).param("limit", limit)
                .query(ROW).list();
    }

    boolean assign(WarningRow w, String assignee, Instant now) {
        return jdbc.sql("""
                update warning set assignee = :assignee, state = case when state = 'OPEN' then 'ASSIGNED' else state end,
                       updated_at = :at, version = version + 1 where id = :id and version = :v""")
                .param("assignee", assignee).param("at", Timestamp.from(now)).param("id", w.id())
                .param("v", w.version()).update() == 1;
    }

    boolean verify(WarningRow w, LocalDate on, String by, Finding finding, String note, Instant now) {
        return jdbc.sql("""
                update warning set state = 'VERIFIED', verified_on = :on, verified_by = :by, finding = :finding,
                       verification_note = :note, assignee = coalesce(assignee, :by), updated_at = :at,
                       version = version + 1 where id = :id and version = :v""")
                .param("on", on).param("by", by).param("finding", finding.name()).param("note", note)
                .param("at", Timestamp.from(now)).param("id", w.id()).param("v", w.version()).update() == 1;
    }

    boolean close(WarningRow w, WarningOutcome outcome, String note, String department, Long caseId, Long monitoredId,
                  String stoppedBenefits, LocalDate on, String by, Instant now) {
        return jdbc.sql("""
                update warning set state = 'CLOSED', open_key = null, outcome = :outcome, outcome_note = :note,
                       department = :department, case_id = :caseId, monitored_id = :monitoredId,
                       stopped_benefits = :stopped, closed_on = :on, closed_by = :by, updated_at = :at,
                       version = version + 1 where id = :id and version = :v and state <> 'CLOSED'""")
                .param("outcome", outcome.name()).param("note", note).param("department", department)
                .param("caseId", caseId).param("monitoredId", monitoredId).param("stopped", stoppedBenefits)
                .param("on", on).param("by", by).param("at", Timestamp.from(now)).param("id", w.id())
                .param("v", w.version()).update() == 1;
    }

    boolean escalate(WarningRow w, Role to, LocalDate dueOn, boolean estimated, Instant now) {
        return jdbc.sql("""
                update warning set responsible_role = :to, escalations = escalations + 1, due_on = :due,
                       due_estimated = :estimated, updated_at = :at, version = version + 1
                 where id = :id and version = :v and state <> 'CLOSED'""")
                .param("to", to.name()).param("due", dueOn).param("estimated", estimated)
                .param("at", Timestamp.from(now)).param("id", w.id()).param("v", w.version()).update() == 1;
    }

    void event(long warningId, String action, LocalDate on, String by, String details, Instant now) {
        jdbc.sql("""
                insert into warning_event (warning_id, action, on_date, recorded_by, recorded_at, details)
                values (:id, :action, :on, :by, :at, :details)""")
                .param("id", warningId).param("action", action).param("on", on).param("by", by)
                .param("at", Timestamp.from(now)).param("details", details).update();
    }

    private static String where(RegionScope scope, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where w.region_code between :lo and :hi");
        params.put("lo", scope.lo());
        params.put("hi", scope.hi());
        if (f.state() != null) {
            w.append(" and w.state = :state");
            params.put("state", f.state().name());
        }
        if (f.roles() != null) {
            // the owning role keeps seeing a warning escalated above it: it may still act on it
            w.append(" and (w.responsible_role in (:roles) or w.owner_role in (:roles))");
            params.put("roles", f.roles().stream().map(Role::name).toList());
        }
        if (f.overdueOn() != null) {
            w.append(" and w.state <> 'CLOSED' and w.due_on < :today");
            params.put("today", f.overdueOn());
        }
        if (f.ruleCode() != null) {
            w.append(" and w.rule_code = :rule");
            params.put("rule", f.ruleCode());
        }
        if (f.householdId() != null) {
            w.append(" and w.household_id = :household");
            params.put("household", f.householdId());
        }
        if (f.assignee() != null) {
            w.append(" and w.assignee = :assignee");
            params.put("assignee", f.assignee());
        }
        return w.toString();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static List<Long> parseIds(String csv) {
        List<Long> ids = new ArrayList<>();
        if (csv != null && !csv.isBlank()) {
            for (String s : csv.split(",")) {
                ids.add(Long.parseLong(s.strip()));
            }
        }
        return ids;
    }
}

package org.doudi.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseState;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.Outcome;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The casework tables. Every read carries the region range of the caller; every update of a case carries
 * its version (optimistic locking) and the range, so a stale or out-of-region write changes nothing.
 */
@Repository
class CaseStore {

    private static final String COLUMNS = "id, programme, household_id, region_code, state, received_on, accepted_on, "
            + "missing_documents, last_step_on, due_on, due_estimated, procedure_due_on, recommendation, assessed_on, "
            + "assessed_eligible, assessed_amount, assessment_json, publicity_from, publicity_ends, outcome, "
            + "decided_amount, start_month, decided_on, decided_by, decision_reasons, created_by, created_at, "
            + "updated_at, version";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CaseRow c) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into assistance_case (programme, household_id, open_household_id, region_code, state,
                    received_on, accepted_on, missing_documents, last_step_on, due_on, due_estimated, procedure_due_on,
                    created_by, created_at, updated_at, version)
                values (:programme, :household, :household, :region, :state, :received, :accepted, :missing, :last,
                    :due, :estimated, :procedureDue, :by, :at, :at, 0)
                """)
                .param("programme", c.programme()).param("household", c.householdId()).param("region", c.regionCode())
                .param("state", c.state().name()).param("received", c.receivedOn()).param("accepted", c.acceptedOn())
                .param("missing", documents(c.missingDocuments())).param("last", c.lastStepOn())
                .param("due", c.dueOn()).param("estimated", c.dueEstimated()).param("procedureDue", c.procedureDueOn())
                .param("by", c.createdBy()).param("at", Timestamp.from(c.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CaseRow> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from assistance_case where id = :id and region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi())
                .query(CaseStore::row).optional();
    }

    /** Writes the case's new facts if it is still at {@code expectedVersion}; false when it is not (or gone). */
    boolean update(CaseRow c, int expectedVersion, RegionScope scope) {
        int n = jdbc.sql("""
                update assistance_case set state = :state, open_household_id = :open, accepted_on = :accepted,
                    missing_documents = :missing, last_step_on = :last, due_on = :due, due_estimated = :estimated,
                    procedure_due_on = :procedureDue, recommendation = :recommendation, assessed_on = :assessedOn,
                    assessed_eligible = :eligible, assessed_amount = :assessedAmount, assessment_json = :assessment,
                    publicity_from = :publicityFrom, publicity_ends = :publicityEnds, outcome = :outcome,
                    decided_amount = :decidedAmount, start_month = :startMonth, decided_on = :decidedOn,
                    decided_by = :decidedBy, decision_reasons = :reasons, updated_at = :at, version = version + 1
                where id = :id and version = :version and region_code between :lo and :hi
                """)
                .param("state", c.state().name()).param("open", c.state().open() ? c.householdId() : null)
                .param("accepted", c.acceptedOn()).param("missing", documents(c.missingDocuments()))
                .param("last", c.lastStepOn()).param("due", c.dueOn()).param("estimated", c.dueEstimated())
                .param("procedureDue", c.procedureDueOn()).param("recommendation", name(c.recommendation()))
                .param("assessedOn", c.assessedOn()).param("eligible", c.assessedEligible())
                .param("assessedAmount", c.assessedAmount()).param("assessment", c.assessmentJson())
                .param("publicityFrom", c.publicityFrom()).param("publicityEnds", c.publicityEnds())
                .param("outcome", name(c.outcome())).param("decidedAmount", c.decidedAmount())
                .param("startMonth", c.startMonth()).param("decidedOn", c.decidedOn()).param("decidedBy", c.decidedBy())
                .param("reasons", c.decisionReasons()).param("at", Timestamp.from(c.updatedAt()))
                .param("id", c.id()).param("version", expectedVersion).param("lo", scope.lo()).param("hi", scope.hi())
                .update();
        return n == 1;
    }

    /** Filters of the case list; null means any. */
    record Filter(CaseState state, LocalDate overdueOn, Long householdId) {
    }

    List<CaseRow> list(RegionScope scope, Filter f, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from assistance_case where " + where(f)
                        + " order by due_on, id offset :offset rows fetch next :size rows only")
                .params(params(scope, f)).param("offset", page * size).param("size", size)
                .query(CaseStore::row).list();
    }

    long count(RegionScope scope, Filter f) {
        return jdbc.sql("select count(*) from assistance_case where " + where(f)).params(params(scope, f))
                .query(Long.class).single();
    }

    private static String where(Filter f) {
        return "region_code between :lo and :hi"
                + (f.state() == null ? "" : " and state = :state")
                + (f.overdueOn() == null ? "" : " and due_on < :today")
                + (f.householdId() == null ? "" : " and household_id = :household");
    }

    private static java.util.Map<String, Object> params(RegionScope scope, Filter f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        if (f.state() != null) {
            p.put("state", f.state().name());
        }
        if (f.overdueOn() != null) {
            p.put("today", f.overdueOn());
        }
        if (f.householdId() != null) {
            p.put("household", f.householdId());
        }
        return p;
    }

    /** A step of the timeline, as stored. */
    record StepRow(long id, CaseAction action, CaseState from, CaseState to, LocalDate on, LocalDate dueOn,
                   String by, Instant at, String details) {
    }

    void insertStep(long caseId, StepRow s) {
        jdbc.sql("""
                insert into case_step (case_id, action, from_state, to_state, on_date, due_on, recorded_by, recorded_at,
                    details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(caseId, s.action().name(), s.from() == null ? null : s.from().name(), s.to().name(), s.on(),
                        s.dueOn(), s.by(), Timestamp.from(s.at()), s.details())
                .update();
    }

    /** The timeline of a case the caller has already found inside their region. */
    List<StepRow> steps(long caseId) {
        return jdbc.sql("select id, action, from_state, to_state, on_date, due_on, recorded_by, recorded_at, details "
                        + "from case_step where case_id = ? order by id")
                .params(caseId)
                .query((rs, i) -> new StepRow(rs.getLong("id"), CaseAction.valueOf(rs.getString("action")),
                        rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
                        CaseState.valueOf(rs.getString("to_state")), rs.getObject("on_date", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("details")))
                .list();
    }

    /** Who recorded the investigations of a case (maker-checker). */
    Set<String> investigators(long caseId) {
        return new HashSet<>(jdbc.sql("select distinct recorded_by from case_step where case_id = ? and action = ?")
                .params(caseId, CaseAction.INVESTIGATION.name()).query(String.class).list());
    }

    private static CaseRow row(ResultSet rs, int i) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("programme"), rs.getLong("household_id"),
                rs.getString("region_code"), CaseState.valueOf(rs.getString("state")),
                rs.getObject("received_on", LocalDate.class), rs.getObject("accepted_on", LocalDate.class),
                parseDocuments(rs.getString("missing_documents")), rs.getObject("last_step_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getBoolean("due_estimated"),
                rs.getObject("procedure_due_on", LocalDate.class), outcome(rs.getString("recommendation")),
                rs.getObject("assessed_on", LocalDate.class), (Boolean) rs.getObject("assessed_eligible"),
                rs.getBigDecimal("assessed_amount"), rs.getString("assessment_json"),
                rs.getObject("publicity_from", LocalDate.class), rs.getObject("publicity_ends", LocalDate.class),
                outcome(rs.getString("outcome")), rs.getBigDecimal("decided_amount"), rs.getString("start_month"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                rs.getString("decision_reasons"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static String documents(Set<DibaoDocument> docs) {
        return docs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<DibaoDocument> parseDocuments(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(DibaoDocument::valueOf).collect(Collectors.toSet());
    }

    private static Outcome outcome(String s) {
        return s == null ? null : Outcome.valueOf(s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

}

package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.assessment.TemporaryKind;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseDocument;
import org.doudi.casework.CaseQuery;
import org.doudi.casework.CaseState;
import org.doudi.casework.Channel;
import org.doudi.casework.DeciderLevel;
import org.doudi.casework.Outcome;
import org.doudi.casework.ProcedureFamily;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The casework tables. Every read carries the region range of the caller; every update of a case carries
 * its version (optimistic locking) and the range, so a stale or out-of-region write changes nothing.
 */
@Repository
class CaseStore {

    private static final String OPENING = "id, programme, family, household_id, person_id, region_code, town_code, "
            + "channel, hotline_line, hotline_caller, hotline_reference, warning_id, received_on, temporary_kind, "
            + "happened_on, what_happened, created_by, created_at";
    private static final String FACTS = "state, accepted_on, missing_documents, last_step_on, due_on, due_estimated, "
            + "procedure_due_on, phase_from, decider_level, decider_reason, open_key, recommendation, severity, "
            + "proposed_amount, paid_first_amount, paid_first_on, paid_first_by, assessed_on, assessed_eligible, "
            + "assessed_amount, assessment_json, publicity_from, publicity_ends, outcome, decided_amount, start_month, "
            + "until_month, stages, decided_on, decided_by, decision_reasons";
    private static final String COLUMNS = OPENING + ", " + FACTS + ", updated_at, version";
    /** Cases with a due date first, soonest first; then those waiting for nobody in the office. */
    private static final String ORDER = " order by case when due_on is null then 1 else 0 end, due_on, id";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CaseOpening o, CaseFacts f) {
        var keys = new GeneratedKeyHolder();
        Map<String, Object> p = factParams(f);
        p.put("programme", o.programme());
        p.put("family", o.family().name());
        p.put("household", o.householdId());
        p.put("person", o.personId());
        p.put("region", o.regionCode());
        p.put("town", o.townCode());
        p.put("channel", o.channel().name());
        p.put("line", o.hotlineLine());
        p.put("caller", o.hotlineCaller());
        p.put("callReference", o.hotlineReference());
        p.put("warning", o.warningId());
        p.put("received", o.receivedOn());
        p.put("temporaryKind", name(o.temporaryKind()));
        p.put("happened", o.happenedOn());
        p.put("what", o.whatHappened());
        p.put("by", o.createdBy());
        p.put("at", Timestamp.from(o.createdAt()));
        jdbc.sql("insert into assistance_case (programme, family, household_id, person_id, region_code, town_code, "
                        + "channel, hotline_line, hotline_caller, hotline_reference, warning_id, received_on, "
                        + "temporary_kind, happened_on, what_happened, created_by, created_at, updated_at, version, "
                        + FACTS + ") values (:programme, :family, :household, :person, :region, :town, :channel, :line, "
                        + ":caller, :callReference, :warning, :received, :temporaryKind, :happened, :what, :by, :at, "
                        + ":at, 0, " + FACT_VALUES + ")")
                .params(p).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String FACT_VALUES = ":state, :accepted, :missing, :last, :due, :estimated, :procedureDue, "
            + ":phaseFrom, :decider, :deciderReason, :openKey, :recommendation, :severity, :proposed, :paidFirst, "
            + ":paidFirstOn, :paidFirstBy, :assessedOn, :eligible, :assessedAmount, :assessment, :publicityFrom, "
            + ":publicityEnds, :outcome, :decidedAmount, :startMonth, :untilMonth, :stages, :decidedOn, :decidedBy, "
            + ":reasons";

    Optional<CaseRow> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from assistance_case where id = :id and region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi())
                .query(CaseStore::row).optional();
    }

    /** Writes the case's new facts if it is still at {@code expectedVersion}; false when it is not (or gone). */
    boolean update(long id, CaseFacts f, Instant at, int expectedVersion, RegionScope scope) {
        String[] columns = FACTS.split(", ");
        String[] values = FACT_VALUES.split(", ");
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            set.append(columns[i]).append(" = ").append(values[i]).append(", ");
        }
        Map<String, Object> p = factParams(f);
        p.put("at", Timestamp.from(at));
        p.put("id", id);
        p.put("version", expectedVersion);
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        int n = jdbc.sql("update assistance_case set " + set + "updated_at = :at, version = version + 1 "
                        + "where id = :id and version = :version and region_code between :lo and :hi")
                .params(p).update();
        return n == 1;
    }

    private static Map<String, Object> factParams(CaseFacts f) {
        Map<String, Object> p = new HashMap<>();
        p.put("state", f.state.name());
        p.put("accepted", f.acceptedOn);
        p.put("missing", documents(f.missingDocuments));
        p.put("last", f.lastStepOn);
        p.put("due", f.dueOn);
        p.put("estimated", f.dueEstimated);
        p.put("procedureDue", f.procedureDueOn);
        p.put("phaseFrom", f.phaseFrom);
        p.put("decider", f.deciderLevel.name());
        p.put("deciderReason", f.deciderReason);
        p.put("openKey", f.openKey);
        p.put("recommendation", name(f.recommendation));
        p.put("severity", f.severity);
        p.put("proposed", f.proposedAmount);
        p.put("paidFirst", f.paidFirstAmount);
        p.put("paidFirstOn", f.paidFirstOn);
        p.put("paidFirstBy", f.paidFirstBy);
        p.put("assessedOn", f.assessedOn);
        p.put("eligible", f.assessedEligible);
        p.put("assessedAmount", f.assessedAmount);
        p.put("assessment", f.assessmentJson);
        p.put("publicityFrom", f.publicityFrom);
        p.put("publicityEnds", f.publicityEnds);
        p.put("outcome", name(f.outcome));
        p.put("decidedAmount", f.decidedAmount);
        p.put("startMonth", f.startMonth);
        p.put("untilMonth", f.untilMonth);
        p.put("stages", f.stagesJson);
        p.put("decidedOn", f.decidedOn);
        p.put("decidedBy", f.decidedBy);
        p.put("reasons", f.decisionReasons);
        return p;
    }

    List<CaseRow> list(RegionScope scope, CaseQuery q, LocalDate today, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from assistance_case where " + where(q) + ORDER
                        + " offset :offset rows fetch next :size rows only")
                .params(params(scope, q, today)).param("offset", page * size).param("size", size)
                .query(CaseStore::row).list();
    }

    long count(RegionScope scope, CaseQuery q, LocalDate today) {
        return jdbc.sql("select count(*) from assistance_case where " + where(q)).params(params(scope, q, today))
                .query(Long.class).single();
    }

    private static String where(CaseQuery q) {
        return "region_code between :lo and :hi"
                + (q.programme() == null ? "" : " and programme = :programme")
                + (q.family() == null ? "" : " and family = :family")
                + (q.state() == null ? "" : " and state = :state")
                + (q.channel() == null ? "" : " and channel = :channel")
                + (Boolean.TRUE.equals(q.overdue()) ? " and due_on < :today" : "")
                + (Boolean.FALSE.equals(q.overdue()) ? " and (due_on is null or due_on >= :today)" : "")
                + (q.dueBefore() == null ? "" : " and due_on < :dueBefore")
                + (q.householdId() == null ? "" : " and household_id = :household")
                + (q.personId() == null ? "" : " and person_id = :person");
    }

    private static Map<String, Object> params(RegionScope scope, CaseQuery q, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        if (q.programme() != null) {
            p.put("programme", q.programme().name());
        }
        if (q.family() != null) {
            p.put("family", q.family().name());
        }
        if (q.state() != null) {
            p.put("state", q.state().name());
        }
        if (q.channel() != null) {
            p.put("channel", q.channel().name());
        }
        if (q.overdue() != null) {
            p.put("today", today);
        }
        if (q.dueBefore() != null) {
            p.put("dueBefore", q.dueBefore());
        }
        if (q.householdId() != null) {
            p.put("household", q.householdId());
        }
        if (q.personId() != null) {
            p.put("person", q.personId());
        }
        return p;
    }

    /** Open and overdue cases per town code inside the scope, in one grouped query. */
    Map<String, long[]> countsByTown(RegionScope scope, LocalDate today) {
        Map<String, long[]> out = new LinkedHashMap<>();
        jdbc.sql("""
                select town_code, count(*) as open_cases,
                    sum(case when due_on < :today then 1 else 0 end) as overdue_cases
                from assistance_case
                where region_code between :lo and :hi and state <> 'NOTIFIED'
                group by town_code order by town_code
                """)
                .param("today", today).param("lo", scope.lo()).param("hi", scope.hi())
                .query((rs, i) -> out.put(rs.getString("town_code"),
                        new long[] {rs.getLong("open_cases"), rs.getLong("overdue_cases")}))
                .list();
        return out;
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

    /** Who recorded the investigations and reviews of a case (maker-checker). */
    Set<String> investigators(long caseId) {
        return new HashSet<>(jdbc.sql("select distinct recorded_by from case_step where case_id = ? and action in (?, ?)")
                .params(caseId, CaseAction.INVESTIGATION.name(), CaseAction.REVIEW.name())
                .query(String.class).list());
    }

    // ---- medical bills

    /** A bill and, once approved, what it used of the person's year. */
    record BillRow(long caseId, long personId, int year, LocalDate on, BigDecimal outOfPocket, String reference,
                   String hospital, boolean approved, BigDecimal deductibleUsed, BigDecimal regular, BigDecimal extra,
                   BigDecimal borne) {
    }

    void insertBill(BillRow b) {
        jdbc.sql("""
                insert into medical_bill (case_id, person_id, bill_year, bill_on, out_of_pocket, reference, claim_key,
                    hospital)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(b.caseId(), b.personId(), b.year(), b.on(), b.outOfPocket(), b.reference(), b.reference(),
                        b.hospital())
                .update();
    }

    /** The case already holding a person's bill by its reference (open or approved), if any. */
    Optional<Long> billClaimedBy(long personId, String reference) {
        return jdbc.sql("select case_id from medical_bill where person_id = ? and claim_key = ?")
                .params(personId, reference).query(Long.class).optional();
    }

    Optional<BillRow> bill(long caseId) {
        return jdbc.sql("select * from medical_bill where case_id = ?").params(caseId).query((rs, i) -> new BillRow(
                rs.getLong("case_id"), rs.getLong("person_id"), rs.getInt("bill_year"),
                rs.getObject("bill_on", LocalDate.class), rs.getBigDecimal("out_of_pocket"), rs.getString("reference"),
                rs.getString("hospital"), rs.getBoolean("approved"), rs.getBigDecimal("deductible_used"),
                rs.getBigDecimal("regular"), rs.getBigDecimal("extra"), rs.getBigDecimal("borne"))).optional();
    }

    /** What the person's approved bills of a calendar year used. */
    record YearUsed(int bills, BigDecimal deductibleUsed, BigDecimal regular, BigDecimal extra, BigDecimal borne) {
    }

    /**
     * The person's year so far, over every approved bill of the year wherever it was decided: the caps are
     * the person's, not the town's (the caller already sees the person; only sums are read).
     */
    YearUsed yearUsed(long personId, int year) {
        return jdbc.sql("""
                select count(*) as bills, coalesce(sum(deductible_used), 0) as deductible_used,
                    coalesce(sum(regular), 0) as regular, coalesce(sum(extra), 0) as extra,
                    coalesce(sum(borne), 0) as borne
                from medical_bill where person_id = ? and bill_year = ? and approved
                """)
                .params(personId, year)
                .query((rs, i) -> new YearUsed(rs.getInt("bills"), rs.getBigDecimal("deductible_used"),
                        rs.getBigDecimal("regular"), rs.getBigDecimal("extra"), rs.getBigDecimal("borne")))
                .single();
    }

    void approveBill(long caseId, BigDecimal deductibleUsed, BigDecimal regular, BigDecimal extra, BigDecimal borne) {
        jdbc.sql("update medical_bill set approved = true, deductible_used = ?, regular = ?, extra = ?, borne = ? "
                        + "where case_id = ?")
                .params(deductibleUsed, regular, extra, borne, caseId).update();
    }

    /** A refused bill may be brought again: it no longer holds its reference. */
    void releaseBill(long caseId) {
        jdbc.sql("update medical_bill set claim_key = null where case_id = ?").params(caseId).update();
    }

    // ---- rows

    private static CaseRow row(ResultSet rs, int i) throws SQLException {
        CaseOpening o = new CaseOpening(rs.getLong("id"), rs.getString("programme"),
                ProcedureFamily.valueOf(rs.getString("family")), rs.getLong("household_id"),
                (Long) rs.getObject("person_id", Long.class), rs.getString("region_code"), rs.getString("town_code"),
                Channel.valueOf(rs.getString("channel")), rs.getString("hotline_line"), rs.getString("hotline_caller"),
                rs.getString("hotline_reference"), rs.getObject("warning_id", Long.class),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("temporary_kind") == null ? null : TemporaryKind.valueOf(rs.getString("temporary_kind")),
                rs.getObject("happened_on", LocalDate.class), rs.getString("what_happened"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
        CaseFacts f = new CaseFacts();
        f.state = CaseState.valueOf(rs.getString("state"));
        f.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
        f.missingDocuments = parseDocuments(rs.getString("missing_documents"));
        f.lastStepOn = rs.getObject("last_step_on", LocalDate.class);
        f.dueOn = rs.getObject("due_on", LocalDate.class);
        f.dueEstimated = rs.getBoolean("due_estimated");
        f.procedureDueOn = rs.getObject("procedure_due_on", LocalDate.class);
        f.phaseFrom = rs.getObject("phase_from", LocalDate.class);
        f.deciderLevel = DeciderLevel.valueOf(rs.getString("decider_level"));
        f.deciderReason = rs.getString("decider_reason");
        f.openKey = rs.getString("open_key");
        f.recommendation = outcome(rs.getString("recommendation"));
        f.severity = rs.getObject("severity", Integer.class);
        f.proposedAmount = rs.getBigDecimal("proposed_amount");
        f.paidFirstAmount = rs.getBigDecimal("paid_first_amount");
        f.paidFirstOn = rs.getObject("paid_first_on", LocalDate.class);
        f.paidFirstBy = rs.getString("paid_first_by");
        f.assessedOn = rs.getObject("assessed_on", LocalDate.class);
        f.assessedEligible = rs.getObject("assessed_eligible", Boolean.class);
        f.assessedAmount = rs.getBigDecimal("assessed_amount");
        f.assessmentJson = rs.getString("assessment_json");
        f.publicityFrom = rs.getObject("publicity_from", LocalDate.class);
        f.publicityEnds = rs.getObject("publicity_ends", LocalDate.class);
        f.outcome = outcome(rs.getString("outcome"));
        f.decidedAmount = rs.getBigDecimal("decided_amount");
        f.startMonth = rs.getString("start_month");
        f.untilMonth = rs.getString("until_month");
        f.stagesJson = rs.getString("stages");
        f.decidedOn = rs.getObject("decided_on", LocalDate.class);
        f.decidedBy = rs.getString("decided_by");
        f.decisionReasons = rs.getString("decision_reasons");
        return new CaseRow(o, f, rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static String documents(Set<CaseDocument> docs) {
        return docs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<CaseDocument> parseDocuments(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(CaseDocument::valueOf).collect(Collectors.toSet());
    }

    private static Outcome outcome(String s) {
        return s == null ? null : Outcome.valueOf(s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

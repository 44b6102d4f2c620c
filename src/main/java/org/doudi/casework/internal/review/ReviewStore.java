package org.doudi.casework.internal.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.assessment.Status;
import org.doudi.casework.ChangeKind;
import org.doudi.casework.ExitReason;
import org.doudi.casework.ReviewAction;
import org.doudi.casework.ReviewCategory;
import org.doudi.casework.ReviewKind;
import org.doudi.casework.ReviewOutcome;
import org.doudi.casework.ReviewState;
import org.doudi.casework.ReviewViews;
import org.doudi.payment.BenefitEnd;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The review tables (V12). Every read carries the caller's region range; every update of a review carries
 * its version and the range, so a stale or out-of-region write changes nothing. Bulk paths (the schedule)
 * insert in JDBC batches and read by lists of ids.
 */
@Repository
class ReviewStore {

    private static final String COLUMNS = "id, benefit_id, programme, household_id, person_id, region_code, kind, "
            + "category, state, opened_on, due_on, due_estimated, last_step_on, change_kind, change_occurred_on, "
            + "change_reported_on, change_summary, late_report, died_person_id, current_amount, assessed_on, "
            + "assessed_status, assessed_amount, assessed_until, assessment_json, proposed_outcome, proposed_amount, "
            + "exit_reason, proposal_reasons, proposed_on, proposed_by, publicity_from, publicity_ends, outcome, "
            + "decided_on, decided_by, decision_reasons, amount_from_month, decided_amount, last_month, benefit_end, "
            + "notified_on, closed_reason, created_by, created_at, updated_at, version";

    private static final String INSERT = """
            insert into review (benefit_id, open_benefit_id, programme, household_id, person_id, region_code, kind,
                category, state, opened_on, due_on, due_estimated, last_step_on, change_kind, change_occurred_on,
                change_reported_on, change_summary, late_report, died_person_id, created_by, created_at, updated_at,
                version)
            values (:benefit, :openBenefit, :programme, :household, :person, :region, :kind, :category, :state,
                :openedOn, :dueOn, :dueEstimated, :lastStepOn, :changeKind, :changeOccurredOn, :changeReportedOn,
                :changeSummary, :lateReport, :diedPerson, :createdBy, :createdAt, :updatedAt, 0)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ReviewStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insert(ReviewRow r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).paramSource(insertParams(r)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts many new reviews in one JDBC batch; answers the ids of the open reviews of their benefits. */
    Map<Long, Long> insertAll(List<ReviewRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        batch.batchUpdate(INSERT, rows.stream().map(ReviewStore::insertParams).toArray(MapSqlParameterSource[]::new));
        Map<Long, Long> ids = new HashMap<>();
        jdbc.sql("select id, benefit_id from review where open_benefit_id in (:benefits)")
                .param("benefits", rows.stream().map(r -> r.benefitId).toList())
                .query((ResultSet rs) -> {
                    ids.put(rs.getLong("benefit_id"), rs.getLong("id"));
                });
        return ids;
    }

    private static MapSqlParameterSource insertParams(ReviewRow r) {
        return new MapSqlParameterSource()
                .addValue("benefit", r.benefitId).addValue("openBenefit", r.state.open() ? r.benefitId : null)
                .addValue("programme", r.programme).addValue("household", r.householdId)
                .addValue("person", r.personId).addValue("region", r.regionCode).addValue("kind", r.kind.name())
                .addValue("category", r.category.name()).addValue("state", r.state.name())
                .addValue("openedOn", r.openedOn).addValue("dueOn", r.dueOn).addValue("dueEstimated", r.dueEstimated)
                .addValue("lastStepOn", r.lastStepOn).addValue("changeKind", name(r.changeKind))
                .addValue("changeOccurredOn", r.changeOccurredOn).addValue("changeReportedOn", r.changeReportedOn)
                .addValue("changeSummary", r.changeSummary).addValue("lateReport", r.lateReport)
                .addValue("diedPerson", r.diedPersonId).addValue("createdBy", r.createdBy)
                .addValue("createdAt", Timestamp.from(r.createdAt)).addValue("updatedAt", Timestamp.from(r.updatedAt));
    }

    Optional<ReviewRow> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from review where id = :id and region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi())
                .query(ReviewStore::row).optional();
    }

    /** The open review of a benefit, if any (there is at most one). */
    Optional<ReviewRow> findOpen(long benefitId, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from review where open_benefit_id = :b and region_code between :lo and :hi")
                .param("b", benefitId).param("lo", scope.lo()).param("hi", scope.hi())
                .query(ReviewStore::row).optional();
    }

    /** Writes the review's new facts if it is still at {@code expectedVersion}; false when it is not. */
    boolean update(ReviewRow r, int expectedVersion, RegionScope scope) {
        int n = jdbc.sql("""
                update review set state = :state, open_benefit_id = :openBenefit, due_on = :dueOn,
                    due_estimated = :dueEstimated, last_step_on = :lastStepOn, change_kind = :changeKind,
                    change_occurred_on = :changeOccurredOn, change_reported_on = :changeReportedOn,
                    change_summary = :changeSummary, late_report = :lateReport, died_person_id = :diedPerson,
                    current_amount = :currentAmount, assessed_on = :assessedOn, assessed_status = :assessedStatus,
                    assessed_amount = :assessedAmount, assessed_until = :assessedUntil, assessment_json = :assessment,
                    proposed_outcome = :proposedOutcome, proposed_amount = :proposedAmount, exit_reason = :exitReason,
                    proposal_reasons = :proposalReasons, proposed_on = :proposedOn, proposed_by = :proposedBy,
                    publicity_from = :publicityFrom, publicity_ends = :publicityEnds, outcome = :outcome,
                    decided_on = :decidedOn, decided_by = :decidedBy, decision_reasons = :decisionReasons,
                    amount_from_month = :amountFrom, decided_amount = :decidedAmount, last_month = :lastMonth,
                    benefit_end = :benefitEnd, notified_on = :notifiedOn, closed_reason = :closedReason,
                    updated_at = :updatedAt, version = version + 1
                where id = :id and version = :version and region_code between :lo and :hi
                """)
                .param("state", r.state.name()).param("openBenefit", r.state.open() ? r.benefitId : null)
                .param("dueOn", r.dueOn).param("dueEstimated", r.dueEstimated).param("lastStepOn", r.lastStepOn)
                .param("changeKind", name(r.changeKind)).param("changeOccurredOn", r.changeOccurredOn)
                .param("changeReportedOn", r.changeReportedOn).param("changeSummary", r.changeSummary)
                .param("lateReport", r.lateReport).param("diedPerson", r.diedPersonId)
                .param("currentAmount", r.currentAmount).param("assessedOn", r.assessedOn)
                .param("assessedStatus", name(r.assessedStatus)).param("assessedAmount", r.assessedAmount)
                .param("assessedUntil", month(r.assessedUntil)).param("assessment", r.assessmentJson)
                .param("proposedOutcome", name(r.proposedOutcome)).param("proposedAmount", r.proposedAmount)
                .param("exitReason", name(r.exitReason)).param("proposalReasons", r.proposalReasons)
                .param("proposedOn", r.proposedOn).param("proposedBy", r.proposedBy)
                .param("publicityFrom", r.publicityFrom).param("publicityEnds", r.publicityEnds)
                .param("outcome", name(r.outcome)).param("decidedOn", r.decidedOn).param("decidedBy", r.decidedBy)
                .param("decisionReasons", r.decisionReasons).param("amountFrom", month(r.amountFromMonth))
                .param("decidedAmount", r.decidedAmount).param("lastMonth", month(r.lastMonth))
                .param("benefitEnd", name(r.benefitEnd)).param("notifiedOn", r.notifiedOn)
                .param("closedReason", r.closedReason).param("updatedAt", Timestamp.from(r.updatedAt))
                .param("id", r.id).param("version", expectedVersion).param("lo", scope.lo()).param("hi", scope.hi())
                .update();
        return n == 1;
    }

    /** Filters of the review list; null means any. {@code overdueOn}: due before that day and still open. */
    record Filter(ReviewState state, ReviewKind kind, LocalDate overdueOn, LocalDate dueBefore, Long householdId,
                  Long benefitId) {
    }

    List<ReviewRow> list(RegionScope scope, Filter f, int page, int size) {
        Map<String, Object> p = params(scope, f);
        return jdbc.sql("select " + COLUMNS + " from review where " + where(f)
                        + " order by due_on, id offset :offset rows fetch next :size rows only")
                .params(p).param("offset", page * size).param("size", size)
                .query(ReviewStore::row).list();
    }

    long count(RegionScope scope, Filter f) {
        return jdbc.sql("select count(*) from review where " + where(f)).params(params(scope, f))
                .query(Long.class).single();
    }

    private static String where(Filter f) {
        return "region_code between :lo and :hi"
                + (f.state() == null ? "" : " and state = :state")
                + (f.kind() == null ? "" : " and kind = :kind")
                + (f.overdueOn() == null ? "" : " and open_benefit_id is not null and due_on < :today")
                + (f.dueBefore() == null ? "" : " and open_benefit_id is not null and due_on < :dueBefore")
                + (f.householdId() == null ? "" : " and household_id = :household")
                + (f.benefitId() == null ? "" : " and benefit_id = :benefit");
    }

    private static Map<String, Object> params(RegionScope scope, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        if (f.state() != null) {
            p.put("state", f.state().name());
        }
        if (f.kind() != null) {
            p.put("kind", f.kind().name());
        }
        if (f.overdueOn() != null) {
            p.put("today", f.overdueOn());
        }
        if (f.dueBefore() != null) {
            p.put("dueBefore", f.dueBefore());
        }
        if (f.householdId() != null) {
            p.put("household", f.householdId());
        }
        if (f.benefitId() != null) {
            p.put("benefit", f.benefitId());
        }
        return p;
    }

    /** Of these benefits, those with an open review. */
    Set<Long> withOpenReview(Collection<Long> benefitIds) {
        if (benefitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select open_benefit_id from review where open_benefit_id in (:ids)")
                .param("ids", List.copyOf(benefitIds)).query(Long.class).list());
    }

    /** The day of the latest decided review of each of these benefits (absent: never reviewed). */
    Map<Long, LocalDate> lastDecided(Collection<Long> benefitIds) {
        if (benefitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> out = new HashMap<>();
        jdbc.sql("select benefit_id, max(decided_on) as last_on from review where benefit_id in (:ids)"
                        + " and decided_on is not null group by benefit_id")
                .param("ids", List.copyOf(benefitIds))
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("benefit_id"), rs.getObject("last_on", LocalDate.class));
                });
        return out;
    }

    // ---- the timeline

    record StepRow(ReviewAction action, ReviewState from, ReviewState to, LocalDate on, String by, Instant at,
                   String details) {
    }

    private static final String INSERT_STEP = """
            insert into review_step (review_id, action, from_state, to_state, on_date, recorded_by, recorded_at, details)
            values (:review, :action, :from, :to, :on, :by, :at, :details)
            """;

    void insertStep(long reviewId, StepRow s) {
        jdbc.sql(INSERT_STEP).paramSource(stepParams(reviewId, s)).update();
    }

    void insertSteps(Map<Long, StepRow> byReview) {
        if (!byReview.isEmpty()) {
            batch.batchUpdate(INSERT_STEP, byReview.entrySet().stream().map(e -> stepParams(e.getKey(), e.getValue()))
                    .toArray(MapSqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource stepParams(long reviewId, StepRow s) {
        return new MapSqlParameterSource().addValue("review", reviewId).addValue("action", s.action().name())
                .addValue("from", name(s.from())).addValue("to", s.to().name()).addValue("on", s.on())
                .addValue("by", s.by()).addValue("at", Timestamp.from(s.at())).addValue("details", s.details());
    }

    /** The timeline of a review the caller has already found inside their region. */
    List<StepRow> steps(long reviewId) {
        return jdbc.sql("select action, from_state, to_state, on_date, recorded_by, recorded_at, details"
                        + " from review_step where review_id = ? order by id")
                .params(reviewId)
                .query((rs, i) -> new StepRow(ReviewAction.valueOf(rs.getString("action")),
                        rs.getString("from_state") == null ? null : ReviewState.valueOf(rs.getString("from_state")),
                        ReviewState.valueOf(rs.getString("to_state")), rs.getObject("on_date", LocalDate.class),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("details")))
                .list();
    }

    /** Who recorded the visits of a review (maker-checker). */
    Set<String> investigators(long reviewId) {
        return new HashSet<>(jdbc.sql("select distinct recorded_by from review_step where review_id = ? and action = ?")
                .params(reviewId, ReviewAction.INVESTIGATION.name()).query(String.class).list());
    }

    // ---- the notice

    void insertNotice(ReviewRow r, String text, String method, String by, Instant at) {
        jdbc.sql("""
                insert into review_notice (review_id, benefit_id, household_id, region_code, outcome, monthly_amount,
                    from_month, last_month, notice_text, method, notified_on, recorded_by, recorded_at)
                values (:review, :benefit, :household, :region, :outcome, :amount, :from, :last, :text, :method, :on,
                    :by, :at)
                """)
                .param("review", r.id).param("benefit", r.benefitId).param("household", r.householdId)
                .param("region", r.regionCode).param("outcome", r.outcome.name()).param("amount", r.decidedAmount)
                .param("from", month(r.amountFromMonth)).param("last", month(r.lastMonth)).param("text", text)
                .param("method", method).param("on", r.notifiedOn).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    Optional<ReviewViews.Notice> notice(long reviewId) {
        return jdbc.sql("""
                        select id, review_id, benefit_id, outcome, monthly_amount, from_month, last_month, notice_text,
                               method, notified_on, recorded_by
                          from review_notice where review_id = ?""")
                .params(reviewId)
                .query((rs, i) -> new ReviewViews.Notice(rs.getLong("id"), rs.getLong("review_id"),
                        rs.getLong("benefit_id"), ReviewOutcome.valueOf(rs.getString("outcome")),
                        rs.getBigDecimal("monthly_amount"), month(rs, "from_month"), month(rs, "last_month"),
                        rs.getString("notice_text"), rs.getString("method"), rs.getObject("notified_on", LocalDate.class),
                        rs.getString("recorded_by")))
                .optional();
    }

    // ---- mapping

    private static ReviewRow row(ResultSet rs, int i) throws SQLException {
        ReviewRow r = new ReviewRow();
        r.id = rs.getLong("id");
        r.benefitId = rs.getLong("benefit_id");
        r.programme = rs.getString("programme");
        r.householdId = rs.getLong("household_id");
        r.personId = rs.getObject("person_id", Long.class);
        r.regionCode = rs.getString("region_code");
        r.kind = ReviewKind.valueOf(rs.getString("kind"));
        r.category = ReviewCategory.valueOf(rs.getString("category"));
        r.state = ReviewState.valueOf(rs.getString("state"));
        r.openedOn = date(rs, "opened_on");
        r.dueOn = date(rs, "due_on");
        r.dueEstimated = rs.getBoolean("due_estimated");
        r.lastStepOn = date(rs, "last_step_on");
        r.changeKind = value(ChangeKind.class, rs.getString("change_kind"));
        r.changeOccurredOn = date(rs, "change_occurred_on");
        r.changeReportedOn = date(rs, "change_reported_on");
        r.changeSummary = rs.getString("change_summary");
        r.lateReport = rs.getBoolean("late_report");
        r.diedPersonId = rs.getObject("died_person_id", Long.class);
        r.currentAmount = rs.getBigDecimal("current_amount");
        r.assessedOn = date(rs, "assessed_on");
        r.assessedStatus = value(Status.class, rs.getString("assessed_status"));
        r.assessedAmount = rs.getBigDecimal("assessed_amount");
        r.assessedUntil = month(rs, "assessed_until");
        r.assessmentJson = rs.getString("assessment_json");
        r.proposedOutcome = value(ReviewOutcome.class, rs.getString("proposed_outcome"));
        r.proposedAmount = rs.getBigDecimal("proposed_amount");
        r.exitReason = value(ExitReason.class, rs.getString("exit_reason"));
        r.proposalReasons = rs.getString("proposal_reasons");
        r.proposedOn = date(rs, "proposed_on");
        r.proposedBy = rs.getString("proposed_by");
        r.publicityFrom = date(rs, "publicity_from");
        r.publicityEnds = date(rs, "publicity_ends");
        r.outcome = value(ReviewOutcome.class, rs.getString("outcome"));
        r.decidedOn = date(rs, "decided_on");
        r.decidedBy = rs.getString("decided_by");
        r.decisionReasons = rs.getString("decision_reasons");
        r.amountFromMonth = month(rs, "amount_from_month");
        r.decidedAmount = rs.getBigDecimal("decided_amount");
        r.lastMonth = month(rs, "last_month");
        r.benefitEnd = value(BenefitEnd.class, rs.getString("benefit_end"));
        r.notifiedOn = date(rs, "notified_on");
        r.closedReason = rs.getString("closed_reason");
        r.createdBy = rs.getString("created_by");
        r.createdAt = rs.getTimestamp("created_at").toInstant();
        r.updatedAt = rs.getTimestamp("updated_at").toInstant();
        r.version = rs.getInt("version");
        return r;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate d = date(rs, column);
        return d == null ? null : YearMonth.from(d);
    }

    private static Date month(YearMonth m) {
        return m == null ? null : Date.valueOf(m.atDay(1));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.payment.HoldReason;
import org.doudi.payment.LineKind;
import org.doudi.payment.LineStatus;
import org.doudi.payment.PageOf;
import org.doudi.payment.Payroll;
import org.doudi.payment.PayrollLine;
import org.doudi.payment.PayrollState;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payroll} rows and the views of payrolls and their lines. Reads carry the actor's region range. */
@Repository
class PayrollStore {

    private static final Pattern REFERENCE = Pattern.compile("P(\\d+)L(\\d+)");
    private static final String COLUMNS = "id, county_code, programme, pay_month, state, generated_by, started_at, "
            + "generated_at, failure, approved_by, approved_at, exported_by, exported_at, reconciled_at, rejected_by, "
            + "rejected_at, rejection, version";

    private final JdbcClient jdbc;

    PayrollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A payroll row as stored. */
    record Row(long id, String countyCode, String programme, YearMonth month, PayrollState state, String generatedBy,
               Instant startedAt, Instant generatedAt, String failure, String approvedBy, Instant approvedAt,
               String exportedBy, Instant exportedAt, Instant reconciledAt, String rejectedBy, Instant rejectedAt,
               String rejection, int version) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("county_code"),
            rs.getString("programme"), YearMonth.from(rs.getObject("pay_month", LocalDate.class)),
            PayrollState.valueOf(rs.getString("state")), rs.getString("generated_by"), instant(rs, "started_at"),
            instant(rs, "generated_at"), rs.getString("failure"), rs.getString("approved_by"),
            instant(rs, "approved_at"), rs.getString("exported_by"), instant(rs, "exported_at"),
            instant(rs, "reconciled_at"), rs.getString("rejected_by"), instant(rs, "rejected_at"),
            rs.getString("rejection"), rs.getInt("version"));

    /** The bank file's reference of a line: the payroll and the line, e.g. {@code P17L4052}. */
    static String reference(long payrollId, long lineId) {
        return "P" + payrollId + "L" + lineId;
    }

    /** The line a reference names, when it names one of this payroll. */
    static Optional<Long> lineOf(String reference, long payrollId) {
        Matcher m = REFERENCE.matcher(reference == null ? "" : reference.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) != payrollId) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(2)));
    }

    Optional<Row> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from payroll where id = :id and county_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi()).query(ROW).optional();
    }

    /** Locks the row for the rest of the transaction: one generation, approval or export of a payroll at a time. */
    Row lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from payroll where id = :id for update").param("id", id)
                .query(ROW).single();
    }

    Optional<Row> open(String countyCode, String programme, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from payroll where county_code = :county and programme = :prog "
                        + "and pay_month = :month and open_marker = 1")
                .param("county", countyCode).param("prog", programme).param("month", Months.first(month))
                .query(ROW).optional();
    }

    long insert(String countyCode, String programme, YearMonth month, String by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into payroll (county_code, programme, pay_month, state, open_marker, generated_by,
                                             started_at, version)
                        values (:county, :prog, :month, 'GENERATING', 1, :by, :at, 0)""")
                .param("county", countyCode).param("prog", programme).param("month", Months.first(month))
                .param("by", by).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Moves a payroll on, if it is still at {@code version}; the extra columns are set alongside. */
    boolean move(long id, int version, PayrollState to, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("update payroll set state = :to, version = version + 1, open_marker = ");
        sql.append(to.open() ? "1" : "null");
        set.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        sql.append(" where id = :id and version = :version");
        Map<String, Object> params = new HashMap<>();
        set.forEach((k, v) -> params.put(k, v instanceof Instant i ? Timestamp.from(i) : v));
        return jdbc.sql(sql.toString()).params(params).param("to", to.name()).param("id", id)
                .param("version", version).update() == 1;
    }

    /**
     * Cancels the lines still to pay (a rejected payroll): their recovery instalments are given back and their
     * claims stay open, so the next payroll pays them.
     */
    void cancelLines(long payrollId, String note, Instant at) {
        Map<String, Object> p = Map.of("p", payrollId, "at", Timestamp.from(at));
        jdbc.sql("""
                        insert into open_claim (claim, claim_id, for_month, benefit_id, opened_at, why)
                        select l.claim, l.claim_id, l.for_month, min(l.benefit_id), :at, 'REJECTED'
                          from payroll_line l
                         where l.payroll_id = :p and l.status = 'DUE'
                           and not exists (select 1 from open_claim o where o.claim = l.claim
                                              and o.claim_id = l.claim_id and o.for_month = l.for_month)
                         group by l.claim, l.claim_id, l.for_month""")
                .params(p).update();
        jdbc.sql("update payroll_line set status = 'CANCELLED', live = null, note = :note "
                        + "where payroll_id = :p and status = 'DUE'")
                .param("p", payrollId).param("note", note.length() > 300 ? note.substring(0, 300) : note).update();
        jdbc.sql("""
                        update recovery_deduction set live = null
                         where live = 1 and line_id in (select id from payroll_line
                                                         where payroll_id = :p and live is null)""")
                .params(p).update();
    }

    // ---- views

    Payroll view(Row r, String countyName, boolean running, Payroll.Progress progress) {
        return new Payroll(r.id(), r.countyCode(), countyName, r.programme(), r.month(), r.state(), r.generatedBy(),
                r.startedAt(), r.generatedAt(), r.failure(), r.approvedBy(), r.approvedAt(), r.exportedBy(),
                r.exportedAt(), r.reconciledAt(), r.rejectedBy(), r.rejectedAt(), r.rejection(), totals(r.id()),
                running, progress, r.version());
    }

    Payroll.Totals totals(long payrollId) {
        record Group(LineStatus status, LineKind kind, long lines, BigDecimal gross, BigDecimal deducted) {
        }
        List<Group> groups = jdbc.sql("""
                        select status, kind, count(*) as lines, coalesce(sum(gross), 0) as gross,
                               coalesce(sum(deducted), 0) as deducted
                          from payroll_line where payroll_id = :id group by status, kind""")
                .param("id", payrollId)
                .query((rs, n) -> new Group(LineStatus.valueOf(rs.getString("status")),
                        LineKind.valueOf(rs.getString("kind")), rs.getLong("lines"), rs.getBigDecimal("gross"),
                        rs.getBigDecimal("deducted")))
                .list();
        long lines = 0, payableLines = 0, held = 0, paid = 0, failed = 0, cancelled = 0;
        BigDecimal gross = BigDecimal.ZERO, deducted = BigDecimal.ZERO, heldAmount = BigDecimal.ZERO,
                failedAmount = BigDecimal.ZERO;
        Map<LineKind, long[]> kindLines = new EnumMap<>(LineKind.class);
        Map<LineKind, BigDecimal> kindAmount = new EnumMap<>(LineKind.class);
        for (Group g : groups) {
            lines += g.lines();
            switch (g.status()) {
                case HELD -> {
                    held += g.lines();
                    heldAmount = heldAmount.add(g.gross());
                }
                case CANCELLED -> cancelled += g.lines();
                default -> {
                    payableLines += g.lines();
                    gross = gross.add(g.gross());
                    deducted = deducted.add(g.deducted());
                    kindLines.computeIfAbsent(g.kind(), k -> new long[1])[0] += g.lines();
                    kindAmount.merge(g.kind(), g.gross().subtract(g.deducted()), BigDecimal::add);
                    if (g.status() == LineStatus.PAID) {
                        paid += g.lines();
                    } else if (g.status() == LineStatus.FAILED) {
                        failed += g.lines();
                        failedAmount = failedAmount.add(g.gross().subtract(g.deducted()));
                    }
                }
            }
        }
        List<Payroll.KindTotal> byKind = new ArrayList<>();
        for (LineKind k : LineKind.values()) {
            if (kindLines.containsKey(k)) {
                byKind.add(new Payroll.KindTotal(k, kindLines.get(k)[0], kindAmount.get(k)));
            }
        }
        return new Payroll.Totals(lines, payableLines, gross, deducted, gross.subtract(deducted), held, heldAmount,
                paid, failed, failedAmount, cancelled, byKind);
    }

    List<Row> list(RegionScope scope, String programme, YearMonth month, PayrollState state, int page, int size) {
        Where w = where(scope, programme, month, state);
        return jdbc.sql("select " + COLUMNS + " from payroll" + w.sql
                        + " order by pay_month desc, id desc limit :size offset :offset")
                .params(w.params).param("size", size).param("offset", (long) page * size).query(ROW).list();
    }

    long count(RegionScope scope, String programme, YearMonth month, PayrollState state) {
        Where w = where(scope, programme, month, state);
        return jdbc.sql("select count(*) from payroll" + w.sql).params(w.params).query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(RegionScope scope, String programme, YearMonth month, PayrollState state) {
        StringBuilder sql = new StringBuilder(" where county_code between :lo and :hi");
        Map<String, Object> params = new HashMap<>(Map.of("lo", scope.lo(), "hi", scope.hi()));
        if (programme != null) {
            sql.append(" and programme = :prog");
            params.put("prog", programme);
        }
        if (month != null) {
            sql.append(" and pay_month = :month");
            params.put("month", Months.first(month));
        }
        if (state != null) {
            sql.append(" and state = :state");
            params.put("state", state.name());
        }
        return new Where(sql.toString(), params);
    }

    private static final String LINE_COLUMNS = """
            l.id, l.payroll_id, l.kind, l.for_month, l.benefit_id, l.household_id, l.person_id, l.region_code,
            r.payee_name, r.bank_name, r.account_masked, l.gross, l.deducted, l.status, l.hold, l.note, p.state""";

    private static final RowMapper<PayrollLine> LINE = (rs, n) -> {
        LineStatus status = LineStatus.valueOf(rs.getString("status"));
        PayrollState state = PayrollState.valueOf(rs.getString("state"));
        if (status == LineStatus.DUE && (state == PayrollState.EXPORTED || state == PayrollState.RECONCILED)) {
            status = LineStatus.EXPORTED;
        }
        BigDecimal gross = rs.getBigDecimal("gross");
        BigDecimal deducted = rs.getBigDecimal("deducted");
        String hold = rs.getString("hold");
        return new PayrollLine(rs.getLong("id"), reference(rs.getLong("payroll_id"), rs.getLong("id")),
                LineKind.valueOf(rs.getString("kind")), YearMonth.from(rs.getObject("for_month", LocalDate.class)),
                rs.getLong("benefit_id"), rs.getLong("household_id"), rs.getObject("person_id", Long.class),
                rs.getString("region_code"), rs.getString("payee_name"), rs.getString("bank_name"),
                rs.getString("account_masked"), gross, deducted, gross.subtract(deducted), status,
                hold == null ? null : HoldReason.valueOf(hold), rs.getString("note"));
    };

    /** A page of a payroll's lines; an EXPORTED filter reads DUE lines of an exported payroll. */
    PageOf<PayrollLine> lines(long payrollId, LineStatus status, LineKind kind, int page, int size) {
        StringBuilder sql = new StringBuilder(" from payroll_line l join payroll p on p.id = l.payroll_id"
                + " left join payroll_recipient r on r.id = l.recipient_id where l.payroll_id = :id");
        Map<String, Object> params = new HashMap<>(Map.of("id", payrollId));
        if (status != null) {
            sql.append(" and l.status = :status");
            params.put("status", status == LineStatus.EXPORTED ? LineStatus.DUE.name() : status.name());
        }
        if (kind != null) {
            sql.append(" and l.kind = :kind");
            params.put("kind", kind.name());
        }
        long total = jdbc.sql("select count(*)" + sql).params(params).query(Long.class).single();
        List<PayrollLine> items = jdbc.sql("select " + LINE_COLUMNS + sql + " order by l.id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(LINE).list();
        return new PageOf<>(items, page, size, total);
    }

    /** Failed payments in the region whose month has not been paid since. */
    PageOf<PayrollLine> failed(RegionScope scope, int page, int size) {
        String from = """
                 from payroll_line l join payroll p on p.id = l.payroll_id
                 left join payroll_recipient r on r.id = l.recipient_id
                where p.county_code between :lo and :hi and l.status = 'FAILED'
                  and not exists (select 1 from payroll_line x where x.claim = l.claim and x.claim_id = l.claim_id
                                     and x.for_month = l.for_month and x.live = 1)""";
        Map<String, Object> params = Map.of("lo", scope.lo(), "hi", scope.hi());
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        List<PayrollLine> items = jdbc.sql("select " + LINE_COLUMNS + from + " order by l.id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(LINE).list();
        return new PageOf<>(items, page, size, total);
    }

    /** A failed payment as its release needs it: where it was paid from, to whom and to which account. */
    record Failure(long lineId, String countyCode, Long payeePersonId, String accountIndex, Instant clearedAt) {
    }

    /** The failure of the line, when its payroll is in scope; locked, so that two releases do not cross. */
    Optional<Failure> lockFailure(long lineId, RegionScope scope) {
        Optional<String> county = jdbc.sql("""
                        select p.county_code from payment_failure f join payroll p on p.id = f.payroll_id
                         where f.line_id = :id and p.county_code between :lo and :hi""")
                .param("id", lineId).param("lo", scope.lo()).param("hi", scope.hi()).query(String.class).optional();
        // the failure alone is locked (not its payroll, which an export may be holding), and read again under the lock
        return county.map(c -> jdbc.sql("""
                        select line_id, payee_person_id, account_index, cleared_at from payment_failure
                         where line_id = :id for update""")
                .param("id", lineId)
                .query((rs, n) -> new Failure(rs.getLong(1), c, rs.getObject(2, Long.class), rs.getString(3),
                        instant(rs, "cleared_at")))
                .single());
    }

    /** Clears every failure still holding the payee's account (the holds match on payee and account). */
    int clearFailures(Failure f, String by, Instant at) {
        return jdbc.sql("""
                        update payment_failure set cleared_by = :by, cleared_at = :at
                         where cleared_at is null and (line_id = :id
                               or (payee_person_id = :payee and account_index = :account))""")
                .param("id", f.lineId()).param("payee", f.payeePersonId()).param("account", f.accountIndex())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

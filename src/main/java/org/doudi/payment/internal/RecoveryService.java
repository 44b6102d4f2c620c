package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.audit.AuditLog;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.payment.NewRecovery;
import org.doudi.payment.PageOf;
import org.doudi.payment.Recoveries;
import org.doudi.payment.Recovery;
import org.doudi.payment.RecoveryReason;
import org.doudi.payment.Refund;
import org.doudi.region.RegionScope;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recoveries: decided ones and refunds here; deductions are planned by the payrolls (Instalments). */
@Service
@Transactional
class RecoveryService implements Recoveries {

    /** What has been taken (deductions still standing) and refunded, per recovery. */
    private static final String TAKEN = """
            coalesce((select sum(d.amount) from recovery_deduction d where d.recovery_id = r.id and d.live = 1), 0)
            + coalesce((select sum(f.amount) from recovery_refund f where f.recovery_id = r.id), 0)""";

    private final JdbcClient jdbc;
    private final BenefitsInForce benefits;
    private final AuditLog audit;
    private final Clock clock;

    RecoveryService(JdbcClient jdbc, BenefitsInForce benefits, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.benefits = benefits;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayDecide() {
        return PaymentAccess.holds(PaymentAccess.COUNTY);
    }

    @Override
    public Recovery decide(NewRecovery r) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "deciding recoveries");
        Checks c = new Checks();
        if (r.benefitId() == null) {
            c.problem("benefitId", "is required");
        }
        BigDecimal amount = c.money("amount", r.amount(), false);
        BigDecimal instalment = r.instalment() == null ? null : c.money("instalment", r.instalment(), false);
        if (amount != null && instalment != null && instalment.compareTo(amount) > 0) {
            c.problem("instalment", "must not be more than the amount");
        }
        String note = c.required("note", r.note(), 300);
        c.refuseIfAny();
        BenefitInForce benefit = benefits.find(r.benefitId())
                .orElseThrow(() -> new NotFoundException("benefit " + r.benefitId()));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into recovery (benefit_id, household_id, region_code, programme, reason, amount,
                                              instalment, waived, note, created_by, created_at, version)
                        values (:b, :h, :region, :prog, 'OVERPAYMENT', :amount, :instalment, false, :note, :by, :at, 0)""")
                .param("b", benefit.id()).param("h", benefit.householdId()).param("region", benefit.regionCode())
                .param("prog", benefit.programme()).param("amount", amount).param("instalment", instalment)
                .param("note", note).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Recovery after = get(id);
        audit.recordWrite("recovery.decide", "recovery", Long.toString(id), benefit.regionCode(), null, after);
        return after;
    }

    @Override
    public Recovery refund(long id, Refund refund) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "recording refunds");
        Recovery before = get(id);
        Checks c = new Checks();
        BigDecimal amount = c.money("amount", refund.amount(), false);
        LocalDate on = c.date("receivedOn", refund.receivedOn());
        if (on != null && on.isAfter(Today.in(clock))) {
            c.problem("receivedOn", "is in the future");
        }
        if (amount != null && amount.compareTo(before.outstanding()) > 0) {
            c.problem("amount", "is more than the " + before.outstanding() + " outstanding");
        }
        String note = c.optional("note", refund.note(), 300);
        c.refuseIfAny();
        jdbc.sql("""
                        insert into recovery_refund (recovery_id, amount, received_on, note, recorded_by, recorded_at)
                        values (:id, :amount, :on, :note, :by, :at)""")
                .param("id", id).param("amount", amount).param("on", on).param("note", note)
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        int bumped = jdbc.sql("update recovery set version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", before.version()).update();
        if (bumped == 0) {
            throw new org.doudi.shared.web.ConflictException("recovery " + id + " changed at the same moment");
        }
        Recovery after = get(id);
        audit.recordWrite("recovery.refund", "recovery", Long.toString(id), after.regionCode(), before, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Recovery get(long id) {
        RegionScope scope = PaymentAccess.scope();
        return rows("r.id = :id", Map.of("id", id, "lo", scope.lo(), "hi", scope.hi()), 0, 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("recovery " + id));
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<Recovery> list(Long householdId, Boolean open, int page, int size) {
        Checks c = new Checks();
        if (page < 0) {
            c.problem("page", "must be 0 or more");
        }
        if (size < 1 || size > 200) {
            c.problem("size", "must be from 1 to 200");
        }
        c.refuseIfAny();
        RegionScope scope = PaymentAccess.scope();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>(Map.of("lo", scope.lo(), "hi", scope.hi()));
        if (householdId != null) {
            where.append(" and r.household_id = :h");
            params.put("h", householdId);
        }
        if (open != null) {
            where.append(open ? " and r.waived = false and r.amount > " + TAKEN
                    : " and (r.waived = true or r.amount <= " + TAKEN + ")");
        }
        long total = jdbc.sql("select count(*) from recovery r where " + where
                        + " and r.region_code between :lo and :hi")
                .params(params).query(Long.class).single();
        return new PageOf<>(rows(where.toString(), params, page, size), page, size, total);
    }

    private List<Recovery> rows(String where, Map<String, Object> params, int page, int size) {
        record Head(long id, long benefitId, long householdId, String region, String programme, String reason,
                    Long sourceLine, Long sourcePayroll, LocalDate sourceMonth, BigDecimal amount, BigDecimal instalment,
                    boolean waived, String note, String by, Instant at, int version) {
        }
        List<Head> heads = jdbc.sql("""
                        select r.id, r.benefit_id, r.household_id, r.region_code, r.programme, r.reason,
                               r.source_line_id, l.payroll_id, l.for_month, r.amount, r.instalment, r.waived, r.note,
                               r.created_by, r.created_at, r.version
                          from recovery r left join payroll_line l on l.id = r.source_line_id
                         where %s and r.region_code between :lo and :hi
                         order by r.id desc limit :size offset :offset""".formatted(where))
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("benefit_id"), rs.getLong("household_id"),
                        rs.getString("region_code"), rs.getString("programme"), rs.getString("reason"),
                        rs.getObject("source_line_id", Long.class), rs.getObject("payroll_id", Long.class),
                        rs.getObject("for_month", LocalDate.class), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("instalment"), rs.getBoolean("waived"), rs.getString("note"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version")))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, List<Recovery.Deduction>> deductions = new HashMap<>();
        jdbc.sql("""
                        select d.recovery_id, d.line_id, l.payroll_id, d.for_month, d.amount, l.status
                          from recovery_deduction d join payroll_line l on l.id = d.line_id
                         where d.recovery_id in (:ids) and d.live = 1 order by d.for_month, d.id""")
                .param("ids", ids)
                .query((rs, n) -> deductions.computeIfAbsent(rs.getLong("recovery_id"), k -> new ArrayList<>())
                        .add(new Recovery.Deduction(PayrollStore.reference(rs.getLong("payroll_id"), rs.getLong("line_id")),
                                YearMonth.from(rs.getObject("for_month", LocalDate.class)), rs.getBigDecimal("amount"),
                                "PAID".equals(rs.getString("status")))))
                .list();
        Map<Long, List<Recovery.RefundMade>> refunds = new HashMap<>();
        jdbc.sql("""
                        select recovery_id, amount, received_on, note, recorded_by from recovery_refund
                         where recovery_id in (:ids) order by received_on, id""")
                .param("ids", ids)
                .query((rs, n) -> refunds.computeIfAbsent(rs.getLong("recovery_id"), k -> new ArrayList<>())
                        .add(new Recovery.RefundMade(rs.getBigDecimal("amount"),
                                rs.getObject("received_on", LocalDate.class), rs.getString("note"),
                                rs.getString("recorded_by"))))
                .list();
        return heads.stream().map(h -> {
            List<Recovery.Deduction> ds = deductions.getOrDefault(h.id(), List.of());
            List<Recovery.RefundMade> rs = refunds.getOrDefault(h.id(), List.of());
            BigDecimal confirmed = ds.stream().filter(Recovery.Deduction::confirmed).map(Recovery.Deduction::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal pending = ds.stream().filter(d -> !d.confirmed()).map(Recovery.Deduction::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal recovered = confirmed.add(rs.stream().map(Recovery.RefundMade::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal outstanding = h.waived() ? BigDecimal.ZERO
                    : h.amount().subtract(recovered).subtract(pending).max(BigDecimal.ZERO);
            return new Recovery(h.id(), h.benefitId(), h.householdId(), h.region(), h.programme(),
                    RecoveryReason.valueOf(h.reason()),
                    h.sourceLine() == null ? null : PayrollStore.reference(h.sourcePayroll(), h.sourceLine()),
                    h.sourceMonth() == null ? null : YearMonth.from(h.sourceMonth()), h.amount(), h.instalment(),
                    recovered, pending, outstanding, h.waived(), h.note(), h.by(), h.at(), ds, rs, h.version());
        }).toList();
    }
}

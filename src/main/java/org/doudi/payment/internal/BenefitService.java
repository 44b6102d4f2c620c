package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.payment.BenefitEnd;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitKind;
import org.doudi.payment.BenefitsInForce;
import org.doudi.payment.NewBenefit;
import org.doudi.region.RegionScope;
import org.doudi.shared.jdbc.IdChunk;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits in force, over the {@code benefit} and {@code benefit_amount} tables (V8). Writes join the
 * caller's transaction (a decision and its benefit are one), carry the actor's region range, and are audited.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
class BenefitService implements BenefitsInForce {

    private static final String COLUMNS = "id, programme, kind, household_id, person_id, region_code, case_id, "
            + "granted_on, from_month, to_month, end_reason, version";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Overpayments overpayments;
    private final Clock clock;

    BenefitService(JdbcClient jdbc, AuditLog audit, Overpayments overpayments, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.overpayments = overpayments;
        this.clock = clock;
    }

    @Override
    public BenefitInForce grant(NewBenefit b) {
        List<FieldProblem> problems = new ArrayList<>();
        if (b.programme() == null || b.programme().isBlank()) {
            problems.add(new FieldProblem("programme", "is required"));
        }
        if (b.kind() == null) {
            problems.add(new FieldProblem("kind", "is required"));
        }
        if (b.fromMonth() == null) {
            problems.add(new FieldProblem("fromMonth", "is required"));
        } else if (b.toMonth() != null && b.toMonth().isBefore(b.fromMonth())) {
            problems.add(new FieldProblem("toMonth", "must not be before fromMonth"));
        } else if (b.kind() == BenefitKind.ONE_OFF && !b.fromMonth().equals(b.toMonth())) {
            problems.add(new FieldProblem("toMonth", "a one-off is paid in one month: toMonth = fromMonth"));
        }
        if (b.amount() == null || b.amount().signum() < 0) {
            problems.add(new FieldProblem("amount", "must be 0 or more"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Actor actor = Actor.current();
        if (!RegionScope.of(actor.regionCode()).contains(b.regionCode())) {
            throw new NotFoundException("region " + b.regionCode());
        }
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into benefit (programme, kind, household_id, person_id, region_code, case_id, granted_on,
                    from_month, to_month, created_by, created_at, updated_at, version)
                values (:programme, :kind, :household, :person, :region, :case, :granted, :from, :to, :by, :at, :at, 0)
                """)
                .param("programme", b.programme()).param("kind", b.kind().name()).param("household", b.householdId())
                .param("person", b.personId()).param("region", b.regionCode()).param("case", b.caseId())
                .param("granted", b.grantedOn()).param("from", month(b.fromMonth())).param("to", month(b.toMonth()))
                .param("by", actor.username()).param("at", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertAmount(id, b.fromMonth(), b.amount(), b.reason(), actor, now);
        BenefitInForce granted = find(id).orElseThrow();
        audit.recordWrite("benefit.grant", "benefit", Long.toString(id), b.regionCode(), null, granted);
        return granted;
    }

    @Override
    public BenefitInForce changeAmount(long benefitId, YearMonth fromMonth, BigDecimal amount, String reason) {
        BenefitInForce before = existing(benefitId);
        List<FieldProblem> problems = new ArrayList<>();
        if (fromMonth == null || !before.paysFor(fromMonth)) {
            problems.add(new FieldProblem("fromMonth", "must be a month the benefit pays for ("
                    + before.fromMonth() + " to " + (before.toMonth() == null ? "open" : before.toMonth()) + ")"));
        }
        if (amount == null || amount.signum() < 0) {
            problems.add(new FieldProblem("amount", "must be 0 or more"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Actor actor = Actor.current();
        Instant now = clock.instant();
        // a later change of the same month replaces an earlier, not yet paid one; payrolls keep what they paid
        jdbc.sql("delete from benefit_amount where benefit_id = :id and from_month = :from")
                .param("id", benefitId).param("from", month(fromMonth)).update();
        insertAmount(benefitId, fromMonth, amount, reason, actor, now);
        bump(before, now);
        BenefitInForce after = find(benefitId).orElseThrow();
        audit.recordWrite("benefit.change-amount", "benefit", Long.toString(benefitId), before.regionCode(), before, after);
        // payments prepared or made for those months follow the new amount (or become recoveries)
        overpayments.afterAmountChange(after, fromMonth, amount, actor.username(), now);
        return after;
    }

    @Override
    public BenefitInForce stop(long benefitId, YearMonth lastMonth, BenefitEnd why) {
        BenefitInForce before = existing(benefitId);
        List<FieldProblem> problems = new ArrayList<>();
        if (why == null) {
            problems.add(new FieldProblem("why", "is required"));
        }
        if (lastMonth == null) {
            problems.add(new FieldProblem("lastMonth", "is required"));
        } else if (lastMonth.isBefore(before.fromMonth().minusMonths(1))) {
            problems.add(new FieldProblem("lastMonth", "must not be before " + before.fromMonth().minusMonths(1)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (before.endReason() != null && (lastMonth == null || !lastMonth.isBefore(before.toMonth()))) {
            // an end already set may only be brought forward (a death during a gradual exit), never pushed back
            throw new ConflictException("benefit " + benefitId + " already stopped after " + before.toMonth()
                    + " (" + before.endReason() + ")");
        }
        YearMonth last = before.toMonth() != null && before.toMonth().isBefore(lastMonth) ? before.toMonth() : lastMonth;
        // lastMonth may be before fromMonth (a death before the first month): the range is then empty
        int n = jdbc.sql("""
                update benefit set to_month = :to, end_reason = :why, updated_at = :at, version = version + 1
                where id = :id and version = :version
                """)
                .param("to", month(last)).param("why", why.name()).param("at", Timestamp.from(clock.instant()))
                .param("id", benefitId).param("version", before.version()).update();
        if (n == 0) {
            throw new ConflictException("benefit " + benefitId + " was changed by someone else at the same moment");
        }
        BenefitInForce after = find(benefitId).orElseThrow();
        audit.recordWrite("benefit.stop", "benefit", Long.toString(benefitId), before.regionCode(), before, after);
        // payments prepared for the months after it are cancelled; those already made become recoveries
        overpayments.afterStop(after, last, why, Actor.current().username(), clock.instant());
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BenefitInForce> find(long benefitId) {
        return select("id = :id", Map.of("id", benefitId)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenefitInForce> ofHousehold(long householdId) {
        return select("household_id = :h", Map.of("h", householdId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenefitInForce> ofPerson(long personId) {
        return select("person_id = :p", Map.of("p", personId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenefitInForce> inForce(long householdId, YearMonth m) {
        return ofHousehold(householdId).stream().filter(b -> b.paysFor(m)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenefitInForce> unended(Set<String> programmes, long afterId, int limit) {
        if (programmes.isEmpty() || limit < 1) {
            return List.of();
        }
        RegionScope scope = RegionScope.of(Actor.current().regionCode());
        List<Object[]> heads = jdbc.sql("select " + COLUMNS + " from benefit where end_reason is null"
                        + " and programme in (:programmes) and id > :after and region_code between :lo and :hi"
                        + " order by id fetch first :limit rows only")
                .param("programmes", List.copyOf(programmes)).param("after", afterId).param("limit", limit)
                .param("lo", scope.lo()).param("hi", scope.hi())
                .query((rs, i) -> head(rs)).list();
        return withAmounts(heads);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenefitInForce> ofHouseholds(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        // a screening chunk of consecutive households is read by its range of ids (IdChunk)
        IdChunk chunk = IdChunk.of(householdIds);
        return select(chunk.where("household_id", "households"), chunk.params("households")).stream()
                .filter(b -> chunk.contains(b.householdId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> householdsChangedSince(String regionCode, Instant since, long afterId, int limit) {
        RegionScope actor = RegionScope.of(Actor.current().regionCode());
        RegionScope asked = RegionScope.of(regionCode);
        if (!actor.contains(asked)) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct household_id from benefit
                         where region_code between :lo and :hi and household_id > :after and updated_at >= :since
                         order by household_id limit :limit""")
                .param("lo", asked.lo()).param("hi", asked.hi()).param("after", afterId)
                .param("since", Timestamp.from(since)).param("limit", limit).query(Long.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BenefitInForce> payingFor(String regionCode, Collection<String> programmes, YearMonth m) {
        RegionScope asked = RegionScope.of(regionCode);
        if (programmes.isEmpty() || !RegionScope.of(Actor.current().regionCode()).contains(asked)) {
            return List.of();
        }
        return select("""
                region_code between :askedLo and :askedHi and programme in (:programmes) and from_month <= :month
                 and (to_month is null or to_month >= :month)""", Map.of("askedLo", asked.lo(), "askedHi", asked.hi(),
                "programmes", List.copyOf(programmes), "month", month(m)));
    }

    private BenefitInForce existing(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("benefit " + id));
    }

    private void bump(BenefitInForce b, Instant now) {
        int n = jdbc.sql("update benefit set updated_at = :at, version = version + 1 where id = :id and version = :v")
                .param("at", Timestamp.from(now)).param("id", b.id()).param("v", b.version()).update();
        if (n == 0) {
            throw new ConflictException("benefit " + b.id() + " was changed by someone else at the same moment");
        }
    }

    private void insertAmount(long id, YearMonth from, BigDecimal amount, String reason, Actor actor, Instant now) {
        jdbc.sql("""
                insert into benefit_amount (benefit_id, from_month, amount, reason, recorded_by, recorded_at)
                values (:id, :from, :amount, :reason, :by, :at)
                """)
                .param("id", id).param("from", month(from)).param("amount", amount).param("reason", reason)
                .param("by", actor.username()).param("at", Timestamp.from(now)).update();
    }

    /** Benefits matching {@code where}, inside the actor's region, with their amounts, newest first. */
    private List<BenefitInForce> select(String where, Map<String, Object> params) {
        RegionScope scope = RegionScope.of(Actor.current().regionCode());
        List<Object[]> heads = jdbc.sql("select " + COLUMNS + " from benefit where " + where
                        + " and region_code between :lo and :hi order by from_month desc, id desc")
                .params(params).param("lo", scope.lo()).param("hi", scope.hi())
                .query((rs, i) -> head(rs)).list();
        return withAmounts(heads);
    }

    private List<BenefitInForce> withAmounts(List<Object[]> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(h -> (Long) h[0]).toList();
        Map<Long, List<BenefitInForce.AmountFrom>> amounts = new LinkedHashMap<>();
        jdbc.sql("select benefit_id, from_month, amount, reason from benefit_amount where benefit_id in (:ids) "
                        + "order by benefit_id, from_month")
                .param("ids", ids)
                .query((rs, i) -> {
                    amounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new BenefitInForce.AmountFrom(
                            YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3), rs.getString(4)));
                    return null;
                }).list();
        return heads.stream().map(h -> benefit(h, amounts.getOrDefault((Long) h[0], List.of()))).toList();
    }

    private static Object[] head(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong("id"), rs.getString("programme"), rs.getString("kind"),
                rs.getLong("household_id"), (Long) rs.getObject("person_id", Long.class), rs.getString("region_code"),
                (Long) rs.getObject("case_id", Long.class), rs.getDate("granted_on").toLocalDate(),
                YearMonth.from(rs.getDate("from_month").toLocalDate()),
                rs.getDate("to_month") == null ? null : YearMonth.from(rs.getDate("to_month").toLocalDate()),
                rs.getString("end_reason"), rs.getInt("version")};
    }

    private static BenefitInForce benefit(Object[] h, List<BenefitInForce.AmountFrom> amounts) {
        return new BenefitInForce((Long) h[0], (String) h[1], BenefitKind.valueOf((String) h[2]), (Long) h[3],
                (Long) h[4], (String) h[5], (Long) h[6], (LocalDate) h[7], (YearMonth) h[8], (YearMonth) h[9],
                h[10] == null ? null : BenefitEnd.valueOf((String) h[10]), amounts, (Integer) h[11]);
    }

    private static Date month(YearMonth m) {
        return m == null ? null : Date.valueOf(m.atDay(1));
    }
}

package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.doudi.payment.Payrolls;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.RegionScope;
import org.doudi.registry.Households;
import org.doudi.registry.Payee;
import org.doudi.registry.PayeeHousehold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The generation of one payroll, inside the caller's one transaction (docs/decisions/0026): it commits whole or
 * not at all, so a generation killed half-way leaves nothing behind and is simply run again. Every step is one
 * set-based statement over all benefits (insert … select), except the reading of the registry, which goes twenty
 * thousand households at a time through {@link Households#payees}. What keeps a claim from being paid twice is
 * not this code but the unique constraint {@code payroll_line_paid_once}; the {@code not exists} conditions only
 * spare the statements from hitting it (see {@link #insertLines}).
 */
@Component
class PayrollGeneration {

    static final int RECIPIENT_CHUNK = 20_000;

    /** A payroll line's hold for month expression {@code m}: nothing due after the death, else the recipient's. */
    private static final String HOLD = "case when r.died_month is not null and r.died_month < %s then 'DECEASED' "
            + "else r.hold end";

    private final JdbcClient jdbc;
    private final BulkRows bulk;
    private final Households households;
    private final PolicyParameters policy;
    private final PriceIndexStore prices;

    PayrollGeneration(JdbcClient jdbc, BulkRows bulk, Households households, PolicyParameters policy,
                      PriceIndexStore prices) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.households = households;
        this.policy = policy;
        this.prices = prices;
    }

    /** One payroll to generate, and who does it. */
    record Run(long payrollId, String countyCode, String programme, YearMonth month, String actor, Instant at,
               Payrolls.GenerationListener listener) {

        RegionScope scope() {
            return RegionScope.of(countyCode);
        }

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("p", payrollId);
            p.put("prog", programme);
            p.put("lo", scope().lo());
            p.put("hi", scope().hi());
            p.put("month", Months.first(month));
            p.put("prev", Months.first(month.minusMonths(1)));
            return p;
        }
    }

    void run(Run run) {
        if (jdbc.sql("select count(*) from payroll_line where payroll_id = :p").param("p", run.payrollId())
                .query(Long.class).single() > 0) {
            throw new IllegalStateException("payroll " + run.payrollId() + " already has lines");
        }
        Map<String, Object> p = run.params();
        YearMonth horizon = months(run, p);
        p.put("horizon", Months.first(horizon));
        run.listener().progress("candidates", 0, 1);
        if (horizon.isBefore(run.month())) {
            candidates(p);
        }
        List<YearMonth> triggered = PriceSubsidy.PROGRAMMES.contains(run.programme())
                ? prices.triggeredMonths(run.countyCode(), horizon, run.month()) : List.of();
        recipients(run, p, triggered);
        run.listener().progress("lines", 0, 1);
        regularLines(p);
        arrearsLines(p);
        if (!triggered.isEmpty()) {
            run.listener().progress("price subsidies", 0, 1);
            subsidyLines(run, p, triggered);
        }
        run.listener().progress("recoveries", 0, 1);
        openClaims(run, p);
        deathRecoveries(run, p);
        deductions(run, p);
        run.listener().progress("done", 1, 1);
    }

    /**
     * The months this payroll may pay: its own, and back to the county's first payroll of the programme (arrears
     * never reach further: before it the previous system paid). Answers that first month.
     */
    private YearMonth months(Run run, Map<String, Object> p) {
        LocalDate first = jdbc.sql("""
                        select min(pay_month) from payroll
                         where county_code = :county and programme = :prog and state <> 'REJECTED'""")
                .param("county", run.countyCode()).param("prog", run.programme())
                .query(LocalDate.class).optional().orElse(null);
        YearMonth horizon = first == null || YearMonth.from(first).isAfter(run.month()) ? run.month()
                : YearMonth.from(first);
        List<Object[]> rows = new ArrayList<>();
        for (YearMonth m = horizon; !m.isAfter(run.month()); m = m.plusMonths(1)) {
            rows.add(new Object[] {run.payrollId(), Months.first(m)});
        }
        bulk.insert("payroll_month", List.of("payroll_id", "for_month"), rows);
        return horizon;
    }

    /**
     * Benefits that may have months before this one left to pay: those not paid for the month before although it
     * was due (new, decided late, held, failed, or a month without payroll), and those with a claim left open.
     */
    private void candidates(Map<String, Object> p) {
        jdbc.sql("""
                        insert into payroll_candidate (payroll_id, benefit_id)
                        select :p, b.id from benefit b
                         where b.programme = :prog and b.region_code between :lo and :hi
                           and b.from_month <= :prev and (b.to_month is null or b.to_month >= :horizon)
                           and not exists (select 1 from payroll_line x
                                            where x.claim = 'BENEFIT' and x.claim_id = b.id and x.live = 1
                                              and x.for_month = (case when b.to_month is not null and b.to_month < :prev
                                                                      then b.to_month else :prev end))""")
                .params(p).update();
        jdbc.sql("""
                        insert into payroll_candidate (payroll_id, benefit_id)
                        select distinct :p, o.benefit_id from open_claim o join benefit b on b.id = o.benefit_id
                         where b.programme = :prog and b.region_code between :lo and :hi
                           and o.for_month >= :horizon and o.for_month < :month
                           and not exists (select 1 from payroll_candidate c
                                            where c.payroll_id = :p and c.benefit_id = o.benefit_id)""")
                .params(p).update();
    }

    /**
     * Who each benefit pays, from the registry: the recipients of the benefits in force this month, of the
     * candidates for arrears and, when a price subsidy may be due, of the benefits paid in its months.
     */
    private void recipients(Run run, Map<String, Object> p, List<YearMonth> triggered) {
        StringBuilder sql = new StringBuilder("""
                select b.household_id, coalesce(b.person_id, 0) as person_key from benefit b
                 where b.programme = :prog and b.region_code between :lo and :hi
                   and b.from_month <= :month and (b.to_month is null or b.to_month >= :month)
                union
                select b.household_id, coalesce(b.person_id, 0) from payroll_candidate c
                  join benefit b on b.id = c.benefit_id
                 where c.payroll_id = :p""");
        Map<String, Object> params = new HashMap<>(p);
        if (!triggered.isEmpty()) {
            sql.append("""
                    
                    union
                    select b.household_id, coalesce(b.person_id, 0) from benefit b
                     where b.programme = :prog and b.region_code between :lo and :hi
                       and exists (select 1 from payroll_line l where l.claim = 'BENEFIT' and l.claim_id = b.id
                                      and l.live = 1 and l.for_month in (:triggered))""");
            params.put("triggered", triggered.stream().map(Months::first).toList());
        }
        sql.append(" order by 1, 2");
        List<long[]> keys = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        boolean allMembers = !triggered.isEmpty();
        long householdCount = keys.stream().mapToLong(k -> k[0]).distinct().count();
        long done = 0;
        int i = 0;
        while (i < keys.size()) {
            List<Long> chunk = new ArrayList<>(RECIPIENT_CHUNK);
            int j = i;
            while (j < keys.size() && (chunk.size() < RECIPIENT_CHUNK || keys.get(j)[0] == chunk.get(chunk.size() - 1))) {
                if (chunk.isEmpty() || keys.get(j)[0] != chunk.get(chunk.size() - 1)) {
                    chunk.add(keys.get(j)[0]);
                }
                j++;
            }
            Map<Long, PayeeHousehold> found = new HashMap<>();
            households.payees(chunk).forEach(h -> found.put(h.householdId(), h));
            List<Object[]> recipients = new ArrayList<>(j - i);
            for (int k = i; k < j; k++) {
                Recipient r = Recipient.of(keys.get(k)[0], keys.get(k)[1], found.get(keys.get(k)[0]));
                recipients.add(new Object[] {run.payrollId(), r.householdId(), r.personKey(), r.regionCode(),
                        r.residence(), r.payeePersonId(), r.payeeName(), r.bankName(), r.accountMasked(),
                        r.accountIndex(), r.hold() == null ? null : r.hold().name(), Months.first(r.diedMonth())});
            }
            bulk.insert("payroll_recipient", List.of("payroll_id", "household_id", "person_key", "region_code",
                    "residence", "payee_person_id", "payee_name", "bank_name", "account_masked", "account_index",
                    "hold", "died_month"), recipients);
            List<Object[]> members = new ArrayList<>();
            for (PayeeHousehold h : found.values()) {
                for (Payee m : h.members()) {
                    if (allMembers || m.diedOn() != null) {
                        members.add(new Object[] {run.payrollId(), h.householdId(), m.personId(),
                                m.diedOn() == null ? null : Months.first(YearMonth.from(m.diedOn()))});
                    }
                }
            }
            bulk.insert("payroll_member", List.of("payroll_id", "household_id", "person_id", "died_month"), members);
            done += chunk.size();
            run.listener().progress("recipients", done, householdCount);
            i = j;
        }
        // a payee whose account the bank returned is paid nothing more there until the account changes
        jdbc.sql("""
                        update payroll_recipient set hold = 'ACCOUNT_FAILED'
                         where payroll_id = :p and hold is null
                           and exists (select 1 from payment_failure f
                                        where f.payee_person_id = payroll_recipient.payee_person_id
                                          and f.account_index = payroll_recipient.account_index
                                          and f.cleared_at is null)""")
                .params(p).update();
    }

    /** The benefits in force this month, each with its amount for the month, held where nothing can be paid. */
    private void regularLines(Map<String, Object> p) {
        insertLines("""
                        select :p, r.id, 'REGULAR', 'BENEFIT', b.id, :month,
                               case when (%1$s) is null then 1 end,
                               b.id, b.household_id, b.person_id, b.region_code, a.amount, 0,
                               case when (%1$s) is null then 'DUE' else 'HELD' end, %1$s
                          from benefit b
                          join benefit_amount a on a.benefit_id = b.id
                           and a.from_month = (select max(x.from_month) from benefit_amount x
                                                where x.benefit_id = b.id and x.from_month <= :month)
                          join payroll_recipient r on r.payroll_id = :p and r.household_id = b.household_id
                           and r.person_key = coalesce(b.person_id, 0)
                         where b.programme = :prog and b.region_code between :lo and :hi
                           and b.from_month <= :month and (b.to_month is null or b.to_month >= :month)
                           {unpaid}""".formatted(HOLD.formatted(":month")),
                "'BENEFIT'", "b.id", ":month", p);
    }

    /** The earlier months of the candidates never paid: arrears, or repayments of what the bank returned. */
    private void arrearsLines(Map<String, Object> p) {
        insertLines("""
                        select :p, r.id,
                               case when exists (select 1 from payroll_line f
                                                  where f.claim = 'BENEFIT' and f.claim_id = b.id
                                                    and f.for_month = m.for_month and f.status = 'FAILED')
                                    then 'REPAYMENT' else 'ARREARS' end,
                               'BENEFIT', b.id, m.for_month,
                               case when (%1$s) is null then 1 end,
                               b.id, b.household_id, b.person_id, b.region_code, a.amount, 0,
                               case when (%1$s) is null then 'DUE' else 'HELD' end, %1$s
                          from payroll_candidate c
                          join benefit b on b.id = c.benefit_id
                          join payroll_month m on m.payroll_id = :p and m.for_month < :month
                           and m.for_month >= b.from_month and (b.to_month is null or m.for_month <= b.to_month)
                          join benefit_amount a on a.benefit_id = b.id
                           and a.from_month = (select max(x.from_month) from benefit_amount x
                                                where x.benefit_id = b.id and x.from_month <= m.for_month)
                          join payroll_recipient r on r.payroll_id = :p and r.household_id = b.household_id
                           and r.person_key = coalesce(b.person_id, 0)
                         where c.payroll_id = :p
                           {unpaid}""".formatted(HOLD.formatted("m.for_month")),
                "'BENEFIT'", "b.id", "m.for_month", p);
    }

    /**
     * Inserts the lines {@code select} gives, leaving out — the {@code {unpaid}} condition — the claims already paid
     * for their month; the unique constraint would refuse them anyway, and a generation that hit it would fail. On
     * an empty {@code payroll_line} (a database's first payroll) there is nothing to leave out, and the condition is
     * dropped: PostgreSQL plans it there as a scan of the empty table for every row inserted, and the statement
     * fills that table as it goes (172,109 lines were not written after 14 minutes). Checked before each
     * statement, it costs one look at the table's first row. ({@code on conflict do nothing} would avoid the plan
     * too, but made the insert 40 % slower, and cannot leave out a held line of a claim already paid.)
     */
    private void insertLines(String select, String claim, String claimId, String forMonth, Map<String, Object> p) {
        boolean empty = jdbc.sql("select count(*) from (select 1 from payroll_line fetch first 1 rows only) x")
                .query(Long.class).single() == 0;
        String unpaid = empty ? "" : "and not exists (select 1 from payroll_line x where x.claim = " + claim
                + " and x.claim_id = " + claimId + " and x.for_month = " + forMonth + " and x.live = 1)";
        jdbc.sql("""
                        insert into payroll_line (payroll_id, recipient_id, kind, claim, claim_id, for_month, live,
                                                  benefit_id, household_id, person_id, region_code, gross, deducted,
                                                  status, hold)
                        """ + select.replace("{unpaid}", unpaid))
                .params(p).update();
    }

    /**
     * One line per eligible person and triggered month: the members of a household whose benefit was paid for the
     * month (the person alone for a person's own benefit), alive in it, not yet paid their subsidy for it.
     */
    private void subsidyLines(Run run, Map<String, Object> p, List<YearMonth> triggered) {
        List<Object[]> rates = new ArrayList<>();
        List<Map<String, Object>> places = jdbc.sql("""
                        select distinct region_code, residence from payroll_recipient
                         where payroll_id = :p and region_code is not null""")
                .params(p).query().listOfRows();
        for (YearMonth t : triggered) {
            Optional<BigDecimal> rise = prices.rise(run.countyCode(), t);
            if (rise.isEmpty()) {
                continue;
            }
            for (Map<String, Object> place : places) {
                String region = (String) place.get("region_code");
                String residence = (String) place.get("residence");
                Optional<ResolvedParameter> standard = policy.resolve(
                        "dibao.standard." + residence.toLowerCase(Locale.ROOT), region, t.atDay(1));
                if (standard.isPresent()) {
                    rates.add(new Object[] {run.payrollId(), region, residence, Months.first(t),
                            standard.get().decimal(), rise.get(), PriceSubsidy.amount(standard.get().decimal(), rise.get())});
                }
            }
        }
        bulk.insert("payroll_rate", List.of("payroll_id", "region_code", "residence", "for_month", "standard", "rise",
                "amount"), rates);
        insertLines("""
                        select :p, r.id, 'PRICE_SUBSIDY', 'PRICE_SUBSIDY', s.person_id, s.for_month,
                               case when (%1$s) is null then 1 end,
                               b.id, b.household_id, s.person_id, b.region_code, t.amount, 0,
                               case when (%1$s) is null then 'DUE' else 'HELD' end, %1$s
                          from (select q.person_id, q.for_month, min(q.benefit_id) as benefit_id
                                  from (select m.person_id, e.for_month, b.id as benefit_id
                                          from benefit b
                                          join payroll_line e on e.claim = 'BENEFIT' and e.claim_id = b.id
                                           and e.live = 1
                                          join payroll_rate t on t.payroll_id = :p and t.for_month = e.for_month
                                          join payroll_member m on m.payroll_id = :p and m.household_id = b.household_id
                                           and (b.person_id is null or m.person_id = b.person_id)
                                           and (m.died_month is null or m.died_month >= e.for_month)
                                         where b.programme = :prog and b.region_code between :lo and :hi
                                         group by m.person_id, e.for_month, b.id) q
                                 group by q.person_id, q.for_month) s
                          join benefit b on b.id = s.benefit_id
                          join payroll_recipient r on r.payroll_id = :p and r.household_id = b.household_id
                           and r.person_key = coalesce(b.person_id, 0)
                          join payroll_rate t on t.payroll_id = :p and t.region_code = r.region_code
                           and t.residence = r.residence and t.for_month = s.for_month
                         where t.amount > 0
                           {unpaid}""".formatted("r.hold"),
                "'PRICE_SUBSIDY'", "s.person_id", "s.for_month", p);
    }

    /** Claims this payroll pays are closed; claims it holds stay open for the next one (not those not due). */
    private void openClaims(Run run, Map<String, Object> p) {
        jdbc.sql("""
                        delete from open_claim
                         where exists (select 1 from payroll_line l
                                        where l.payroll_id = :p and l.live = 1 and l.claim = open_claim.claim
                                          and l.claim_id = open_claim.claim_id and l.for_month = open_claim.for_month)""")
                .params(p).update();
        jdbc.sql("""
                        insert into open_claim (claim, claim_id, for_month, benefit_id, opened_at, why)
                        select l.claim, l.claim_id, l.for_month, min(l.benefit_id), :at, 'HELD'
                          from payroll_line l
                         where l.payroll_id = :p and l.status = 'HELD' and l.hold <> 'DECEASED'
                           and not exists (select 1 from open_claim o where o.claim = l.claim
                                              and o.claim_id = l.claim_id and o.for_month = l.for_month)
                         group by l.claim, l.claim_id, l.for_month""")
                .params(p).param("at", java.sql.Timestamp.from(run.at())).update();
    }

    /** A line's payroll has been handed to the bank (a condition on {@code l}; not a join, see below). */
    private static final String HANDED_OVER = """
            exists (select 1 from payroll x where x.id = l.payroll_id and x.state in ('EXPORTED', 'RECONCILED'))""";

    /**
     * Payments already handed to the bank for a month after a death the registry now knows of become recoveries:
     * the benefit of a recipient who died, and the price subsidy of a member who died. Both start from this
     * payroll's dead (a few); whether a line's payroll was handed over is a condition on the line, not a join —
     * as a join, PostgreSQL with its statistics a step behind (payrolls generated one after the other) started
     * from the exported payrolls and read every line they hold: 3 s for a payroll of 19 lines after a month of a
     * million, and more every month.
     */
    private void deathRecoveries(Run run, Map<String, Object> p) {
        Map<String, Object> params = new HashMap<>(p);
        params.put("by", run.actor());
        params.put("at", java.sql.Timestamp.from(run.at()));
        jdbc.sql("""
                        insert into recovery (benefit_id, household_id, region_code, programme, reason, source_line_id,
                                              source_key, amount, waived, note, created_by, created_at, version)
                        select l.benefit_id, l.household_id, l.region_code, :prog, 'PAID_AFTER_DEATH', l.id,
                               'END:' || cast(l.id as varchar(20)), l.gross, false,
                               'paid for a month after the death, found by payroll ' || cast(:p as varchar(20)),
                               :by, :at, 0
                          from payroll_recipient r
                          join benefit b on b.household_id = r.household_id and coalesce(b.person_id, 0) = r.person_key
                           and b.programme = :prog
                          join payroll_line l on l.benefit_id = b.id and l.for_month > r.died_month and l.live = 1
                         where r.payroll_id = :p and r.died_month is not null and l.gross > 0
                           and (l.status = 'PAID' or %s)
                           and not exists (select 1 from recovery o where o.source_key = 'END:' || cast(l.id as varchar(20)))"""
                        .formatted(HANDED_OVER))
                .params(params).update();
        jdbc.sql("""
                        insert into recovery (benefit_id, household_id, region_code, programme, reason, source_line_id,
                                              source_key, amount, waived, note, created_by, created_at, version)
                        select l.benefit_id, l.household_id, l.region_code, :prog, 'PAID_AFTER_DEATH', l.id,
                               'END:' || cast(l.id as varchar(20)), l.gross, false,
                               'price subsidy paid for a month after the death, found by payroll '
                                   || cast(:p as varchar(20)),
                               :by, :at, 0
                          from payroll_member m
                          join payroll_line l on l.claim = 'PRICE_SUBSIDY' and l.claim_id = m.person_id
                           and l.for_month > m.died_month and l.live = 1
                          join benefit b on b.id = l.benefit_id and b.programme = :prog
                         where m.payroll_id = :p and m.died_month is not null
                           and l.gross > 0 and (l.status = 'PAID' or %s)
                           and not exists (select 1 from recovery o where o.source_key = 'END:' || cast(l.id as varchar(20)))"""
                        .formatted(HANDED_OVER))
                .params(params).update();
    }

    /** Open recoveries of the households in this payroll take their instalment from its payments. */
    private void deductions(Run run, Map<String, Object> p) {
        List<Instalments.Open> open = jdbc.sql("""
                        select r.id, r.household_id, r.benefit_id, r.instalment,
                               r.amount - coalesce((select sum(d.amount) from recovery_deduction d
                                                     where d.recovery_id = r.id and d.live = 1), 0)
                                        - coalesce((select sum(f.amount) from recovery_refund f
                                                     where f.recovery_id = r.id), 0) as outstanding
                          from recovery r
                         where r.programme = :prog and r.region_code between :lo and :hi and r.waived = false
                           and not exists (select 1 from recovery_deduction d
                                            where d.recovery_id = r.id and d.for_month = :month and d.live = 1)""")
                .params(p)
                .query((rs, n) -> new Instalments.Open(rs.getLong("id"), rs.getLong("household_id"),
                        rs.getLong("benefit_id"), rs.getBigDecimal("outstanding"), rs.getBigDecimal("instalment")))
                .list().stream().filter(r -> r.outstanding().signum() > 0).toList();
        if (open.isEmpty()) {
            return;
        }
        List<Long> households = open.stream().map(Instalments.Open::householdId).distinct().toList();
        List<Instalments.Payment> payments = new ArrayList<>();
        for (int i = 0; i < households.size(); i += 1000) {
            payments.addAll(jdbc.sql("""
                            select id, household_id, benefit_id, gross, deducted from payroll_line
                             where payroll_id = :p and claim = 'BENEFIT' and status = 'DUE'
                               and household_id in (:households)""")
                    .params(p).param("households", households.subList(i, Math.min(households.size(), i + 1000)))
                    .query((rs, n) -> new Instalments.Payment(rs.getLong("id"), rs.getLong("household_id"),
                            rs.getLong("benefit_id"), rs.getBigDecimal("gross"), rs.getBigDecimal("deducted")))
                    .list());
        }
        List<Object[]> rows = Instalments.plan(open, payments).stream()
                .map(d -> new Object[] {d.recoveryId(), d.lineId(), Months.first(run.month()), d.amount(), 1})
                .toList();
        bulk.insert("recovery_deduction", List.of("recovery_id", "line_id", "for_month", "amount", "live"), rows);
        jdbc.sql("""
                        update payroll_line
                           set deducted = (select coalesce(sum(d.amount), 0) from recovery_deduction d
                                            where d.line_id = payroll_line.id and d.live = 1)
                         where payroll_id = :p
                           and exists (select 1 from recovery_deduction d where d.line_id = payroll_line.id)""")
                .params(p).update();
    }
}

package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.payment.Budget;
import org.doudi.payment.BudgetEntry;
import org.doudi.payment.BudgetReport;
import org.doudi.payment.FundSource;
import org.doudi.payment.FundingCalculation;
import org.doudi.payment.Funds;
import org.doudi.payment.PageOf;
import org.doudi.payment.Reserve;
import org.doudi.payment.ReserveEntry;
import org.doudi.payment.ReserveMovement;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budgets, reserves and the funding calculators (docs/decisions/0028). */
@Service
@Transactional
class FundService implements Funds {

    private static final Set<Role> SPENDERS = EnumSet.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER, Role.COUNTY_OFFICER);

    private final JdbcClient jdbc;
    private final Regions regions;
    private final PolicyParameters policy;
    private final AuditLog audit;
    private final Clock clock;

    FundService(JdbcClient jdbc, Regions regions, PolicyParameters policy, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return PaymentAccess.holds(PaymentAccess.COUNTY);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySpend() {
        return PaymentAccess.holds(SPENDERS);
    }

    // ---- budgets

    @Override
    public Budget setBudget(BudgetEntry e) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "setting budgets");
        Checks c = new Checks();
        String county = c.region("countyCode", e.countyCode());
        if (county != null && RegionLevel.of(county) != RegionLevel.COUNTY) {
            c.problem("countyCode", "must be the code of a county (县/区)");
        }
        Integer year = year(c, e.year());
        String programme = c.required("programme", e.programme(), 30);
        if (programme != null && !Programmes.PAID.contains(programme)) {
            c.problem("programme", "must be one of " + Programmes.PAID);
        }
        FundSource source = source(c, e.source());
        BigDecimal amount = c.money("amount", e.amount(), true);
        String note = c.optional("note", e.note(), 300);
        c.refuseIfAny();
        region(county, RegionLevel.COUNTY, "county");
        Optional<Budget> before = budget(county, year, programme, source);
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        update fund_budget set amount = :amount, note = :note, recorded_by = :by, recorded_at = :at,
                                               version = version + 1
                         where county_code = :county and budget_year = :year and programme = :prog and source = :source""")
                .param("amount", amount).param("note", note).param("by", actor.username()).param("at", Timestamp.from(now))
                .param("county", county).param("year", year).param("prog", programme).param("source", source.name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into fund_budget (county_code, budget_year, programme, source, amount, note,
                                                     recorded_by, recorded_at, version)
                            values (:county, :year, :prog, :source, :amount, :note, :by, :at, 0)""")
                    .param("amount", amount).param("note", note).param("by", actor.username())
                    .param("at", Timestamp.from(now)).param("county", county).param("year", year)
                    .param("prog", programme).param("source", source.name()).update();
        }
        Budget after = budget(county, year, programme, source).orElseThrow();
        audit.recordWrite("budget.set", "fund_budget", county + "/" + year + "/" + programme + "/" + source, county,
                before.orElse(null), after);
        return after;
    }

    private Optional<Budget> budget(String county, int year, String programme, FundSource source) {
        return budgets(county, year).stream().filter(b -> b.programme().equals(programme) && b.source() == source)
                .findFirst();
    }

    private List<Budget> budgets(String county, int year) {
        return jdbc.sql("""
                        select county_code, budget_year, programme, source, amount, note, recorded_by, recorded_at
                          from fund_budget where county_code = :county and budget_year = :year
                         order by programme, source""")
                .param("county", county).param("year", year)
                .query((rs, n) -> new Budget(rs.getString("county_code"), rs.getInt("budget_year"),
                        rs.getString("programme"), FundSource.valueOf(rs.getString("source")), rs.getBigDecimal("amount"),
                        rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public BudgetReport budgets(String countyCode, Integer givenYear) {
        Checks c = new Checks();
        String county = countyCode == null || countyCode.isBlank() ? ownCounty(c) : c.region("county", countyCode);
        if (county != null && RegionLevel.of(county) != RegionLevel.COUNTY) {
            c.problem("county", "must be the code of a county (县/区)");
        }
        int year = givenYear == null ? Today.in(clock).getYear() : year(c, givenYear);
        c.refuseIfAny();
        Region region = region(county, RegionLevel.COUNTY, "county");
        Map<String, BigDecimal> payrolls = new HashMap<>();
        jdbc.sql("""
                        select p.programme, coalesce(sum(l.gross - l.deducted), 0) as spent
                          from payroll p join payroll_line l on l.payroll_id = p.id
                         where p.county_code = :county and p.state in ('APPROVED', 'EXPORTED', 'RECONCILED')
                           and p.pay_month between :from and :to and l.status in ('DUE', 'PAID')
                         group by p.programme""")
                .param("county", county).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 1))
                .query((rs, n) -> payrolls.put(rs.getString("programme"), rs.getBigDecimal("spent"))).list();
        RegionScope scope = RegionScope.of(county);
        BigDecimal topUps = jdbc.sql("""
                        select coalesce(sum(amount), 0) from reserve_movement
                         where town_code between :lo and :hi and kind = 'TOP_UP' and on_date between :from and :to""")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query(BigDecimal.class).single();
        List<Budget> budgets = budgets(county, year);
        Set<String> programmes = new LinkedHashSet<>();
        for (String p : Programmes.PAID) {
            if (budgets.stream().anyMatch(b -> b.programme().equals(p)) || payrolls.containsKey(p)
                    || ("TEMPORARY".equals(p) && topUps.signum() > 0)) {
                programmes.add(p);
            }
        }
        List<BudgetReport.ProgrammeFunds> rows = new ArrayList<>();
        BigDecimal budgetTotal = BigDecimal.ZERO;
        BigDecimal spentTotal = BigDecimal.ZERO;
        for (String p : programmes) {
            List<Budget> sources = new ArrayList<>();
            for (FundSource s : FundSource.values()) {
                sources.add(budgets.stream().filter(b -> b.programme().equals(p) && b.source() == s).findFirst()
                        .orElse(new Budget(county, year, p, s, BigDecimal.ZERO.setScale(2), null, null, null)));
            }
            BigDecimal budget = sources.stream().map(Budget::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paid = payrolls.getOrDefault(p, BigDecimal.ZERO);
            BigDecimal reserves = "TEMPORARY".equals(p) ? topUps : BigDecimal.ZERO;
            BigDecimal spent = paid.add(reserves);
            rows.add(new BudgetReport.ProgrammeFunds(p, sources, budget, paid, reserves, spent, budget.subtract(spent)));
            budgetTotal = budgetTotal.add(budget);
            spentTotal = spentTotal.add(spent);
        }
        return new BudgetReport(county, region.name(), year, rows, budgetTotal, spentTotal,
                budgetTotal.subtract(spentTotal));
    }

    // ---- reserves

    @Override
    public ReserveMovement topUp(String townCode, ReserveEntry e) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "topping reserves up");
        Entry entry = entry(townCode, e);
        jdbc.sql("insert into reserve (town_code, balance, version) select :town, 0, 0 "
                        + "where not exists (select 1 from reserve where town_code = :town)")
                .param("town", entry.town()).update();
        jdbc.sql("update reserve set balance = balance + :amount, version = version + 1 where town_code = :town")
                .param("amount", entry.amount()).param("town", entry.town()).update();
        return movement(entry, ReserveMovement.Kind.TOP_UP, actor);
    }

    @Override
    public ReserveMovement spend(String townCode, ReserveEntry e) {
        Actor actor = PaymentAccess.require(SPENDERS, "spending from reserves");
        Entry entry = entry(townCode, e);
        int spent = jdbc.sql("""
                        update reserve set balance = balance - :amount, version = version + 1
                         where town_code = :town and balance >= :amount""")
                .param("amount", entry.amount()).param("town", entry.town()).update();
        if (spent == 0) {
            BigDecimal balance = balance(entry.town());
            throw new InvalidInputException("amount", "is more than the reserve holds (" + balance + " yuan)");
        }
        return movement(entry, ReserveMovement.Kind.SPENDING, actor);
    }

    private record Entry(String town, BigDecimal amount, LocalDate on, String purpose, String reference) {
    }

    private Entry entry(String townCode, ReserveEntry e) {
        Checks c = new Checks();
        String town = c.region("town", townCode);
        if (town != null && RegionLevel.of(town) != RegionLevel.TOWN) {
            c.problem("town", "must be the code of a town (乡镇/街道)");
        }
        BigDecimal amount = c.money("amount", e.amount(), false);
        LocalDate on = c.date("on", e.on());
        if (on != null && on.isAfter(Today.in(clock))) {
            c.problem("on", "is in the future");
        }
        String purpose = c.required("purpose", e.purpose(), 300);
        String reference = c.optional("reference", e.reference(), 60);
        c.refuseIfAny();
        region(town, RegionLevel.TOWN, "town");
        return new Entry(town, amount, on, purpose, reference);
    }

    private ReserveMovement movement(Entry e, ReserveMovement.Kind kind, Actor actor) {
        BigDecimal after = balance(e.town());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reserve_movement (town_code, kind, amount, on_date, purpose, reference,
                                                      balance_after, recorded_by, recorded_at)
                        values (:town, :kind, :amount, :on, :purpose, :reference, :after, :by, :at)""")
                .param("town", e.town()).param("kind", kind.name()).param("amount", e.amount()).param("on", e.on())
                .param("purpose", e.purpose()).param("reference", e.reference()).param("after", after)
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update(keys, "id");
        ReserveMovement m = movements("id = :id", Map.of("id", keys.getKey().longValue()), 0, 1).get(0);
        audit.recordWrite(kind == ReserveMovement.Kind.TOP_UP ? "reserve.top-up" : "reserve.spend",
                "reserve", e.town(), e.town(), null, m);
        return m;
    }

    private BigDecimal balance(String town) {
        return jdbc.sql("select balance from reserve where town_code = :town").param("town", town)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO.setScale(2));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reserve> reserves(String regionCode) {
        Checks c = new Checks();
        String code = regionCode == null || regionCode.isBlank() ? Actor.current().regionCode()
                : c.region("region", regionCode);
        c.refuseIfAny();
        if (!PaymentAccess.scope().contains(code)) {
            throw new NotFoundException("region " + code);
        }
        RegionScope scope = RegionScope.of(code);
        List<Region> towns = scope.level() == RegionLevel.TOWN ? regions.find(code).map(List::of).orElse(List.of())
                : scope.level().ordinal() < RegionLevel.TOWN.ordinal() ? regions.within(scope, RegionLevel.TOWN)
                : List.of();
        int year = Today.in(clock).getYear();
        Map<String, BigDecimal[]> figures = new HashMap<>();
        jdbc.sql("""
                        select r.town_code, r.balance,
                               coalesce((select sum(m.amount) from reserve_movement m where m.town_code = r.town_code
                                           and m.kind = 'TOP_UP' and m.on_date >= :from), 0) as topped,
                               coalesce((select sum(m.amount) from reserve_movement m where m.town_code = r.town_code
                                           and m.kind = 'SPENDING' and m.on_date >= :from), 0) as spent
                          from reserve r where r.town_code between :lo and :hi""")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("from", LocalDate.of(year, 1, 1))
                .query((rs, n) -> figures.put(rs.getString("town_code"), new BigDecimal[] {rs.getBigDecimal("balance"),
                        rs.getBigDecimal("topped"), rs.getBigDecimal("spent")}))
                .list();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return towns.stream().map(t -> {
            BigDecimal[] f = figures.getOrDefault(t.code(), new BigDecimal[] {zero, zero, zero});
            return new Reserve(t.code(), t.name(), f[0], f[1], f[2]);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<ReserveMovement> movements(String townCode, int page, int size) {
        Checks c = new Checks();
        String town = c.region("town", townCode);
        if (page < 0) {
            c.problem("page", "must be 0 or more");
        }
        if (size < 1 || size > 200) {
            c.problem("size", "must be from 1 to 200");
        }
        c.refuseIfAny();
        if (!PaymentAccess.scope().contains(town)) {
            throw new NotFoundException("town " + town);
        }
        long total = jdbc.sql("select count(*) from reserve_movement where town_code = :town").param("town", town)
                .query(Long.class).single();
        return new PageOf<>(movements("town_code = :town", Map.of("town", town), page, size), page, size, total);
    }

    private List<ReserveMovement> movements(String where, Map<String, Object> params, int page, int size) {
        return jdbc.sql("""
                        select id, town_code, kind, amount, on_date, purpose, reference, balance_after, recorded_by,
                               recorded_at
                          from reserve_movement where %s order by on_date desc, id desc limit :size offset :offset"""
                        .formatted(where))
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new ReserveMovement(rs.getLong("id"), rs.getString("town_code"),
                        ReserveMovement.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"),
                        rs.getObject("on_date", LocalDate.class), rs.getString("purpose"), rs.getString("reference"),
                        rs.getBigDecimal("balance_after"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // ---- calculators

    @Override
    @Transactional(readOnly = true)
    public FundingCalculation temporaryAssistanceFunding(String regionCode, Integer year, Long residents) {
        Checks c = new Checks();
        Rule rule = rule(c, regionCode, year);
        if (residents == null || residents < 0) {
            c.problem("residents", residents == null ? "is required" : "must be 0 or more");
        }
        c.refuseIfAny();
        BigDecimal city = rule.value("funds.temporary.city_per_resident");
        BigDecimal county = rule.value("funds.temporary.county_per_resident");
        return rule.result("temporary-assistance", Map.of("residents", residents.toString()),
                FundingRules.temporaryAssistance(residents, city, county));
    }

    @Override
    @Transactional(readOnly = true)
    public FundingCalculation disasterReliefBudget(String regionCode, Integer year, BigDecimal lastYearRevenue) {
        Checks c = new Checks();
        Rule rule = rule(c, regionCode, year);
        BigDecimal revenue = c.money("lastYearRevenue", lastYearRevenue, true);
        c.refuseIfAny();
        return rule.result("disaster-relief", Map.of("lastYearRevenue", revenue.toPlainString()),
                FundingRules.disasterRelief(revenue, rule.value("funds.disaster_relief.min_share"),
                        rule.value("funds.disaster_relief.max_share")));
    }

    @Override
    @Transactional(readOnly = true)
    public FundingCalculation dayCareConstruction(String regionCode, Integer year, Integer centres) {
        Checks c = new Checks();
        Rule rule = rule(c, regionCode, year);
        count(c, "centres", centres);
        c.refuseIfAny();
        return rule.result("day-care-construction", Map.of("centres", centres.toString()),
                FundingRules.dayCareConstruction(centres, rule.value("funds.daycare.construction.province"),
                        rule.value("funds.daycare.construction.city"),
                        rule.value("funds.daycare.construction.province_lottery"),
                        rule.value("funds.daycare.construction.city_lottery")));
    }

    @Override
    @Transactional(readOnly = true)
    public FundingCalculation dayCareRunning(String regionCode, Integer year, Integer withMeals, Integer withoutMeals) {
        Checks c = new Checks();
        Rule rule = rule(c, regionCode, year);
        count(c, "withMeals", withMeals);
        count(c, "withoutMeals", withoutMeals);
        c.refuseIfAny();
        return rule.result("day-care-running", Map.of("withMeals", withMeals.toString(),
                        "withoutMeals", withoutMeals.toString()),
                FundingRules.dayCareRunning(withMeals, withoutMeals, rule.value("funds.daycare.running.with_meals"),
                        rule.value("funds.daycare.running.without_meals")));
    }

    /** The parameters of a rule for a region and year, each noted as it is read for the explanation. */
    private final class Rule {
        private final String region;
        private final int year;
        private final List<FundingCalculation.ParameterUsed> used = new ArrayList<>();

        Rule(String region, int year) {
            this.region = region;
            this.year = year;
        }

        BigDecimal value(String name) {
            ResolvedParameter p = policy.resolve(name, region, LocalDate.of(year, 1, 1))
                    .orElseThrow(() -> new InvalidInputException("year", "the rule was not in force in " + year
                            + " for region " + region + " (" + name + ")"));
            used.add(new FundingCalculation.ParameterUsed(name, p.value(), p.regionCode(), p.since()));
            return p.decimal();
        }

        FundingCalculation result(String name, Map<String, String> inputs, List<FundingRules.Share> shares) {
            return new FundingCalculation(name, region, year, new LinkedHashMap<>(inputs),
                    shares.stream().map(s -> new FundingCalculation.Share(s.name(), s.amount())).toList(),
                    FundingRules.total(shares), used);
        }
    }

    private Rule rule(Checks c, String regionCode, Integer year) {
        String region = regionCode == null || regionCode.isBlank() ? Actor.current().regionCode()
                : c.region("region", regionCode);
        if (region != null && regions.find(region).isEmpty()) {
            c.problem("region", "is not a known region");
        }
        int y = year == null ? Today.in(clock).getYear() : year(c, year);
        return new Rule(region, y);
    }

    private static void count(Checks c, String field, Integer value) {
        if (value == null) {
            c.problem(field, "is required");
        } else if (value < 0 || value > 100_000) {
            c.problem(field, "must be from 0 to 100000");
        }
    }

    // ---- common checks

    private static Integer year(Checks c, Integer year) {
        if (year == null) {
            c.problem("year", "is required");
            return null;
        }
        if (year < 2000 || year > 2100) {
            c.problem("year", "must be from 2000 to 2100");
            return null;
        }
        return year;
    }

    private static FundSource source(Checks c, String source) {
        if (source == null || source.isBlank()) {
            c.problem("source", "is required");
            return null;
        }
        try {
            return FundSource.valueOf(source.strip());
        } catch (IllegalArgumentException e) {
            c.problem("source", "must be one of " + List.of(FundSource.values()));
            return null;
        }
    }

    private String ownCounty(Checks c) {
        String mine = Actor.current().regionCode();
        if (RegionLevel.of(mine).ordinal() < RegionLevel.COUNTY.ordinal()) {
            c.problem("county", "is required");
            return null;
        }
        return RegionScope.of(mine).prefix().substring(0, 6) + "000000";
    }

    /** The region, of that level, inside the actor's region; otherwise not found. */
    private Region region(String code, RegionLevel level, String what) {
        if (!PaymentAccess.scope().contains(code)) {
            throw new NotFoundException(what + " " + code);
        }
        return regions.find(code).filter(r -> r.level() == level)
                .orElseThrow(() -> new NotFoundException(what + " " + code));
    }
}

package org.doudi.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.doudi.exchange.Discrepancy;
import org.doudi.exchange.Discrepancy.Severity;
import org.doudi.exchange.FeedFact;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.VerificationReport.HouseholdDeclared;
import org.doudi.exchange.VerificationReport.MemberDeclared;
import org.doudi.exchange.VerificationReport.MemberFindings;
import org.doudi.registry.Asset;
import org.doudi.registry.AssetKind;
import org.doudi.registry.Expense;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;

/**
 * The verification's rules, pure: what the registry declares for a household and its members on a day, what
 * the departments' facts say, and where they differ. The income window is that of DOMAIN.md §2.0 (the twelve
 * full months before the month of the day). Each rule compares like with like: department wages with declared
 * wages over the same months, vehicles the assets test counts with declared vehicles, and so on.
 */
final class Findings {

    /** Vehicle types the 低保 assets test exempts (DOMAIN.md §2.1). */
    static final Set<String> EXEMPT_VEHICLES = Set.of("MOTORCYCLE_2W", "FARM_MACHINERY", "DISABILITY_VEHICLE");

    record Result(LocalDate windowFrom, LocalDate windowTo, HouseholdDeclared household, List<MemberFindings> members,
                  List<Discrepancy> discrepancies) {
    }

    private Findings() {
    }

    static LocalDate windowFrom(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(12).atDay(1);
    }

    static LocalDate windowTo(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(1).atEndOfMonth();
    }

    /** {@code facts}: every fact about the members, by person id. */
    static Result of(HouseholdDetail h, Map<Long, List<FeedFact>> facts, LocalDate asOf) {
        LocalDate from = windowFrom(asOf);
        LocalDate to = windowTo(asOf);
        List<MemberFindings> members = new ArrayList<>();
        List<Discrepancy> found = new ArrayList<>();
        List<FeedFact> all = new ArrayList<>();
        for (Member m : h.members()) {
            List<FeedFact> mine = facts.getOrDefault(m.personId(), List.of()).stream()
                    .filter(f -> !f.date().isAfter(asOf))
                    .filter(f -> f.type() == FeedType.DEATHS || !f.inForceTo().isBefore(from))
                    .toList();
            all.addAll(mine);
            MemberDeclared declared = declared(m, from, to, asOf);
            members.add(new MemberFindings(m.personId(), m.name(), m.idNumberMasked(), m.relation().name(), declared,
                    mine));
            member(m, declared, mine, from, to, asOf, found);
        }
        HouseholdDeclared household = declared(h, from, to, asOf);
        household(household, all, from, to, asOf, found);
        return new Result(from, to, household, members, found);
    }

    private static MemberDeclared declared(Member m, LocalDate from, LocalDate to, LocalDate asOf) {
        BigDecimal wages = income(m.incomes(), t -> t == IncomeType.WAGE, from, to);
        BigDecimal pensions = income(m.incomes(), t -> t == IncomeType.PENSION || t == IncomeType.BASIC_PENSION, from, to);
        BigDecimal other = income(m.incomes(), t -> t != IncomeType.WAGE && t != IncomeType.PENSION
                && t != IncomeType.BASIC_PENSION, from, to);
        List<String> disabilities = m.disabilities().stream().filter(d -> inForce(d.from(), d.to(), asOf))
                .map(d -> d.kind().name() + " " + d.grade()).toList();
        return new MemberDeclared(wages, pensions, other, m.diedOn(), disabilities, fact(m, PersonFactKind.EMPLOYMENT, asOf),
                fact(m, PersonFactKind.SCHOOLING, asOf));
    }

    private static HouseholdDeclared declared(HouseholdDetail h, LocalDate from, LocalDate to, LocalDate asOf) {
        List<Asset> held = h.assets().stream().filter(a -> inForce(a.from(), a.to(), asOf)).toList();
        int vehicles = (int) held.stream().filter(a -> a.kind() == AssetKind.VEHICLE && !a.exempt()).count();
        int exempt = (int) held.stream().filter(a -> a.kind() == AssetKind.VEHICLE && a.exempt()).count();
        int dwellings = (int) held.stream().filter(a -> a.kind() == AssetKind.DWELLING).count();
        List<Asset> businesses = held.stream().filter(a -> a.kind() == AssetKind.BUSINESS).toList();
        BigDecimal medical = h.expenses().stream()
                .filter(e -> e.kind() == ExpenseKind.MEDICAL && inWindow(e, from, to))
                .map(Expense::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HouseholdDeclared(vehicles, exempt, dwellings, businesses.size(),
                businesses.stream().map(Asset::value).reduce(BigDecimal.ZERO, BigDecimal::add), money(medical));
    }

    private static void member(Member m, MemberDeclared declared, List<FeedFact> facts, LocalDate from, LocalDate to,
                               LocalDate asOf, List<Discrepancy> out) {
        Long who = m.personId();
        List<FeedFact> deaths = of(facts, FeedType.DEATHS);
        if (!deaths.isEmpty()) {
            LocalDate died = deaths.stream().map(FeedFact::date).min(LocalDate::compareTo).orElseThrow();
            if (m.diedOn() == null) {
                out.add(new Discrepancy(who, "DEATH_NOT_RECORDED", Severity.HIGH, m.name()
                        + " is recorded as dead or cremated by a department but is a living member in the registry",
                        "alive", "died " + died, ids(deaths)));
            } else if (!m.diedOn().equals(died) && deaths.stream().noneMatch(d -> d.date().equals(m.diedOn()))) {
                out.add(new Discrepancy(who, "DEATH_DATE_DIFFERS", Severity.LOW, "the date of death differs",
                        "died " + m.diedOn(), "died " + died, ids(deaths)));
            }
        }
        List<FeedFact> wages = window(of(facts, FeedType.SOCIAL_INSURANCE), "WAGE", from, to);
        BigDecimal wageTotal = sum(wages);
        if (wageTotal.compareTo(declared.wagesInWindow()) > 0) {
            out.add(new Discrepancy(who, "WAGES_ABOVE_DECLARED", Severity.MEDIUM, "social insurance records wages of "
                    + wageTotal + " yuan over the window, more than the " + declared.wagesInWindow() + " declared",
                    declared.wagesInWindow().toPlainString(), wageTotal.toPlainString(), ids(wages)));
        }
        List<FeedFact> pensions = window(of(facts, FeedType.SOCIAL_INSURANCE), "PENSION", from, to);
        BigDecimal pensionTotal = sum(pensions);
        if (pensionTotal.compareTo(declared.pensionsInWindow()) > 0) {
            out.add(new Discrepancy(who, "PENSION_ABOVE_DECLARED", Severity.MEDIUM, "pensions of " + pensionTotal
                    + " yuan were paid over the window, more than the " + declared.pensionsInWindow() + " declared",
                    declared.pensionsInWindow().toPlainString(), pensionTotal.toPlainString(), ids(pensions)));
        }
        List<FeedFact> fund = window(of(facts, FeedType.HOUSING_FUND), null, from, to);
        if (!fund.isEmpty() && declared.wagesInWindow().signum() == 0) {
            out.add(new Discrepancy(who, "HOUSING_FUND_WITHOUT_WAGE", Severity.MEDIUM, "an employer paid into the "
                    + "housing fund for " + fund.size() + " months of the window, but no wage is declared",
                    "no wage", fund.size() + " months of deposits (" + sum(fund) + " yuan)", ids(fund)));
        }
        List<FeedFact> certificates = of(facts, FeedType.DISABILITY).stream().filter(f -> f.holdsOn(asOf)).toList();
        for (FeedFact c : certificates) {
            String certified = c.code() + " " + c.grade();
            boolean recorded = m.disabilities().stream().anyMatch(d -> inForce(d.from(), d.to(), asOf)
                    && d.kind().name().equals(c.code()) && d.grade() == c.grade());
            if (!recorded) {
                out.add(new Discrepancy(who, "DISABILITY_NOT_RECORDED", Severity.MEDIUM, "a valid disability "
                        + "certificate (" + certified + ") is not in the registry as such",
                        declared.disabilities().isEmpty() ? "none" : String.join(", ", declared.disabilities()),
                        certified, List.of(c.id())));
            }
        }
        List<FeedFact> unemployed = of(facts, FeedType.UNEMPLOYMENT).stream().filter(f -> f.holdsOn(asOf)).toList();
        if (!unemployed.isEmpty() && ("EMPLOYED".equals(declared.employment())
                || "SELF_EMPLOYED".equals(declared.employment()))) {
            out.add(new Discrepancy(who, "EMPLOYMENT_DIFFERS", Severity.LOW, "registered as unemployed, declared as "
                    + declared.employment(), declared.employment(), "unemployed since " + unemployed.get(0).date(),
                    ids(unemployed)));
        }
        of(facts, FeedType.SCHOOLING).stream().reduce((a, b) -> b).ifPresent(last -> {
            boolean declaredInSchool = declared.schooling() != null && !"NONE".equals(declared.schooling());
            if ("DROPPED_OUT".equals(last.code()) && declaredInSchool
                    || "ENROLLED".equals(last.code()) && "NONE".equals(declared.schooling())) {
                out.add(new Discrepancy(who, "SCHOOLING_DIFFERS", Severity.LOW, "the school records "
                        + last.code() + " on " + last.date() + ", the registry " + declared.schooling(),
                        declared.schooling(), last.code() + " " + last.date(), List.of(last.id())));
            }
        });
    }

    private static void household(HouseholdDeclared declared, List<FeedFact> facts, LocalDate from, LocalDate to,
                                  LocalDate asOf, List<Discrepancy> out) {
        List<FeedFact> vehicles = of(facts, FeedType.VEHICLES).stream()
                .filter(f -> f.holdsOn(asOf) && !EXEMPT_VEHICLES.contains(f.code())).toList();
        int distinctVehicles = distinct(vehicles);
        if (distinctVehicles > declared.vehicles()) {
            out.add(new Discrepancy(null, "VEHICLE_NOT_DECLARED", Severity.HIGH, "the traffic police register "
                    + distinctVehicles + " vehicle(s) the assets test counts; " + declared.vehicles() + " declared",
                    Integer.toString(declared.vehicles()), plates(vehicles), ids(vehicles)));
        }
        List<FeedFact> homes = of(facts, FeedType.REAL_ESTATE).stream()
                .filter(f -> f.holdsOn(asOf) && "RESIDENTIAL".equals(f.code())).toList();
        int beyondTheOneLivedIn = Math.max(0, distinct(homes) - 1);
        if (beyondTheOneLivedIn > declared.dwellings()) {
            out.add(new Discrepancy(null, "DWELLING_NOT_DECLARED", Severity.HIGH, "the members hold " + distinct(homes)
                    + " residential titles: " + beyondTheOneLivedIn + " beyond the home lived in; "
                    + declared.dwellings() + " declared", Integer.toString(declared.dwellings()), plates(homes),
                    ids(homes)));
        }
        List<FeedFact> businesses = of(facts, FeedType.BUSINESS).stream().filter(f -> f.holdsOn(asOf)).toList();
        int distinctBusinesses = distinct(businesses);
        if (distinctBusinesses > declared.businesses()) {
            BigDecimal capital = businesses.stream().collect(Collectors.toMap(FeedFact::reference,
                            f -> f.amount() == null ? BigDecimal.ZERO : f.amount(), BigDecimal::max)).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new Discrepancy(null, "BUSINESS_NOT_DECLARED", Severity.HIGH, "the members are registered in "
                    + distinctBusinesses + " active business(es) with a capital of " + money(capital) + " yuan; "
                    + declared.businesses() + " declared", Integer.toString(declared.businesses()),
                    plates(businesses), ids(businesses)));
        }
        List<FeedFact> medical = of(facts, FeedType.MEDICAL).stream().filter(f -> f.overlaps(from, to)).toList();
        BigDecimal outOfPocket = sum(medical);
        if (outOfPocket.compareTo(declared.medicalSpendingInWindow()) > 0) {
            out.add(new Discrepancy(null, "MEDICAL_SPENDING_NOT_DECLARED", Severity.INFO, "medical insurance settled "
                    + outOfPocket + " yuan of in-policy out-of-pocket spending over the window, "
                    + declared.medicalSpendingInWindow() + " declared: the difference may be deducted",
                    declared.medicalSpendingInWindow().toPlainString(), outOfPocket.toPlainString(), ids(medical)));
        }
    }

    private static List<FeedFact> of(List<FeedFact> facts, FeedType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }

    private static List<FeedFact> window(List<FeedFact> facts, String code, LocalDate from, LocalDate to) {
        return facts.stream().filter(f -> (code == null || code.equals(f.code())) && f.overlaps(from, to)).toList();
    }

    private static BigDecimal sum(Collection<FeedFact> facts) {
        return money(facts.stream().map(f -> f.amount() == null ? BigDecimal.ZERO : f.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** How many different things (plates, titles, credit codes) the facts name: joint owners count once. */
    private static int distinct(List<FeedFact> facts) {
        return (int) facts.stream().map(FeedFact::reference).distinct().count();
    }

    private static String plates(List<FeedFact> facts) {
        return String.join(", ", facts.stream().map(FeedFact::reference).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<Long> ids(List<FeedFact> facts) {
        return facts.stream().map(FeedFact::id).toList();
    }

    /** Declared income over the window: each item's monthly amount times its months inside the window. */
    private static BigDecimal income(List<IncomeItem> items, Predicate<IncomeType> counted, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        BigDecimal total = BigDecimal.ZERO;
        for (IncomeItem i : items) {
            if (!counted.test(i.type())) {
                continue;
            }
            YearMonth start = i.from().isAfter(first) ? i.from() : first;
            YearMonth end = i.to() == null || i.to().isAfter(last) ? last : i.to();
            long months = end.isBefore(start) ? 0 : start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
            total = total.add(i.monthly().multiply(BigDecimal.valueOf(months)));
        }
        return money(total);
    }

    private static boolean inWindow(Expense e, LocalDate from, LocalDate to) {
        return !e.month().atDay(1).isBefore(from) && !e.month().atEndOfMonth().isAfter(to);
    }

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    private static String fact(Member m, PersonFactKind kind, LocalDate asOf) {
        return m.facts().stream().filter(f -> f.kind() == kind && inForce(f.from(), f.to(), asOf))
                .map(PersonFact::value).findFirst().orElse(null);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

}

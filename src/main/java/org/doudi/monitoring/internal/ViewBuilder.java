package org.doudi.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.Calculator;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.monitoring.FeedFacts;
import org.doudi.monitoring.IdentificationState;
import org.doudi.payment.BenefitInForce;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.doudi.registry.Asset;
import org.doudi.registry.AssetKind;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Residence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the household view the rules evaluate ({@link ViewSchema}) from what a chunk has read: the registry's
 * households, their benefits in force, the feed facts of every source, the monitoring records, and the
 * calculator's assessment of the household on the run's date (its current benefits as the calculator's
 * {@code current}, so that a household in gradual exit is seen as such) — worked out only if a rule reads it
 * ({@link ViewMap}, decision 0035). No I/O of its own beyond the cached parameter snapshots.
 */
@Component
class ViewBuilder {

    private static final Logger log = LoggerFactory.getLogger(ViewBuilder.class);
    private static final Set<String> LOW_INCOME = Set.of("DIBAO", "TEKUN", "DIBAO_MARGINAL");

    /** A household's monitoring record as the view needs it. */
    record Monitoring(IdentificationState state, String type, boolean helper) {
    }

    private final Assessments assessments;
    private final PolicyParameters parameters;

    ViewBuilder(Assessments assessments, PolicyParameters parameters) {
        this.assessments = assessments;
        this.parameters = parameters;
    }

    List<ScreeningView> build(List<HouseholdDetail> households, List<BenefitInForce> benefits, List<FeedFacts> facts,
                              Map<Long, Monitoring> monitoring, LocalDate asOf) {
        MergedFacts merged = MergedFacts.of(facts);
        Map<Long, List<BenefitInForce>> byHousehold = benefits.stream()
                .collect(Collectors.groupingBy(BenefitInForce::householdId));
        // the parameter snapshots are resolved (and cached) here, once per region, before the views are built on
        // every core: a view is pure work over what was read, the calculator's included
        households.stream().map(HouseholdDetail::regionCode).distinct().forEach(r -> parameters.snapshot(r, asOf));
        return households.parallelStream()
                .map(h -> view(h, byHousehold.getOrDefault(h.id(), List.of()), merged, monitoring.get(h.id()), asOf))
                .toList();
    }

    private ScreeningView view(HouseholdDetail h, List<BenefitInForce> benefits, MergedFacts facts,
                               Monitoring monitoring, LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        YearMonth next = month.plusMonths(1);
        ParameterSnapshot snapshot = parameters.snapshot(h.regionCode(), asOf);
        // the calculator runs only for a household a rule asks about its assessment (decision 0035)
        ViewMap.Once<Assessment> assessment = new ViewMap.Once<>(() -> assess(h, benefits, snapshot, asOf));
        ViewMap.Once<Set<String>> eligible = new ViewMap.Once<>(() -> eligible(assessment.get()));

        List<Map<String, Object>> benefitViews = new ArrayList<>();
        Set<String> householdReceives = new LinkedHashSet<>();
        Set<String> householdNext = new LinkedHashSet<>();
        Map<Long, Set<String>> personReceives = new HashMap<>();
        Map<Long, Set<String>> personNext = new HashMap<>();
        for (BenefitInForce b : benefits) {
            boolean now = b.paysFor(month);
            boolean later = b.paysFor(next);
            ViewMap v = new ViewMap(ViewMap.BENEFIT);
            v.put("id", b.id());
            v.put("programme", b.programme());
            v.put("personId", b.personId() == null ? 0L : b.personId());
            BigDecimal amount = b.amountFor(now ? month : b.fromMonth());
            v.put("monthly", amount == null ? Double.NaN : amount.doubleValue());
            v.put("payingNow", now);
            v.put("payingNextMonth", later);
            v.put("fromMonth", b.fromMonth().toString());
            v.put("toMonth", b.toMonth() == null ? "" : b.toMonth().toString());
            benefitViews.add(v);
            if (now) {
                householdReceives.add(b.programme());
            }
            if (b.personId() == null) {
                if (later) {
                    householdNext.add(b.programme());
                }
            } else {
                if (now) {
                    personReceives.computeIfAbsent(b.personId(), k -> new LinkedHashSet<>()).add(b.programme());
                }
                if (later) {
                    personNext.computeIfAbsent(b.personId(), k -> new LinkedHashSet<>()).add(b.programme());
                }
            }
        }
        Set<String> householdLevelNow = benefits.stream().filter(b -> b.personId() == null && b.paysFor(month))
                .map(BenefitInForce::programme).collect(Collectors.toCollection(LinkedHashSet::new));

        List<Map<String, Object>> members = new ArrayList<>();
        int living = 0;
        int labourForce = 0;
        boolean disaster = false;
        for (Member m : h.members()) {
            MergedFacts.Person f = facts.person(m.personId());
            Map<PersonFactKind, String> inForce = m.factsInForce(asOf);
            Map<String, Object> v = member(m, f, inForce, asOf, assessment);
            Set<String> receives = new LinkedHashSet<>(householdLevelNow);
            receives.addAll(personReceives.getOrDefault(m.personId(), Set.of()));
            v.put("receives", List.copyOf(receives));
            v.put("paidNextMonth", List.copyOf(personNext.getOrDefault(m.personId(), Set.of())));
            members.add(v);
            if (!(Boolean) v.get("dead")) {
                living++;
                if (labourForce(m, inForce, asOf)) {
                    labourForce++;
                }
            }
            disaster |= (Boolean) v.get("disasterVictim");
        }

        MergedFacts.Household hf = facts.household(h.id());
        ViewMap household = new ViewMap(ViewMap.HOUSEHOLD);
        household.put("id", h.id());
        household.put("region", h.regionCode());
        household.put("rural", h.residence() == Residence.RURAL);
        household.put("exitedPoverty", h.exitedPoverty());
        household.put("categories", h.categories().stream().map(HouseholdCategory::name).toList());
        household.put("causes", h.causes().stream().map(PovertyCause::name).toList());
        household.put("members", (long) h.members().size());
        household.put("living", (long) living);
        household.put("labourForce", (long) labourForce);
        household.put("nonExemptVehicles", (long) hf.vehicles());
        household.put("businesses", (long) hf.businesses());
        household.put("businessCapital", hf.businessCapital().doubleValue());
        household.put("extraDwellings", (long) hf.dwellings());
        household.put("financialAssets", h.assets().stream()
                .filter(a -> a.kind() == AssetKind.FINANCIAL && inForce(a, asOf))
                .map(Asset::value).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue());
        BigDecimal memberMedical = h.members().stream().map(m -> facts.person(m.personId()).medical())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        household.put("medicalOutOfPocket", hf.medical().max(memberMedical).doubleValue());
        household.put("rigidSpending", rigidSpending(h, asOf));
        household.put("receives", List.copyOf(householdReceives));
        household.put("paidNextMonth", List.copyOf(householdNext));
        boolean monitored = monitoring != null && monitoring.state() == IdentificationState.MONITORED;
        if (householdReceives.stream().anyMatch(LOW_INCOME::contains)
                || h.categories().stream().map(Enum::name).anyMatch(LOW_INCOME::contains) || monitored) {
            household.put("lowIncome", true);
        } else {
            household.putLazy("lowIncome", () -> eligible.get().contains("DIBAO")
                    || eligible.get().contains("DIBAO_MARGINAL"));
        }
        household.put("monitored", monitored);
        household.put("identifying", monitoring != null && monitoring.state().identifying());
        household.put("monitoringType", monitoring == null || monitoring.type() == null ? "" : monitoring.type());
        household.put("helper", monitoring != null && monitoring.helper());
        household.put("disasterVictim", disaster);

        return new ScreeningView(h.id(), h.regionCode(), household, members, benefitViews,
                assessmentView(assessment, eligible), params(snapshot, h.residence()), asOf.toString());
    }

    private static Map<String, Object> member(Member m, MergedFacts.Person f, Map<PersonFactKind, String> facts,
                                              LocalDate asOf, ViewMap.Once<Assessment> assessment) {
        ViewMap v = new ViewMap(ViewMap.MEMBER);
        v.put("id", m.personId());
        v.put("name", m.name());
        v.put("age", (long) Period.between(m.birthDate(), asOf).getYears());
        v.put("sex", m.sex() == null ? "" : m.sex().name());
        v.put("relation", m.relation() == null ? "" : m.relation().name());
        LocalDate died = f.diedOn() != null && !f.diedOn().isAfter(asOf) ? f.diedOn() : null;
        v.put("dead", died != null);
        v.put("diedOn", died == null ? "" : died.toString());
        v.put("disabilityGrade", f.disabilityGrade() == null ? 0L : (long) f.disabilityGrade());
        v.put("disabilityKind", f.disabilityKind() == null ? "" : f.disabilityKind().name());
        v.put("disabilityDays", days(f.disabilitySince(), asOf));
        v.put("seriousIllness", "TRUE".equals(facts.get(PersonFactKind.SERIOUS_ILLNESS)));
        v.put("labourCapacity", facts.getOrDefault(PersonFactKind.LABOUR_CAPACITY, ""));
        v.put("schooling", facts.getOrDefault(PersonFactKind.SCHOOLING, ""));
        v.put("employment", facts.getOrDefault(PersonFactKind.EMPLOYMENT, ""));
        v.put("unemployed", f.unemployedSince() != null);
        v.put("unemployedDays", days(f.unemployedSince(), asOf));
        v.put("orphan", "TRUE".equals(facts.get(PersonFactKind.ORPHAN)));
        v.put("unsupportedChild", "TRUE".equals(facts.get(PersonFactKind.UNSUPPORTED_CHILD)));
        v.put("medicalOutOfPocket", f.medical().doubleValue());
        v.put("disasterVictim", f.disasterOn() != null);
        v.put("droppedOut", f.droppedOutOn() != null);
        String ref = Long.toString(m.personId());
        v.putLazy("eligible", () -> assessment.get() == null ? List.of() : assessment.get().results().stream()
                .filter(r -> ref.equals(r.member()) && r.receiving()).map(r -> r.programme().name()).distinct().toList());
        return v;
    }

    /**
     * Labour force (劳动力): a living member whose labour capacity is recorded as full or partial; without that
     * fact, one aged 16–59 with no grade 1–2 disability and no serious illness.
     */
    static boolean labourForce(Member m, Map<PersonFactKind, String> facts, LocalDate asOf) {
        if (m.diedOn() != null && !m.diedOn().isAfter(asOf)) {
            return false;
        }
        String capacity = facts.get(PersonFactKind.LABOUR_CAPACITY);
        if (capacity != null) {
            return !"NONE".equals(capacity);
        }
        int age = Period.between(m.birthDate(), asOf).getYears();
        boolean severe = m.disabilities().stream().anyMatch(d -> d.grade() <= 2 && !d.from().isAfter(asOf)
                && (d.to() == null || !d.to().isBefore(asOf)));
        boolean ill = "TRUE".equals(facts.get(PersonFactKind.SERIOUS_ILLNESS));
        return age >= 16 && age <= 59 && !severe && !ill;
    }

    private Assessment assess(HouseholdDetail h, List<BenefitInForce> benefits, ParameterSnapshot snapshot,
                              LocalDate asOf) {
        AssessmentRequest r = assessments.fromRegistry(h, asOf);
        if (r.members().isEmpty()) {
            return null;
        }
        Map<Programme, BigDecimal> current = new EnumMap<>(Programme.class);
        YearMonth month = YearMonth.from(asOf);
        for (BenefitInForce b : benefits) {
            if (b.personId() == null && b.paysFor(month) && isProgramme(b.programme())) {
                current.put(Programme.valueOf(b.programme()), b.amountFor(month));
            }
        }
        AssessmentRequest withCurrent = new AssessmentRequest(r.regionCode(), r.asOf(), r.residence(), r.exitedPoverty(),
                current, r.assets(), r.expenses(), r.temporary(), r.members());
        try {
            return Calculator.assess(withCurrent, snapshot);
        } catch (RuntimeException e) {
            // one household the calculator cannot take must not stop the screening of the others
            log.warn("Household {} could not be assessed on {}: {}", h.id(), asOf, e.toString());
            return null;
        }
    }

    private static Set<String> eligible(Assessment a) {
        if (a == null) {
            return Set.of();
        }
        return a.results().stream().filter(r -> r.member() == null && r.receiving())
                .map(r -> r.programme().name()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The assessment as the rules read it: every field worked out when a rule first reads one of them. */
    private static Map<String, Object> assessmentView(ViewMap.Once<Assessment> assessment,
                                                      ViewMap.Once<Set<String>> eligible) {
        ViewMap.Once<Map<String, Object>> all = new ViewMap.Once<>(() -> assessmentView(assessment.get(), eligible.get()));
        ViewMap v = new ViewMap(ViewMap.ASSESSMENT);
        for (String field : ViewSchema.ASSESSMENT_FIELDS.keySet()) {
            v.putLazy(field, () -> all.get().get(field));
        }
        return v;
    }

    private static Map<String, Object> assessmentView(Assessment a, Set<String> eligible) {
        Map<String, Object> v = new HashMap<>();
        v.put("done", a != null);
        v.put("eligible", List.copyOf(eligible));
        Optional<ProgrammeResult> monitoring = a == null ? Optional.empty() : a.find(Programme.MONITORING, null);
        v.put("monitoringType", monitoring.filter(ProgrammeResult::eligible).map(r -> r.type().name()).orElse(""));
        v.put("monitoringIncome", a == null ? Double.NaN : number(a.income().monitoringPerCapitaAnnual()));
        v.put("perCapitaMonthly", a == null ? Double.NaN : number(a.income().perCapitaMonthly()));
        Optional<ProgrammeResult> dibao = a == null ? Optional.empty() : a.find(Programme.DIBAO, null);
        v.put("dibaoMonthly", dibao.filter(ProgrammeResult::receiving).map(r -> number(r.monthlyAmount())).orElse(0.0));
        return v;
    }

    private static Map<String, Object> params(ParameterSnapshot s, Residence residence) {
        ViewMap v = new ViewMap(ViewMap.PARAMS);
        v.put("monitoringLine", parameter(s, "monitoring.line"));
        v.put("dibaoStandard", parameter(s, "dibao.standard." + residence.name().toLowerCase(java.util.Locale.ROOT)));
        v.put("medicalThreshold", parameter(s, "monitoring.medical_threshold"));
        v.put("businessCapitalMax", parameter(s, "dibao.assets.business_capital_max"));
        v.put("vehiclesMax", parameter(s, "dibao.assets.nonexempt_vehicles_max"));
        v.put("extraDwellingsMax", parameter(s, "dibao.assets.extra_dwellings_max"));
        return v;
    }

    /** A parameter with no entry in force (or "none") is NaN: no comparison with it ever matches. */
    private static double parameter(ParameterSnapshot s, String name) {
        return s.find(name).filter(p -> !p.isNone()).map(ResolvedParameter::decimal).map(BigDecimal::doubleValue)
                .orElse(Double.NaN);
    }

    private static double rigidSpending(HouseholdDetail h, LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        YearMonth first = month.minusMonths(12);
        return h.expenses().stream().filter(e -> !e.month().isBefore(first) && e.month().isBefore(month))
                .map(e -> e.amount()).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    private static double number(BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }

    private static long days(LocalDate since, LocalDate asOf) {
        return since == null ? -1L : Math.max(0L, ChronoUnit.DAYS.between(since, asOf));
    }

    private static boolean inForce(Asset a, LocalDate date) {
        return !a.from().isAfter(date) && (a.to() == null || !a.to().isBefore(date));
    }

    private static boolean isProgramme(String name) {
        for (Programme p : Programme.values()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

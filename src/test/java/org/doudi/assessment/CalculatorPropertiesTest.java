package org.doudi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterResolution;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Residence;

/** Invariants of the calculator over generated households, with the demo parameters. */
class CalculatorPropertiesTest {

    static final String[] REGIONS = {"990121101201", "990122101201", "990102001001", "990100000000"};

    @Property(tries = 300)
    void noAmountIsEverNegative(@ForAll("households") AssessmentRequest h) {
        // every amount is a standard, a rate or a gap that is only paid when positive, then clamped or floored at 0+
        for (ProgrammeResult r : assess(h).results()) {
            if (r.monthlyAmount() != null) {
                assertThat(r.monthlyAmount()).as(r.toString()).isNotNegative();
            }
            if (r.amount() != null) {
                assertThat(r.amount()).as(r.toString()).isNotNegative();
            }
        }
    }

    @Property(tries = 300)
    void moreCountedIncomeNeverRaisesTheDibaoAmount(@ForAll("householdsWithoutTekun") AssessmentRequest h,
                                                    @ForAll("counted") IncomeInput extra) {
        // per-capita income can only rise (the employment-cost deduction takes at most a fifth of a wage), so the
        // gap shrinks or eligibility ends; the floor and supplements do not depend on income. Nobody here can be
        // 特困 (every supporter is able), so no member moves between 特困 and the 低保 household.
        List<MemberInput> members = new ArrayList<>(h.members());
        MemberInput first = members.get(0);
        List<IncomeInput> incomes = new ArrayList<>(first.incomes());
        incomes.add(extra);
        members.set(0, new MemberInput(first.ref(), first.relation(), first.birthDate(), first.disability(),
                first.seriousIllness(), first.unableActivities(), first.schooling(), first.orphan(),
                first.unsupportedChild(), first.supporters(), first.supportMode(), incomes));
        AssessmentRequest richer = new AssessmentRequest(h.regionCode(), h.asOf(), h.residence(), h.exitedPoverty(),
                h.current(), h.assets(), h.expenses(), h.temporary(), members);
        assertThat(dibaoAmount(assess(richer))).isLessThanOrEqualTo(dibaoAmount(assess(h)));
    }

    @Property(tries = 200)
    void aStandardDatedLaterChangesNothingBeforeItsDate(@ForAll("households") AssessmentRequest h) {
        // resolution takes the latest entry on or before the date, so an entry after it is never chosen
        List<ParameterEntry> entries = new ArrayList<>(DemoParameters.entries());
        LocalDate later = h.asOf().plusDays(1);
        entries.add(new ParameterEntry("dibao.standard.rural", h.regionCode(), later, "2000"));
        entries.add(new ParameterEntry("dibao.standard.urban", h.regionCode(), later, "2000"));
        var withLaterStandard = Calculator.assess(h, ParameterResolution.snapshot(entries, h.regionCode(), h.asOf()));
        assertThat(withLaterStandard).isEqualTo(assess(h));
    }

    @Property(tries = 300)
    void aHouseholdIsNeverBothDibaoAndMarginalNorHardshipWhileEitherHolds(@ForAll("households") AssessmentRequest h) {
        // the interplay of ASSESSMENT-API.md: 边缘 only where 低保 is not, hardship only where neither is
        Assessment a = assess(h);
        boolean dibao = a.find(Programme.DIBAO, null).orElseThrow().receiving();
        boolean marginal = a.find(Programme.DIBAO_MARGINAL, null).orElseThrow().eligible();
        boolean hardship = a.find(Programme.EXPENDITURE_HARDSHIP, null).orElseThrow().eligible();
        assertThat(dibao && marginal).isFalse();
        assertThat(hardship && (dibao || marginal)).isFalse();
    }

    static Assessment assess(AssessmentRequest h) {
        return Calculator.assess(h, DemoParameters.snapshot(h.regionCode(), h.asOf()));
    }

    static BigDecimal dibaoAmount(Assessment a) {
        ProgrammeResult r = a.find(Programme.DIBAO, null).orElseThrow();
        return r.receiving() ? r.monthlyAmount() : BigDecimal.ZERO;
    }

    @Provide
    Arbitrary<AssessmentRequest> households() {
        return households(Arbitraries.of(Supporters.values()));
    }

    @Provide
    Arbitrary<AssessmentRequest> householdsWithoutTekun() {
        return households(Arbitraries.just(Supporters.ABLE));
    }

    @Provide
    Arbitrary<IncomeInput> counted() {
        return Combinators.combine(
                Arbitraries.of(IncomeType.WAGE, IncomeType.BUSINESS, IncomeType.PROPERTY, IncomeType.TRANSFER),
                Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 30))
                .as((type, monthly, start) -> new IncomeInput(type, BigDecimal.valueOf(monthly),
                        YearMonth.of(2024, 1).plusMonths(start), null));
    }

    private Arbitrary<AssessmentRequest> households(Arbitrary<Supporters> supporters) {
        Arbitrary<LocalDate> asOf = Arbitraries.integers().between(0, 365 * 12)
                .map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
        Arbitrary<List<MemberInput>> members = member(supporters).list().ofMinSize(1).ofMaxSize(5)
                .map(CalculatorPropertiesTest::withDistinctRefs);
        Arbitrary<RigidExpenses> expenses = Arbitraries.integers().between(0, 60000)
                .map(m -> new RigidExpenses(BigDecimal.valueOf(m), BigDecimal.ZERO, BigDecimal.ZERO));
        Arbitrary<HouseholdAssets> assets = Combinators.combine(Arbitraries.integers().between(0, 200000),
                        Arbitraries.integers().between(0, 1))
                .as((financial, cars) -> new HouseholdAssets(BigDecimal.valueOf(financial),
                        cars == 0 ? List.of() : List.of(new HouseholdAssets.Vehicle(BigDecimal.valueOf(30000), false)),
                        0, BigDecimal.ZERO));
        return Combinators.combine(Arbitraries.of(REGIONS), asOf, Arbitraries.of(Residence.values()),
                        Arbitraries.of(true, false), assets, expenses, members)
                .as((region, date, residence, exited, a, e, m) -> new AssessmentRequest(region, date, residence,
                        exited, Map.of(), a, e, null, m.stream().map(x -> bornBefore(x, date)).toList()));
    }

    private static Arbitrary<MemberInput> member(Arbitrary<Supporters> supporters) {
        Arbitrary<DisabilityInput> disability = Combinators.combine(Arbitraries.of(DisabilityKind.values()),
                Arbitraries.integers().between(1, 4)).as(DisabilityInput::new).injectNull(0.8);
        Arbitrary<List<IncomeInput>> incomes = Combinators.combine(Arbitraries.of(IncomeType.values()),
                        Arbitraries.integers().between(0, 6000), Arbitraries.integers().between(0, 60))
                .as((type, monthly, start) -> new IncomeInput(type, BigDecimal.valueOf(monthly),
                        YearMonth.of(2013, 1).plusMonths(start * 2L), null))
                .list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.integers().between(0, 95), disability, Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 6), supporters, incomes)
                .as((age, d, ill, unable, s, in) -> new MemberInput("m", null, LocalDate.of(2026, 1, 1).minusYears(age),
                        d, ill, unable, Schooling.NONE, false, false, s, SupportMode.DISPERSED, in));
    }

    private static List<MemberInput> withDistinctRefs(List<MemberInput> members) {
        List<MemberInput> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberInput m = members.get(i);
            out.add(new MemberInput("m" + i, m.relation(), m.birthDate(), m.disability(), m.seriousIllness(),
                    m.unableActivities(), m.schooling(), m.orphan(), m.unsupportedChild(), m.supporters(),
                    m.supportMode(), m.incomes()));
        }
        return out;
    }

    /** Keeps every member born on or before the assessment date. */
    private static MemberInput bornBefore(MemberInput m, LocalDate asOf) {
        if (!m.birthDate().isAfter(asOf)) {
            return m;
        }
        return new MemberInput(m.ref(), m.relation(), asOf.minusYears(1), m.disability(), m.seriousIllness(),
                m.unableActivities(), m.schooling(), m.orphan(), m.unsupportedChild(), m.supporters(), m.supportMode(),
                m.incomes());
    }
}

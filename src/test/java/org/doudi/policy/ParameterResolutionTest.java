package org.doudi.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The resolution rule of DOMAIN.md §2.0 applied to the demo parameter set. */
class ParameterResolutionTest {

    static final String CITY = "990100000000";
    static final String QINGSHAN = "990121000000";
    static final String HEKOU = "990122000000";
    static final String SHIQIAO_VILLAGE = "990121101201";
    static final String PROVINCE = "990000000000";

    static final List<ParameterEntry> DEMO = DemoParameters.file().entries();

    static Optional<ResolvedParameter> resolve(String name, String region, String date) {
        return ParameterResolution.resolve(DEMO.stream().filter(e -> e.name().equals(name)).toList(), region,
                LocalDate.parse(date));
    }

    @Test
    void qingshanCountysOwnRuralStandardOf650AppliesFrom2026() {
        ResolvedParameter r = resolve("dibao.standard.rural", QINGSHAN, "2026-06-01").orElseThrow();
        assertThat(r.decimal()).isEqualByComparingTo("650");
        assertThat(r.regionCode()).isEqualTo(QINGSHAN);
        assertThat(r.since()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aVillageOfQingshanGetsTheCountyFigureThroughItsTownThatHasNoEntry() {
        ResolvedParameter r = resolve("dibao.standard.rural", SHIQIAO_VILLAGE, "2026-06-01").orElseThrow();
        assertThat(r.value()).isEqualTo("650");
        assertThat(r.regionCode()).isEqualTo(QINGSHAN);
    }

    @Test
    void hekouCountyWithoutItsOwnEntryGetsTheCityStandardOf620() {
        ResolvedParameter r = resolve("dibao.standard.rural", HEKOU, "2026-06-01").orElseThrow();
        assertThat(r.value()).isEqualTo("620");
        assertThat(r.regionCode()).isEqualTo(CITY);
        assertThat(r.since()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void in2018QingshanGetsTheCitysStandardOf240BecauseItsOwnEntryIsNotInForceYet() {
        ResolvedParameter r = resolve("dibao.standard.rural", QINGSHAN, "2018-07-01").orElseThrow();
        assertThat(r.value()).isEqualTo("240");
        assertThat(r.regionCode()).isEqualTo(CITY);
        assertThat(r.since()).isEqualTo(LocalDate.of(2015, 1, 1));
    }

    @Test
    void anEntryIsInForceFromItsFirstDayAndNotTheDayBefore() {
        assertThat(resolve("dibao.standard.rural", QINGSHAN, "2026-01-01").orElseThrow().value()).isEqualTo("650");
        ResolvedParameter dayBefore = resolve("dibao.standard.rural", QINGSHAN, "2025-12-31").orElseThrow();
        assertThat(dayBefore.value()).isEqualTo("500");
        assertThat(dayBefore.since()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void the2015TekunFiguresComeFromTheCityUntilQingshanSetItsOwnIn2018() {
        assertThat(resolve("tekun.basic_living.yearly.centralised", QINGSHAN, "2015-06-01").orElseThrow().value())
                .isEqualTo("3660");
        assertThat(resolve("tekun.basic_living.yearly.dispersed", QINGSHAN, "2015-06-01").orElseThrow().value())
                .isEqualTo("3120");
        assertThat(resolve("tekun.basic_living.yearly.dispersed", QINGSHAN, "2018-01-01").orElseThrow().value())
                .isEqualTo("5500");
        assertThat(resolve("tekun.basic_living.yearly.dispersed", HEKOU, "2018-01-01").orElseThrow().value())
                .isEqualTo("4800");
    }

    @Test
    void theMonitoringLineIsNotInForceBefore2021() {
        assertThat(resolve("monitoring.line", QINGSHAN, "2020-12-31")).isEmpty();
        ResolvedParameter first = resolve("monitoring.line", QINGSHAN, "2021-01-01").orElseThrow();
        assertThat(first.value()).isEqualTo("6500");
        assertThat(first.regionCode()).isEqualTo(PROVINCE);
        assertThat(resolve("monitoring.line", HEKOU, "2026-11-01").orElseThrow().value()).isEqualTo("8000");
    }

    @Test
    void aSnapshotHoldsEveryParameterInForceAndLeavesOutThoseThatDidNotExistYet() {
        ParameterSnapshot in2015 = ParameterResolution.snapshot(DEMO, QINGSHAN, LocalDate.of(2015, 6, 1));
        assertThat(in2015.inForce("dibao.standard.rural")).isTrue();
        assertThat(in2015.inForce("tekun.basic_ratio")).isFalse();
        assertThat(in2015.inForce("monitoring.line")).isFalse();
        assertThat(in2015.inForce("hardship.rigid_ratio")).isFalse();
        assertThat(in2015.inForce("disability.living")).isFalse();

        ParameterSnapshot in2026 = ParameterResolution.snapshot(DEMO, QINGSHAN, LocalDate.of(2026, 6, 1));
        long names = DEMO.stream().map(ParameterEntry::name).distinct().count();
        assertThat(in2026.values()).hasSize((int) names);
        assertThat(in2026.get("dibao.standard.rural").value()).isEqualTo("650");
    }

    @Test
    void valuesAreKeptAsWrittenAndNullMeansNone() {
        ParameterSnapshot s = ParameterResolution.snapshot(DEMO, QINGSHAN, LocalDate.of(2026, 6, 1));
        assertThat(s.get("dibao.employment_cost.ratio").value()).isEqualTo("0.20");
        assertThat(s.get("medical.share.tekun").value()).isEqualTo("1.00");
        assertThat(s.get("price_subsidy.cpi_trigger").value()).isEqualTo("0.035");
        assertThat(s.get("dibao.rigid_expense_deduction").flag()).isTrue();
        assertThat(s.get("medical.cap.tekun").isNone()).isTrue();
        assertThat(s.get("medical.cap.dibao").decimal()).isEqualByComparingTo("50000");
    }

    @Test
    void theChainOfAVillageRunsUpToTheProvince() {
        assertThat(ParameterResolution.regionAndAncestors(SHIQIAO_VILLAGE)).containsExactly(SHIQIAO_VILLAGE,
                "990121101000", QINGSHAN, CITY, PROVINCE);
        assertThat(ParameterResolution.regionAndAncestors(CITY)).containsExactly(CITY, PROVINCE);
    }
}

package org.doudi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.doudi.monitoring.FeedFacts;
import org.doudi.registry.DisabilityKind;
import org.junit.jupiter.api.Test;

/** What several sources say about the same people, merged so that a fact known twice counts once. */
class MergedFactsTest {

    @Test
    void theEarliestDateTheLargestAmountAndTheMostSevereDisabilityWin() {
        var registry = FeedFacts.none(1, 10L, "registry").withDiedOn(LocalDate.of(2026, 10, 3))
                .withMedicalOutOfPocket(new BigDecimal("800"))
                .withDisability(3, DisabilityKind.PHYSICAL, LocalDate.of(2020, 1, 1));
        var feed = FeedFacts.none(1, 10L, "exchange:deaths").withDiedOn(LocalDate.of(2026, 9, 30))
                .withMedicalOutOfPocket(new BigDecimal("12000"))
                .withDisability(2, DisabilityKind.VISUAL, LocalDate.of(2026, 10, 1));
        MergedFacts.Person p = MergedFacts.of(List.of(registry, feed)).person(10);
        assertThat(p.diedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(p.medical()).isEqualByComparingTo("12000");
        assertThat(p.disabilityGrade()).isEqualTo(2);
        assertThat(p.disabilityKind()).isEqualTo(DisabilityKind.VISUAL);
    }

    @Test
    void aCarBothSourcesKnowCountsOnceAndEachSourcesTotalsAddUpWithinIt() {
        var registryCar = FeedFacts.none(1, null, "registry").withAssets(1, 0, BigDecimal.ZERO, 0);
        var feedCars = List.of(FeedFacts.none(1, 10L, "exchange:vehicles").withAssets(1, 0, BigDecimal.ZERO, 0),
                FeedFacts.none(1, 11L, "exchange:vehicles").withAssets(1, 0, BigDecimal.ZERO, 0));
        var merged = MergedFacts.of(List.of(registryCar, feedCars.get(0), feedCars.get(1)));
        assertThat(merged.household(1).vehicles()).as("the feed knows two, the registry one of them").isEqualTo(2);
        assertThat(merged.household(2)).isEqualTo(MergedFacts.Household.NONE);
    }
}

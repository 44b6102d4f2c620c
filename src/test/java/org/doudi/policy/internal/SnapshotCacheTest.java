package org.doudi.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.doudi.policy.DemoParameters;
import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.ParameterSnapshot;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

    static final List<ParameterEntry> DEMO = DemoParameters.file().entries();
    static final List<String> REGIONS = List.of("990000000000", "990100000000", "990102000000", "990121000000",
            "990122000000", "990121101000", "990121101201", "990121102203", "990122101201");

    @Test
    void cachedSnapshotsAgreeWithTheResolutionRuleAroundEveryChangeDate() {
        Set<LocalDate> dates = new TreeSet<>();
        DEMO.forEach(e -> {
            dates.add(e.since().minusDays(1));
            dates.add(e.since());
            dates.add(e.since().plusDays(200));
        });
        SnapshotCache cache = new SnapshotCache(DEMO);
        for (int pass = 0; pass < 2; pass++) {
            for (String region : REGIONS) {
                for (LocalDate date : dates) {
                    ParameterSnapshot cached = cache.snapshot(region, date);
                    ParameterSnapshot direct = ParameterResolution.snapshot(DEMO, region, date);
                    assertThat(cached).as("%s on %s", region, date).isEqualTo(direct);
                }
            }
        }
    }

    @Test
    void aSnapshotCarriesTheRegionAndDateAskedFor() {
        ParameterSnapshot s = new SnapshotCache(DEMO).snapshot("990121101201", LocalDate.of(2026, 3, 5));
        assertThat(s.regionCode()).isEqualTo("990121101201");
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(s.get("dibao.standard.rural").value()).isEqualTo("650");
        assertThat(s.get("dibao.standard.rural").regionCode()).isEqualTo("990121000000");
    }

    @Test
    void beforeTheFirstEntryNothingIsInForce() {
        ParameterSnapshot s = new SnapshotCache(DEMO).snapshot("990122000000", LocalDate.of(2014, 12, 31));
        assertThat(s.values()).isEmpty();
    }
}

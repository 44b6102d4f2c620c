package org.doudi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.registry.GenerationProgress;
import org.doudi.registry.GenerationTarget;
import org.doudi.registry.PopulationSpec;
import org.doudi.registry.SyntheticPopulation;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@DoudiTest
class DemoPopulationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SyntheticPopulation population;

    @Value("${doudi.demo.households}")
    long households;

    @Value("${doudi.demo.seed}")
    long seed;

    @Test
    void everyDemoVillageAndCommunityHasHouseholdsOnFirstStart() {
        RegionScope city = RegionScope.of(DemoRegions.CITY);
        Map<String, Long> perVillage = new HashMap<>();
        jdbc.query("select region_code, count(*) n from household where region_code between ? and ? group by region_code",
                rs -> {
                    perVillage.put(rs.getString("region_code"), rs.getLong("n"));
                }, city.lo(), city.hi());
        List<String> villages = DemoRegions.all().stream().filter(r -> r.level() == RegionLevel.VILLAGE).map(Region::code).toList();

        assertThat(villages).hasSizeGreaterThan(30).allSatisfy(v -> assertThat(perVillage).containsKey(v));
        assertThat(perVillage.get(DemoRegions.SHIQIAO_VILLAGE)).isPositive();
        assertThat(perVillage.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(households);
        assertThat(jdbc.queryForObject("select count(*) from person where region_code = ?", Long.class,
                DemoRegions.SHIQIAO_VILLAGE)).isPositive();
    }

    @Test
    void theDemoPopulationIsCompleteSoAnotherStartAddsNothing() {
        var report = population.generate(PopulationSpec.of(households, seed, DemoRegions.CITY), GenerationTarget.database(),
                GenerationProgress.NONE);

        assertThat(report.householdsWritten()).isZero();
        assertThat(report.householdsPresent()).isEqualTo(households);
    }
}

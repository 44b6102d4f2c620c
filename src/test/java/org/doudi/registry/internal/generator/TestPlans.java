package org.doudi.registry.internal.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.registry.PopulationSpec;

/** A small region of its own for generator tests: a district with two communities, a county with five villages. */
final class TestPlans {

    static final String CITY = "970100000000";
    static final String DISTRICT_COMMUNITY = "970102001001";
    static final String COUNTY_VILLAGE = "970121101201";

    private TestPlans() {
    }

    static List<Region> villages() {
        List<Region> v = new ArrayList<>();
        v.add(new Region("970102001001", "东门社区", RegionLevel.VILLAGE, "970102001000"));
        v.add(new Region("970102001002", "西门社区", RegionLevel.VILLAGE, "970102001000"));
        for (int i = 1; i <= 5; i++) {
            v.add(new Region("97012110120" + i, "试验" + i + "村", RegionLevel.VILLAGE, "970121101000"));
        }
        return v;
    }

    static Map<String, String> towns() {
        Map<String, String> towns = new LinkedHashMap<>();
        towns.put("970102001000", "东门街道");
        towns.put("970121101000", "试验镇");
        return towns;
    }

    static PopulationPlan plan(long households, long seed) {
        return PopulationPlan.of(PopulationSpec.of(households, seed, CITY), villages(), towns());
    }
}

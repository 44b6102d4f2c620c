package org.doudi.registry.internal.generator;

import java.util.ArrayList;
import java.util.List;

import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.Regions;

/**
 * A city of a test's own under the test province 95 (no real or demo region uses it): a district
 * with two communities and a county with four villages, so that a test's population meets nobody else's.
 */
final class TestRegions {

    private TestRegions() {
    }

    /** Creates city {@code 95nn00000000} and returns its code. */
    static String city(Regions regions, int nn) {
        String city = "95" + (nn < 10 ? "0" : "") + nn;
        List<Region> tree = new ArrayList<>();
        tree.add(new Region("950000000000", "测试省", RegionLevel.PROVINCE, null));
        tree.add(new Region(city + "00000000", "测试市" + nn, RegionLevel.CITY, "950000000000"));
        tree.add(new Region(city + "01000000", "测试区", RegionLevel.COUNTY, city + "00000000"));
        tree.add(new Region(city + "01001000", "测试街道", RegionLevel.TOWN, city + "01000000"));
        tree.add(new Region(city + "01001001", "甲社区", RegionLevel.VILLAGE, city + "01001000"));
        tree.add(new Region(city + "01001002", "乙社区", RegionLevel.VILLAGE, city + "01001000"));
        tree.add(new Region(city + "21000000", "测试县", RegionLevel.COUNTY, city + "00000000"));
        tree.add(new Region(city + "21101000", "测试镇", RegionLevel.TOWN, city + "21000000"));
        for (int v = 1; v <= 4; v++) {
            tree.add(new Region(city + "2110120" + v, "测试" + v + "村", RegionLevel.VILLAGE, city + "21101000"));
        }
        regions.addMissing(tree);
        return city + "00000000";
    }
}

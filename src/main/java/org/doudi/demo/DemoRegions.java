package org.doudi.demo;

import java.util.ArrayList;
import java.util.List;

import org.doudi.region.Region;
import org.doudi.region.RegionLevel;

/**
 * The demo tree of DOMAIN.md §1.1 — 示范省, 示范市, the urban district 东城区 and the counties 青山县 and
 * 河口县 — with towns (streets in the district) and villages (communities) under each.
 */
public final class DemoRegions {

    public static final String PROVINCE = "990000000000";
    public static final String CITY = "990100000000";
    public static final String DONGCHENG = "990102000000";
    public static final String QINGSHAN = "990121000000";
    public static final String HEKOU = "990122000000";
    public static final String QINGSHAN_TOWN = "990121101000";
    public static final String SHIQIAO_VILLAGE = "990121101201";

    private DemoRegions() {
    }

    private record Town(String code, String name, String[] villages) {
    }

    public static List<Region> all() {
        List<Region> all = new ArrayList<>();
        all.add(new Region(PROVINCE, "示范省", RegionLevel.PROVINCE, null));
        all.add(new Region(CITY, "示范市", RegionLevel.CITY, PROVINCE));
        all.add(new Region(DONGCHENG, "东城区", RegionLevel.COUNTY, CITY));
        all.add(new Region(QINGSHAN, "青山县", RegionLevel.COUNTY, CITY));
        all.add(new Region(HEKOU, "河口县", RegionLevel.COUNTY, CITY));
        for (Town t : List.of(
                new Town("990102001000", "东华街道", new String[] {"001:东华社区", "002:建设社区", "003:和平社区", "004:文化社区"}),
                new Town("990102002000", "北关街道", new String[] {"001:北关社区", "002:新村社区", "003:站前社区"}),
                new Town(QINGSHAN_TOWN, "青山镇", new String[] {"201:石桥村", "202:杨柳村", "203:大河村", "204:松林村",
                        "205:王家庄村", "206:东岭村"}),
                new Town("990121102000", "柳河乡", new String[] {"201:柳河村", "202:前进村", "203:红星村", "204:桃园村",
                        "205:马家沟村"}),
                new Town("990121103000", "白云镇", new String[] {"201:白云村", "202:石门村", "203:高坡村", "204:龙泉村"}),
                new Town("990122101000", "河口镇", new String[] {"201:河口村", "202:渡口村", "203:沙洲村", "204:新河村",
                        "205:李家湾村"}),
                new Town("990122102000", "新庄乡", new String[] {"201:新庄村", "202:黄土岭村", "203:张家堡村", "204:三岔村"}),
                new Town("990122103000", "南湖镇", new String[] {"201:南湖村", "202:莲花村", "203:渔村", "204:荷塘村"}))) {
            String county = t.code().substring(0, 6) + "000000";
            all.add(new Region(t.code(), t.name(), RegionLevel.TOWN, county));
            for (String v : t.villages()) {
                String[] parts = v.split(":");
                all.add(new Region(t.code().substring(0, 9) + parts[0], parts[1], RegionLevel.VILLAGE, t.code()));
            }
        }
        return all;
    }
}

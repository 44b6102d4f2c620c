package org.doudi.demo;

import java.util.List;
import java.util.Set;

import org.doudi.identity.NewUser;
import org.doudi.shared.security.Role;

/** The demo users of the README, one per role, all with the password {@value #PASSWORD}. */
public final class DemoUsers {

    public static final String PASSWORD = "Doudi-demo-2026";

    private DemoUsers() {
    }

    public static List<NewUser> all() {
        return List.of(
                new NewUser("admin", "系统管理员", PASSWORD, DemoRegions.PROVINCE, Set.of(Role.ADMINISTRATOR)),
                new NewUser("city.supervisor", "示范市 监督员", PASSWORD, DemoRegions.CITY, Set.of(Role.CITY_SUPERVISOR)),
                new NewUser("qingshan.county", "青山县 民政局", PASSWORD, DemoRegions.QINGSHAN, Set.of(Role.COUNTY_OFFICER)),
                new NewUser("hekou.county", "河口县 民政局", PASSWORD, DemoRegions.HEKOU, Set.of(Role.COUNTY_OFFICER)),
                new NewUser("qingshan.town.caseworker", "青山镇 经办人", PASSWORD, DemoRegions.QINGSHAN_TOWN,
                        Set.of(Role.TOWN_CASEWORKER)),
                new NewUser("qingshan.town.approver", "青山镇 审核确认人", PASSWORD, DemoRegions.QINGSHAN_TOWN,
                        Set.of(Role.TOWN_APPROVER)),
                new NewUser("shiqiao.coordinator", "石桥村 协理员", PASSWORD, DemoRegions.SHIQIAO_VILLAGE,
                        Set.of(Role.VILLAGE_COORDINATOR)),
                new NewUser("qingshan.revitalisation", "青山县 乡村振兴局", PASSWORD, DemoRegions.QINGSHAN,
                        Set.of(Role.COUNTY_REVITALISATION)));
    }
}

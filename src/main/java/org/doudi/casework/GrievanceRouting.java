package org.doudi.casework;

import java.util.Optional;
import java.util.Set;

import org.doudi.region.RegionCodes;
import org.doudi.region.RegionLevel;
import org.doudi.shared.security.Role;

/**
 * Where a complaint or an appeal goes, pure (decision 0020). A complaint about the handling of a village
 * or a town goes to the county; about the county, to the city; about the city, to the province. An appeal
 * against a decision goes to the level above the one that decided: a town's decision to the county, a
 * county's to the city. The office is the ancestor region at that level; its officers handle it.
 */
public final class GrievanceRouting {

    private GrievanceRouting() {
    }

    /** The office that answers a complaint about the handling of {@code office}; empty for the province. */
    public static Optional<String> complaintOffice(String office) {
        RegionLevel level = RegionLevel.of(office);
        return switch (level) {
            case VILLAGE, TOWN -> Optional.of(ancestor(office, RegionLevel.COUNTY));
            case COUNTY -> Optional.of(ancestor(office, RegionLevel.CITY));
            case CITY -> Optional.of(ancestor(office, RegionLevel.PROVINCE));
            case PROVINCE -> Optional.empty();
        };
    }

    /** The office that answers an appeal against a decision taken at {@code deciderOffice}; empty for the province. */
    public static Optional<String> appealOffice(String deciderOffice) {
        return above(deciderOffice);
    }

    /** The office one level above; empty for the province. Where an unanswered item past its due date escalates to. */
    public static Optional<String> above(String office) {
        RegionLevel level = RegionLevel.of(office);
        return level == RegionLevel.PROVINCE ? Optional.empty()
                : Optional.of(ancestor(office, RegionLevel.values()[level.ordinal() - 1]));
    }

    /**
     * The roles that handle complaints and appeals at an office of this level: the county's civil-affairs
     * officers, the city's supervisors, and — DOMAIN.md §1.2 has no provincial role — the administrators
     * bound to the province. None below the county.
     */
    public static Set<Role> handlers(RegionLevel level) {
        return switch (level) {
            case COUNTY -> Set.of(Role.COUNTY_OFFICER);
            case CITY -> Set.of(Role.CITY_SUPERVISOR);
            case PROVINCE -> Set.of(Role.ADMINISTRATOR);
            case TOWN, VILLAGE -> Set.of();
        };
    }

    /** Whether a user bound to {@code userRegion} with {@code roles} handles what is routed to {@code office}. */
    public static boolean handles(String userRegion, Set<Role> roles, String office) {
        return office.equals(userRegion) && handlers(RegionLevel.of(office)).stream().anyMatch(roles::contains);
    }

    private static String ancestor(String code, RegionLevel level) {
        return RegionCodes.selfAndAncestors(code).stream().filter(c -> RegionLevel.of(c) == level).findFirst()
                .orElseThrow();
    }
}

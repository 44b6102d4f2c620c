package org.doudi.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doudi.shared.security.Role;

/**
 * Who a late warning goes to: the next administrative level up (DOMAIN.md §1.2) — village coordinator → town
 * caseworker → county civil-affairs officer → city supervisor; town approver → county officer; county
 * rural-revitalisation officer → city supervisor. The city supervisor only reads: an escalated warning shows in
 * their inbox for supervision while the levels below keep acting on it. Pure.
 */
public final class EscalationLadder {

    private EscalationLadder() {
    }

    public static Optional<Role> next(Role role) {
        return Optional.ofNullable(switch (role) {
            case VILLAGE_COORDINATOR -> Role.TOWN_CASEWORKER;
            case TOWN_CASEWORKER, TOWN_APPROVER -> Role.COUNTY_OFFICER;
            case COUNTY_OFFICER, COUNTY_REVITALISATION -> Role.CITY_SUPERVISOR;
            case CITY_SUPERVISOR, ADMINISTRATOR -> null;
        });
    }

    /** The roles on the way from the owner up to the responsible role, inclusive: those that may act. */
    public static List<Role> actingRoles(Role owner, Role responsible) {
        List<Role> roles = new ArrayList<>();
        Role r = owner;
        while (r != null) {
            if (r != Role.CITY_SUPERVISOR) {
                roles.add(r);
            }
            if (r == responsible) {
                break;
            }
            r = next(r).orElse(null);
        }
        return List.copyOf(roles);
    }
}

package org.doudi.casework;

import java.util.Set;

import org.doudi.shared.security.Role;

/**
 * Who decides a case (decision 0018): the town's approver where the county has devolved the decision (a
 * county officer may still decide it), or the county officer alone.
 */
public enum DeciderLevel {
    TOWN(Set.of(Role.TOWN_APPROVER, Role.COUNTY_OFFICER)),
    COUNTY(Set.of(Role.COUNTY_OFFICER));

    private final Set<Role> roles;

    DeciderLevel(Set<Role> roles) {
        this.roles = roles;
    }

    /** The roles that may decide a case of this level. */
    public Set<Role> roles() {
        return roles;
    }
}

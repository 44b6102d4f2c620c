package org.doudi.identity;

import java.util.Set;

import org.doudi.shared.security.Role;

/** A user to be created: bound to one region, holding one or more roles. */
public record NewUser(String username, String displayName, String password, String regionCode, Set<Role> roles) {

    public NewUser {
        roles = Set.copyOf(roles);
    }
}

package org.doudi.identity.internal;

import java.time.Instant;
import java.util.Set;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;

/** A stored user, as the sign-in needs it. */
record UserAccount(long id, String username, String displayName, String passwordHash, String regionCode,
                   boolean enabled, int failedAttempts, Instant lockedUntil, Set<Role> roles) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Actor actor() {
        return new Actor(username, regionCode, roles);
    }
}

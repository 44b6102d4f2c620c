package org.doudi.shared.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: a user name, the region they are bound to, and their roles. Every module reads
 * the actor from here (identity puts it there at login), so no module needs identity's internals.
 */
public record Actor(String username, String regionCode, Set<Role> roles) {

    /** The actor of batch jobs and command-line runs: the whole tree, administrator rights. */
    public static final Actor SYSTEM = new Actor("system", "990000000000", Set.of(Role.ADMINISTRATOR));

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in actor of this thread; fails when nobody is signed in (that is a programming error). */
    public static Actor current() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in actor on this thread"));
    }

    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            return Optional.of(p.actor());
        }
        return Optional.empty();
    }
}

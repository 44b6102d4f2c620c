package org.doudi.casework;

import java.util.Set;

import org.doudi.shared.security.Role;

/** One row of the review procedure's table: the action, the states it may be taken in, where it leads, and who may take it. */
public record ReviewTransition(ReviewAction action, Set<ReviewState> from, ReviewState to, Set<Role> roles) {

    public ReviewTransition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
    }
}

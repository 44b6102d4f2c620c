package org.doudi.casework;

import java.util.Set;

import org.doudi.shared.security.Role;

/** One row of a procedure's table: the action, the states it may be taken in, where it leads, and who may take it. */
public record Transition(CaseAction action, Set<CaseState> from, CaseState to, Set<Role> roles) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
    }
}

package org.doudi.monitoring.internal;

import java.util.Set;
import java.util.function.Supplier;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.doudi.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Background work (screening runs, escalation, the command line) acts as the system, bound to the region it
 * works on: every module's region scope then limits it as it limits a person, and the audit log names
 * {@code system}. The thread's previous security context is restored afterwards.
 */
final class RunAs {

    private RunAs() {
    }

    /** The system actor of a region. */
    static Actor system(String regionCode) {
        return new Actor(Actor.SYSTEM.username(), regionCode, Set.of(Role.ADMINISTRATOR));
    }

    static <T> T actor(Actor actor, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        ActorPrincipal principal = () -> actor;
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static void run(Actor actor, Runnable work) {
        actor(actor, () -> {
            work.run();
            return null;
        });
    }
}

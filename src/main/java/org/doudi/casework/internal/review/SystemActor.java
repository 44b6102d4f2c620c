package org.doudi.casework.internal.review;

import java.util.function.Supplier;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs batch work (the daily schedule, the command line) as {@link Actor#SYSTEM}: the whole tree, audited as "system". */
final class SystemActor {

    private SystemActor() {
    }

    static <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        ActorPrincipal principal = () -> Actor.SYSTEM;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                Actor.SYSTEM.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

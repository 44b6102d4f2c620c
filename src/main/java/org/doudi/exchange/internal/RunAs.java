package org.doudi.exchange.internal;

import java.util.function.Supplier;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs work as a given actor (the command line, the nightly job), restoring whoever acted before. */
final class RunAs {

    private RunAs() {
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

}

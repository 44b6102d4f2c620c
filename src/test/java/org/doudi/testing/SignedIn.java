package org.doudi.testing;

import java.util.List;
import java.util.function.Supplier;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a module's API in-process as someone signed in, as a request or a background job would. */
public final class SignedIn {

    private SignedIn() {
    }

    /** {@code work} run with {@code actor} signed in on this thread; whoever was signed in before is again after. */
    public static <T> T as(Actor actor, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        ActorPrincipal principal = () -> actor;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}

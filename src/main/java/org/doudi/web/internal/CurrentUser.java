package org.doudi.web.internal;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for the page header ({@code ${@currentUser.displayName}}). A bean rather than a
 * model attribute so that error pages rendered outside any controller show the same header.
 */
@Component("currentUser")
class CurrentUser {

    public boolean isSignedIn() {
        return Actor.find().isPresent();
    }

    public String getDisplayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ActorPrincipal p ? p.displayName() : null;
    }
}

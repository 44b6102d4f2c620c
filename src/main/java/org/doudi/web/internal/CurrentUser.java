package org.doudi.web.internal;

import org.doudi.region.RegionLevel;
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

    /**
     * Whether the navigation offers 部门数据: imports belong to the region of whoever made them — a county or
     * above, where the importers are — so only people of a county or above can have any in their region.
     */
    public boolean isFeedsVisible() {
        return Actor.find().map(a -> RegionLevel.of(a.regionCode()).ordinal() <= RegionLevel.COUNTY.ordinal())
                .orElse(false);
    }

    public String getDisplayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ActorPrincipal p ? p.displayName() : null;
    }
}

package org.doudi.policy.internal;

import org.doudi.region.RegionCodes;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Which regions' parameters a user may read and set. Reading: their own region, everything below
 * it and the ancestors above it (whose figures apply to them). Setting: a county civil-affairs
 * officer or an administrator, for a region inside their own. Anything else looks like an unknown region.
 */
@Component
class RegionAccess {

    private final Regions regions;

    RegionAccess(Regions regions) {
        this.regions = regions;
    }

    static boolean maySetParameters(Actor actor) {
        return actor.hasAny(Role.COUNTY_OFFICER, Role.ADMINISTRATOR);
    }

    boolean mayRead(Actor actor, String regionCode) {
        if (!RegionCodes.isValid(regionCode)) {
            return false;
        }
        RegionScope mine = RegionScope.of(actor.regionCode());
        boolean related = mine.contains(regionCode) || RegionScope.of(regionCode).contains(mine.code());
        return related && regions.find(regionCode).isPresent();
    }

    boolean maySet(Actor actor, String regionCode) {
        return maySetParameters(actor) && RegionCodes.isValid(regionCode)
                && RegionScope.of(actor.regionCode()).contains(regionCode) && regions.find(regionCode).isPresent();
    }
}

package org.doudi.registry.internal;

import java.util.EnumSet;
import java.util.Set;

import org.doudi.region.RegionScope;
import org.doudi.registry.Permissions;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the registry, and where: the actor's region is the scope every query carries.
 * The role is checked before the scope, so a refused role learns nothing about what exists.
 */
final class RegistryAccess {

    private static final Set<Role> WRITERS = EnumSet.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER,
            Role.TOWN_APPROVER, Role.COUNTY_OFFICER, Role.ADMINISTRATOR);
    /** A village coordinator works with people face to face and does not need the full number on screen. */
    private static final Set<Role> REVEALERS = EnumSet.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER,
            Role.COUNTY_OFFICER, Role.ADMINISTRATOR);

    private RegistryAccess() {
    }

    static Permissions permissions(Actor actor) {
        return new Permissions(holdsAny(actor, WRITERS), holdsAny(actor, REVEALERS));
    }

    static RegionScope readScope() {
        return RegionScope.of(Actor.current().regionCode());
    }

    static RegionScope writeScope() {
        Actor actor = Actor.current();
        if (!holdsAny(actor, WRITERS)) {
            throw new AccessDeniedException("the registry is read-only for " + actor.roles());
        }
        return RegionScope.of(actor.regionCode());
    }

    static RegionScope revealScope() {
        Actor actor = Actor.current();
        if (!holdsAny(actor, REVEALERS)) {
            throw new AccessDeniedException("full ID numbers are not shown to " + actor.roles());
        }
        return RegionScope.of(actor.regionCode());
    }

    private static boolean holdsAny(Actor actor, Set<Role> wanted) {
        return actor.roles().stream().anyMatch(wanted::contains);
    }
}

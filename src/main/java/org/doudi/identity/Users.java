package org.doudi.identity;

import java.util.Optional;

import org.doudi.shared.security.Actor;

/** The identity module's API for other modules. */
public interface Users {

    /** Creates the user unless one with that name exists; returns whether it was created. Audited. */
    boolean createIfMissing(NewUser user);

    /** The actor a user name stands for (region and roles), if the user exists. */
    Optional<Actor> actorOf(String username);

    /** The name a user is shown by ("青山镇 审核确认人"), if the user exists: for documents that name who decided. */
    Optional<String> displayName(String username);
}

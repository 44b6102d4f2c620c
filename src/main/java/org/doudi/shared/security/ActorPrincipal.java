package org.doudi.shared.security;

/** Implemented by the authenticated principal, whatever the way of signing in (form, Basic, token). */
public interface ActorPrincipal {

    Actor actor();

    /** The name a person is greeted by on screens; the user name when nothing better is known. */
    default String displayName() {
        return actor().username();
    }
}

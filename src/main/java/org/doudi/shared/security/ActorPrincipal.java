package org.doudi.shared.security;

/** Implemented by the authenticated principal, whatever the way of signing in (form, Basic, token). */
public interface ActorPrincipal {

    Actor actor();
}

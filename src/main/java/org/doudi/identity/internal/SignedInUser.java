package org.doudi.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of every way of signing in; carries the {@link Actor} that other modules read. */
final class SignedInUser implements UserDetails, ActorPrincipal {

    private final UserAccount account;
    private final boolean nonLocked;

    SignedInUser(UserAccount account, Instant now) {
        this.account = account;
        this.nonLocked = !account.lockedAt(now);
    }

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list = account.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return list;
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + account.username() + "]";
    }
}

package org.doudi.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserStore store;
    private final Clock clock;

    AccountDetailsService(UserStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.findByUsername(username).map(a -> new SignedInUser(a, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}

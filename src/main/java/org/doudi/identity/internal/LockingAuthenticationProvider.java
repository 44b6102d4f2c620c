package org.doudi.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.doudi.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password sign-in (form and HTTP Basic) with the lock-out rule: after {@code max-failed-logins}
 * wrong passwords in a row the account is locked for {@code lock-minutes}; a locked account is
 * refused before its password is even checked, so guessing on stops nothing but wastes time.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final UserStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final int maxFailures;
    private final Duration lockFor;

    LockingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, UserStore store, AuditLog audit,
                                  Clock clock, TransactionTemplate tx,
                                  @Value("${doudi.security.max-failed-logins:5}") int maxFailures,
                                  @Value("${doudi.security.lock-minutes:15}") int lockMinutes) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        try {
            Authentication done = passwords.authenticate(attempt);
            store.clearFailures(username);
            return done;
        } catch (BadCredentialsException wrong) {
            tx.executeWithoutResult(s -> {
                if (store.recordFailure(username) >= maxFailures) {
                    store.lock(username, clock.instant().plus(lockFor));
                    audit.recordWrite("user.lock", "user", username, null, null,
                            java.util.Map.of("reason", maxFailures + " failed sign-ins", "minutes", lockFor.toMinutes()));
                }
            });
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

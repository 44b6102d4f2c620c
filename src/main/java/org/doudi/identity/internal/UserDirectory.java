package org.doudi.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.doudi.audit.AuditLog;
import org.doudi.identity.NewUser;
import org.doudi.identity.Users;
import org.doudi.region.Regions;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserDirectory implements Users {

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;

    UserDirectory(UserStore store, PasswordEncoder encoder, Regions regions, AuditLog audit, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean createIfMissing(NewUser user) {
        if (store.findByUsername(user.username()).isPresent()) {
            return false;
        }
        PasswordRules.check("password", user.password());
        if (regions.find(user.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", "no region has the code " + user.regionCode());
        }
        if (user.roles().isEmpty()) {
            throw new InvalidInputException("roles", "a user needs at least one role");
        }
        long id = store.insert(user.username(), user.displayName(), encoder.encode(user.password()),
                user.regionCode(), user.roles(), clock.instant());
        audit.recordWrite("user.create", "user", Long.toString(id), user.regionCode(), null,
                Map.of("username", user.username(), "displayName", user.displayName(),
                        "regionCode", user.regionCode(), "roles", user.roles()));
        return true;
    }

    @Override
    public Optional<Actor> actorOf(String username) {
        return store.findByUsername(username).map(UserAccount::actor);
    }

    @Override
    public Optional<String> displayName(String username) {
        return store.findByUsername(username).map(UserAccount::displayName);
    }
}

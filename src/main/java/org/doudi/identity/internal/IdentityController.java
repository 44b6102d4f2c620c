package org.doudi.identity.internal;

import java.util.List;
import java.util.Set;

import org.doudi.identity.NewUser;
import org.doudi.region.RegionScope;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user, their API tokens, and (for administrators) the users of their region. */
@RestController
class IdentityController {

    private final UserStore store;
    private final ApiTokens tokens;
    private final UserDirectory directory;

    IdentityController(UserStore store, ApiTokens tokens, UserDirectory directory) {
        this.store = store;
        this.tokens = tokens;
        this.directory = directory;
    }

    record Me(String username, String displayName, String regionCode, Set<Role> roles) {
    }

    record TokenRequest(String name, Integer days) {
    }

    record UserRequest(String username, String displayName, String password, String regionCode, Set<Role> roles) {
    }

    @GetMapping("/api/v1/me")
    Me me() {
        UserAccount a = current();
        return new Me(a.username(), a.displayName(), a.regionCode(), a.roles());
    }

    @PostMapping("/api/v1/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(@RequestBody TokenRequest request) {
        return tokens.issue(current(), request.name(), request.days());
    }

    @GetMapping("/api/v1/me/tokens")
    List<ApiTokens.TokenInfo> myTokens() {
        return tokens.of(current());
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(current(), id);
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    List<Me> users() {
        return store.within(RegionScope.of(Actor.current().regionCode())).stream()
                .map(a -> new Me(a.username(), a.displayName(), a.regionCode(), a.roles())).toList();
    }

    @PostMapping("/api/v1/users")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    Me create(@RequestBody UserRequest r) {
        if (r.username() == null || !r.username().matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new InvalidInputException("username", "3–64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (r.regionCode() == null || !RegionScope.of(Actor.current().regionCode()).contains(r.regionCode())) {
            throw new InvalidInputException("regionCode", "must be a region inside your own");
        }
        String display = r.displayName() == null || r.displayName().isBlank() ? r.username() : r.displayName();
        if (!directory.createIfMissing(new NewUser(r.username(), display, r.password(), r.regionCode(),
                r.roles() == null ? Set.of() : r.roles()))) {
            throw new InvalidInputException("username", "is already taken");
        }
        return new Me(r.username(), display, r.regionCode(), r.roles());
    }

    private UserAccount current() {
        return store.findByUsername(Actor.current().username())
                .orElseThrow(() -> new NotFoundException("user " + Actor.current().username()));
    }
}

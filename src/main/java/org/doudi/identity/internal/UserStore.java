package org.doudi.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.doudi.region.RegionScope;
import org.doudi.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    long id = rs.getLong("id");
                    return new UserAccount(id, rs.getString("username"), rs.getString("display_name"),
                            rs.getString("password_hash"), rs.getString("region_code"), rs.getBoolean("enabled"),
                            rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), rolesOf(id));
                }).optional();
    }

    Optional<UserAccount> findById(long id) {
        String username = jdbc.sql("select username from app_user where id = ?").param(id)
                .query(String.class).optional().orElse(null);
        return username == null ? Optional.empty() : findByUsername(username);
    }

    /** Users of a region subtree, by name. */
    List<UserAccount> within(RegionScope scope) {
        return jdbc.sql("select username from app_user where region_code between ? and ? order by username")
                .params(scope.lo(), scope.hi()).query(String.class).list().stream()
                .map(u -> findByUsername(u).orElseThrow()).toList();
    }

    private Set<Role> rolesOf(long userId) {
        List<String> names = jdbc.sql("select role from user_role where user_id = ?").param(userId)
                .query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    long insert(String username, String displayName, String passwordHash, String regionCode, Set<Role> roles,
                Instant now) {
        jdbc.sql("insert into app_user (username, display_name, password_hash, region_code, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(username, displayName, passwordHash, regionCode, Timestamp.from(now)).update();
        long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    /** Counts a failed sign-in; returns the new count. */
    int recordFailure(String username) {
        jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ?")
                .param(username).update();
        return jdbc.sql("select failed_attempts from app_user where username = ?").param(username)
                .query(Integer.class).optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("update app_user set locked_until = ?, failed_attempts = 0 where username = ?")
                .params(Timestamp.from(until), username).update();
    }

    void clearFailures(String username) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null "
                + "where username = ? and (failed_attempts > 0 or locked_until is not null)").param(username).update();
    }
}

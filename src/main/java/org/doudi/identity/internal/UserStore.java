package org.doudi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return select("where u.username = :key", username).stream().findFirst();
    }

    Optional<UserAccount> findById(long id) {
        return select("where u.id = :key", id).stream().findFirst();
    }

    /** Users of a region subtree, by name. */
    List<UserAccount> within(RegionScope scope) {
        return jdbc.sql(SELECT + "where u.region_code between :lo and :hi order by u.username, r.role")
                .param("lo", scope.lo()).param("hi", scope.hi()).query(this::accounts);
    }

    /** A user and their roles in one query: one row per role. */
    private static final String SELECT = "select u.*, r.role from app_user u left join user_role r on r.user_id = u.id ";

    private List<UserAccount> select(String where, Object key) {
        return jdbc.sql(SELECT + where + " order by u.username, r.role").param("key", key).query(this::accounts);
    }

    private List<UserAccount> accounts(ResultSet rs) throws SQLException {
        Map<Long, UserAccount> byId = new LinkedHashMap<>();
        while (rs.next()) {
            long id = rs.getLong("id");
            UserAccount account = byId.get(id);
            if (account == null) {
                Timestamp locked = rs.getTimestamp("locked_until");
                account = new UserAccount(id, rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getString("region_code"), rs.getBoolean("enabled"),
                        rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
                        EnumSet.noneOf(Role.class));
                byId.put(id, account);
            }
            String role = rs.getString("role");
            if (role != null) {
                account.roles().add(Role.valueOf(role));
            }
        }
        return byId.values().stream().map(a -> new UserAccount(a.id(), a.username(), a.displayName(),
                a.passwordHash(), a.regionCode(), a.enabled(), a.failedAttempts(), a.lockedUntil(),
                Set.copyOf(a.roles()))).toList();
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

package org.doudi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.audit.AuditLog;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code doudi_} and 32 random bytes, shown once; only their SHA-256 is kept
 * (a token is random enough that a slow hash would add nothing). Every token expires.
 */
@Service
class ApiTokens {

    static final String PREFIX = "doudi_";
    private static final SecureRandom RANDOM = new SecureRandom();

    record IssuedToken(long id, String name, String token, Instant expiresAt) {
    }

    record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxDays;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock, @Value("${doudi.security.api-token-days:90}") int maxDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxDays = maxDays;
    }

    @Transactional
    IssuedToken issue(UserAccount owner, String name, Integer days) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "is required (at most 100 characters)");
        }
        int validDays = days == null ? maxDays : days;
        if (validDays < 1 || validDays > maxDays) {
            throw new InvalidInputException("days", "must be between 1 and " + maxDays);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(validDays));
        jdbc.sql("insert into api_token (user_id, name, token_hash, token_prefix, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(owner.id(), name, hash(token), token.substring(0, 12), Timestamp.from(now),
                        Timestamp.from(expires)).update();
        long id = jdbc.sql("select id from api_token where token_hash = ?").param(hash(token)).query(Long.class).single();
        audit.recordWrite("token.create", "api_token", Long.toString(id), owner.regionCode(), null,
                Map.of("user", owner.username(), "name", name, "expiresAt", expires.toString()));
        return new IssuedToken(id, name, token, expires);
    }

    /** The owner of a valid (known, unrevoked, unexpired) token. */
    Optional<Long> ownerOf(String token) {
        Instant now = clock.instant();
        Optional<Long> owner = jdbc.sql("select user_id from api_token where token_hash = ? and revoked_at is null "
                        + "and expires_at > ?")
                .params(hash(token), Timestamp.from(now)).query(Long.class).optional();
        owner.ifPresent(o -> jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
                .params(Timestamp.from(now), hash(token)).update());
        return owner;
    }

    List<TokenInfo> of(UserAccount owner) {
        return jdbc.sql("select * from api_token where user_id = ? order by created_at desc").param(owner.id())
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Transactional
    void revoke(UserAccount owner, long tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, owner.id()).update();
        if (changed == 0) {
            throw new NotFoundException("token " + tokenId);
        }
        audit.recordWrite("token.revoke", "api_token", Long.toString(tokenId), owner.regionCode(), null,
                Map.of("user", owner.username()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.doudi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.doudi.audit.AuditEntry;
import org.doudi.audit.AuditLog;
import org.doudi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the chain. The head row is locked for the rest of the caller's transaction, which
 * serialises appends: each link knows its predecessor's hash, and a rolled-back write leaves no gap.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void recordWrite(String action, String entityType, String entityId, String regionCode,
                            Object before, Object after) {
        append(action, entityType, entityId, regionCode, toJson(before), toJson(after));
    }

    @Override
    @Transactional
    public void recordRead(String entityType, String entityId, String regionCode, String what) {
        append("read." + entityType, entityType, entityId, regionCode, null, toJson(Map.of("revealed", what)));
    }

    private void append(String action, String entityType, String entityId, String regionCode,
                        String before, String after) {
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        String actor = Actor.find().map(Actor::username).orElse(Actor.SYSTEM.username());
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry draft = new AuditEntry(seq, at, actor, action, entityType, entityId, regionCode, before, after,
                prevHash, null);
        String hash = AuditHash.of(draft);
        jdbc.sql("""
                insert into audit_event (seq, at, actor, action, entity_type, entity_id, region_code,
                                         before_state, after_state, prev_hash, hash)
                values (:seq, :at, :actor, :action, :entityType, :entityId, :regionCode, :before, :after, :prevHash, :hash)
                """)
                .param("seq", seq).param("at", java.sql.Timestamp.from(at)).param("actor", actor)
                .param("action", action).param("entityType", entityType).param("entityId", entityId)
                .param("regionCode", regionCode).param("before", before).param("after", after)
                .param("prevHash", prevHash).param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }
}

package org.doudi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DoudiTest
class AuditChainTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWriteIsRecordedWithItsActorAndTheChainVerifies() {
        var created = Api.as(port, "qingshan.county").post("/api/v1/me/tokens", Map.of("name", "audited", "days", 1));
        assertThat(created.status()).isEqualTo(201);
        String tokenId = created.json().get("id").asString();

        var log = Api.as(port, "admin").get("/api/v1/audit?entityType=api_token&entityId=" + tokenId);
        assertThat(log.status()).isEqualTo(200);
        var entry = log.json().get("items").get(0);
        assertThat(entry.get("actor").asString()).isEqualTo("qingshan.county");
        assertThat(entry.get("action").asString()).isEqualTo("token.create");
        assertThat(entry.get("after").asString()).contains("audited").doesNotContain("doudi_");

        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEditedLinkIsDetectedAndNamed() {
        Api.as(port, "qingshan.county").post("/api/v1/me/tokens", Map.of("name", "to be tampered", "days", 1));
        long seq = jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
        String original = jdbc.sql("select after_state from audit_event where seq = ?").param(seq)
                .query(String.class).single();
        try {
            jdbc.sql("update audit_event set after_state = ? where seq = ?")
                    .params(original.replace("to be tampered", "innocent"), seq).update();
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).contains("altered");
        } finally {
            jdbc.sql("update audit_event set after_state = ? where seq = ?").params(original, seq).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aLinkRemovedFromTheMiddleOrTheEndIsDetected() {
        Api.as(port, "hekou.county").post("/api/v1/me/tokens", Map.of("name", "first", "days", 1));
        Api.as(port, "hekou.county").post("/api/v1/me/tokens", Map.of("name", "second", "days", 1));
        long last = jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
        var row = jdbc.sql("select * from audit_event where seq = ?").param(last).query().singleRow();
        try {
            jdbc.sql("delete from audit_event where seq = ?").param(last).update();
            assertThat(trail.verify().intact()).as("removed from the end").isFalse();
        } finally {
            jdbc.sql("insert into audit_event (seq, at, actor, action, entity_type, entity_id, region_code, "
                            + "before_state, after_state, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?)")
                    .params(row.get("seq"), row.get("at"), row.get("actor"), row.get("action"),
                            row.get("entity_type"), row.get("entity_id"), row.get("region_code"),
                            row.get("before_state"), row.get("after_state"), row.get("prev_hash"), row.get("hash"))
                    .update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThat(Api.as(port, "qingshan.county").get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(Api.as(port, "city.supervisor").get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").get("/api/v1/audit?size=0").status()).isEqualTo(400);
    }
}

package org.doudi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.doudi.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DoudiTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Test
    void aDemoUserSeesTheirRegionAndRoles() {
        var me = Api.as(port, "shiqiao.coordinator").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("regionCode").asString()).isEqualTo("990121101201");
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("VILLAGE_COORDINATOR");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJson() {
        var r = Api.anonymous(port).get("/api/v1/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        users.createIfMissing(new NewUser("lockout.victim", "Victim", "Right-pass-2026", "990121101201",
                Set.of(Role.VILLAGE_COORDINATOR)));
        assertThat(Api.as(port, "lockout.victim", "Right-pass-2026").get("/api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(Api.as(port, "lockout.victim", "wrong-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        // four failures: not yet locked, and a success clears the count
        assertThat(Api.as(port, "lockout.victim", "Right-pass-2026").get("/api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            Api.as(port, "lockout.victim", "wrong-" + i).get("/api/v1/me");
        }
        var locked = Api.as(port, "lockout.victim", "Right-pass-2026").get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("locked");
    }

    @Test
    void aPersonalTokenSignsInUntilItIsRevoked() {
        var owner = Api.as(port, "qingshan.county");
        var issued = owner.post("/api/v1/me/tokens", Map.of("name", "report script", "days", 30));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();

        var me = Api.withToken(port, token).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("qingshan.county");

        assertThat(owner.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(Api.withToken(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.withToken(port, "doudi_forged").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenRequestWithoutANameNamesTheField() {
        var r = Api.as(port, "qingshan.county").post("/api/v1/me/tokens", Map.of("days", 10));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void onlyAdministratorsListUsers() {
        assertThat(Api.as(port, "qingshan.county").get("/api/v1/users").status()).isEqualTo(403);
        var all = Api.as(port, "admin").get("/api/v1/users");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("shiqiao.coordinator", "hekou.county");
    }
}

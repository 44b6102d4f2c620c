package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.testing.Api;

import tools.jackson.databind.JsonNode;

/** Households made through the API for registry tests, with ID numbers no other test uses. */
final class RegistryFixtures {

    static final String SHIQIAO = "990121101201";
    /** 河口县 河口镇 河口村 — outside 青山县 */
    static final String HEKOU_VILLAGE = "990122101201";

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private RegistryFixtures() {
    }

    /** A valid ID number not handed out before in this run (an unusual region of issue keeps it apart from the demo's). */
    static String newIdNumber() {
        int n = NEXT.getAndIncrement();
        return IdNumber.compose("990199", LocalDate.of(1950, 1, 1).plusDays(n / 1000 % 20000), n % 1000).value();
    }

    /** A client signed in with a personal token (checking a token is cheap; checking a password is slow by design). */
    static Api as(int port, String username) {
        String token = TOKENS.computeIfAbsent(port + "/" + username, k -> {
            var issued = Api.as(port, username).post("/api/v1/me/tokens", Map.of("name", "registry tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    static Map<String, Object> member(String name, String idNumber, String relation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", idNumber);
        m.put("relation", relation);
        return m;
    }

    static Map<String, Object> household(String regionCode, List<Map<String, Object>> members) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("regionCode", regionCode);
        h.put("address", "示范省 测试路 " + NEXT.get() + " 号");
        h.put("residence", "RURAL");
        h.put("members", new ArrayList<>(members));
        return h;
    }

    /** Creates a household as {@code admin} and answers its detail; fails the test when that does not work. */
    static JsonNode create(int port, Map<String, Object> household) {
        var created = as(port, "admin").post("/api/v1/households", household);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A household with a head (who has an income, a disability and a fact), a spouse, and an asset. */
    static Fixture rich(int port, String regionCode) {
        String headId = newIdNumber();
        String spouseId = newIdNumber();
        Map<String, Object> head = member("王建国", headId, "HEAD");
        head.put("since", "2015-03-01");
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1500.50", "from", "2025-06")));
        head.put("disabilities", List.of(Map.of("kind", "PHYSICAL", "grade", "2", "from", "2020-01-01")));
        head.put("facts", List.of(Map.of("kind", "SCHOOLING", "value", "NONE", "from", "2020-01-01")));
        Map<String, Object> spouse = member("李秀英", spouseId, "SPOUSE");
        spouse.put("since", "2015-03-01");
        Map<String, Object> form = household(regionCode, List.of(head, spouse));
        form.put("categories", List.of("DIBAO"));
        form.put("assets", List.of(Map.of("kind", "FINANCIAL", "value", "12000", "from", "2024-01-01")));
        JsonNode h = create(port, form);
        JsonNode headMember = h.get("members").get(0);
        return new Fixture(h.get("id").asLong(), regionCode, headMember.get("personId").asLong(), headId,
                h.get("members").get(1).get("personId").asLong(), spouseId,
                headMember.get("incomes").get(0).get("id").asLong(),
                headMember.get("disabilities").get(0).get("id").asLong(),
                headMember.get("facts").get(0).get("id").asLong(),
                h.get("assets").get(0).get("id").asLong());
    }

    record Fixture(long householdId, String regionCode, long headId, String headIdNumber, long spouseId,
                   String spouseIdNumber, long incomeId, long disabilityId, long factId, long assetId) {

        String path(String rest) {
            return "/api/v1/households/" + householdId + rest;
        }
    }
}

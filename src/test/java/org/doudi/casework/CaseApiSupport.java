package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** What the case API tests share: the demo users by token, one step at a time, households of the tests' own. */
abstract class CaseApiSupport {

    static final String SHIQIAO = "990121101201";
    static final String QINGSHAN_TOWN = "990121101000";
    static final String HEKOU_VILLAGE = "990122101201";
    static final String HEKOU_TOWN = "990122101000";
    static final String CASEWORKER = "qingshan.town.caseworker";
    static final String APPROVER = "qingshan.town.approver";
    static final String COUNTY = "qingshan.county";
    static final String COORDINATOR = "shiqiao.coordinator";
    static final String PASSWORD = "Doudi-test-2026";

    static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(900));
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    /** Signed in with a personal token: a password check per request is slow by design. */
    Api as(String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            String password = user.contains(".test.") ? PASSWORD : Api.DEMO_PASSWORD;
            var issued = Api.as(port, user, password).post("/api/v1/me/tokens", Map.of("name", "case tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    /** A new user of the tests' own (e.g. a second county officer), named {@code <prefix>.test.<n>}. */
    String user(String prefix, String regionCode, String role) {
        String name = prefix + ".test." + NEXT.incrementAndGet();
        var created = as("admin").post("/api/v1/users", Map.of("username", name, "password", PASSWORD,
                "regionCode", regionCode, "roles", List.of(role)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return name;
    }

    JsonNode create(String user, Map<String, Object> body) {
        var r = as(user).post("/api/v1/cases", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode act(String user, long id, String action, JsonNode current, Map<String, Object> body) {
        var r = attempt(user, id, action, current, body);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    Api.Response attempt(String user, long id, String action, JsonNode current, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", current.get("version").asInt());
        return as(user).post(path(id, action), withVersion);
    }

    JsonNode get(long id) {
        var r = as(CASEWORKER).get("/api/v1/cases/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static String path(long id, String action) {
        return "/api/v1/cases/" + id + "/" + action;
    }

    static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** The actions of a case's timeline, in order. */
    static List<String> actions(JsonNode c) {
        List<String> out = new ArrayList<>();
        c.get("timeline").forEach(s -> out.add(s.get("action").asString()));
        return out;
    }

    static List<String> codes(JsonNode documents) {
        List<String> out = new ArrayList<>();
        documents.forEach(d -> out.add(d.get("code").asString()));
        return out;
    }

    /** The benefits in force a case granted, oldest first. */
    List<JsonNode> benefitsOf(long householdId, long caseId) {
        var r = as(CASEWORKER).get("/api/v1/benefits?householdId=" + householdId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(b -> {
            if (b.get("caseId").asLong() == caseId) {
                out.add(0, b);
            }
        });
        out.sort(java.util.Comparator.comparingLong(b -> b.get("id").asLong()));
        return out;
    }

    /** The calculator's result for a programme (and member) of a stored household on a date. */
    JsonNode calculated(long household, String asOf, String programme, Long member) {
        var r = as(CASEWORKER).get("/api/v1/households/" + household + "/assessment?asOf=" + asOf);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode result : r.json().get("results")) {
            boolean sameMember = member == null ? result.get("member").isNull()
                    : Long.toString(member).equals(result.get("member").asString());
            if (programme.equals(result.get("programme").asString()) && sameMember) {
                return result;
            }
        }
        throw new AssertionError("no " + programme + " result for " + member + " in " + r.json());
    }

    // ---- households

    /** A rural family of three (a wage of 1,200 a month from 2025-01), below the 低保 standard. */
    long family(String village) {
        return family(village, null);
    }

    /** The family of three, its head with a disability ({@code kind}, {@code grade}) when given. */
    long family(String village, Map<String, String> headDisability) {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("周大成", "HEAD", LocalDate.of(1985, 3, 1).plusDays(n % 300), n);
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        if (headDisability != null) {
            head.put("disabilities", List.of(headDisability));
        }
        return household(village, n, head, member("吴秀兰", "SPOUSE", LocalDate.of(1987, 6, 1).plusDays(n % 300), n),
                member("周小明", "CHILD", LocalDate.of(2016, 9, 1).plusDays(n % 300), n));
    }

    long household(String village, int n, Map<String, Object>... members) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "测试路 " + n + " 号");
        form.put("residence", "RURAL");
        form.put("members", List.of(members));
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The person id of the member called {@code name}. */
    long personId(long household, String name) {
        var r = as("admin").get("/api/v1/households/" + household);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode m : r.json().get("members")) {
            if (name.equals(m.get("name").asString())) {
                return m.get("personId").asLong();
            }
        }
        throw new AssertionError(name + " not in " + r.json());
    }

    void expense(long household, String kind, String amount, String month) {
        var r = as("admin").post("/api/v1/households/" + household + "/expenses",
                Map.of("kind", kind, "amount", amount, "month", month, "description", "测试支出"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    static Map<String, Object> member(String name, String relation, LocalDate born, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", IdNumber.compose("990195", born, n % 1000).value());
        m.put("relation", relation);
        m.put("since", born.isAfter(LocalDate.of(2015, 1, 1)) ? born.toString() : "2015-01-01");
        return m;
    }

    static Map<String, String> fact(String kind, String value, String from) {
        return Map.of("kind", kind, "value", value, "from", from);
    }
}

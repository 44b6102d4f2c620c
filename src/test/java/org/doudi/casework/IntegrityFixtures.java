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

import tools.jackson.databind.JsonNode;

/**
 * Households and 低保 cases made through the API for the integrity tests (relatives register, county
 * visits, complaints and appeals), with ID numbers no other test uses. The procedure is driven through
 * its public steps only, in one place, so that a change of the procedure changes these helpers alone.
 */
final class IntegrityFixtures {

    static final String SHIQIAO = "990121101201";
    static final String QINGSHAN_TOWN = "990121101000";
    static final String QINGSHAN = "990121000000";
    static final String CITY = "990100000000";
    static final String HEKOU_VILLAGE = "990122101201";
    static final String CASEWORKER = "qingshan.town.caseworker";
    static final String APPROVER = "qingshan.town.approver";
    static final String COUNTY = "qingshan.county";
    static final String SUPERVISOR = "city.supervisor";
    static final List<String> ALL_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final int port;

    IntegrityFixtures(int port) {
        this.port = port;
    }

    /** Signed in with a personal token: a password check per request is slow by design. */
    Api as(String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user).post("/api/v1/me/tokens", Map.of("name", "integrity tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    /** A valid ID number not handed out before in this run (a region of issue of its own). */
    static String newIdNumber(LocalDate aroundBirth) {
        int n = NEXT.getAndIncrement();
        return IdNumber.compose("990191", aroundBirth.plusDays(n / 1000 % 3000), n % 1000).value();
    }

    /** A rural family in {@code village}: head (a wage of 1,200 from 2025-01), spouse and child; their ID numbers. */
    record Family(long id, String headId, String spouseId, String childId) {
    }

    Family family(String village) {
        String head = newIdNumber(LocalDate.of(1980, 1, 1));
        String spouse = newIdNumber(LocalDate.of(1982, 1, 1));
        String child = newIdNumber(LocalDate.of(2014, 1, 1));
        Map<String, Object> h = member("周大成", head, "HEAD");
        h.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "测试路 " + NEXT.get() + " 号");
        form.put("residence", "RURAL");
        form.put("members", List.of(h, member("吴秀兰", spouse, "SPOUSE"), member("周小明", child, "CHILD")));
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Family(r.json().get("id").asLong(), head, spouse, child);
    }

    private static Map<String, Object> member(String name, String idNumber, String relation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", idNumber);
        m.put("relation", relation);
        LocalDate born = new IdNumber(idNumber).birthDate();
        m.put("since", (born.isAfter(LocalDate.of(2015, 1, 1)) ? born : LocalDate.of(2015, 1, 1)).toString());
        return m;
    }

    /** Accepted on {@code receivedOn} with every document. */
    long intake(long household, String receivedOn) {
        var r = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "receivedOn", receivedOn,
                "documents", ALL_DOCUMENTS));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /**
     * Received 2026-09-30; investigated on 2026-10-09 by {@code investigator}; verified, assessed, the town
     * recommends approval (2026-10-14) and the publicity runs 2026-10-15 to 2026-10-21: ready to decide from
     * 2026-10-22.
     */
    long publicised(long household, String investigator) {
        long id = intake(household, "2026-09-30");
        JsonNode c = get(id);
        c = act(investigator, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "入户调查"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = act(investigator.equals(APPROVER) ? CASEWORKER : APPROVER, id, "town-opinion", c,
                Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "村务公开栏"));
        return id;
    }

    /** Refused by {@code decider} on 2026-10-15 after the town recommended refusal on 2026-10-14. */
    long refused(long household, String decider) {
        long id = intake(household, "2026-09-30");
        JsonNode c = get(id);
        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "入户调查"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = act(CASEWORKER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "REFUSE",
                "reasons", "家庭财产超过规定"));
        act(decider, id, "decision", c, Map.of("on", "2026-10-15", "outcome", "REFUSE", "reasons", "家庭财产超过规定"));
        return id;
    }

    Api.Response decide(String user, long id, String on) {
        return as(user).post(path(id, "decision"), Map.of("version", get(id).get("version").asInt(), "on", on,
                "outcome", "APPROVE"));
    }

    Api.Response countyVisit(String user, long id, Map<String, Object> body) {
        return as(user).post(path(id, "county-visit"), body);
    }

    JsonNode act(String user, long id, String action, JsonNode current, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", current.get("version").asInt());
        var r = as(user).post(path(id, action), withVersion);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
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

    static List<String> flagKinds(JsonNode kase) {
        List<String> kinds = new ArrayList<>();
        kase.at("/attention/flags").forEach(f -> kinds.add(f.get("kind").asString()));
        return kinds;
    }

    /** The audit actions recorded for an entity, oldest first (the log lists the newest first). */
    List<String> audited(String entityType, long id) {
        var audit = as("admin").get("/api/v1/audit?entityType=" + entityType + "&entityId=" + id + "&size=500");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        audit.json().get("items").forEach(e -> actions.add(0, e.get("action").asString()));
        return actions;
    }
}

package org.doudi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.registry.IdNumber;

import tools.jackson.databind.JsonNode;

/**
 * 低保 cases made through the HTTP API for tests of what comes after the procedure (documents, pages):
 * a fresh household of 石桥村 (a rural family of three, a wage of 1,200 a month, below the standard), and
 * the steps of 青山镇's caseworker and approver on fixed dates of October 2026 (accepted 30 September).
 */
public final class DibaoCases {

    public static final String SHIQIAO = "990121101201";
    public static final String CASEWORKER = "qingshan.town.caseworker";
    public static final String APPROVER = "qingshan.town.approver";
    public static final List<String> ALL_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");
    private static final String SYLLABLES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /**
     * ID numbers of a region of issue no other helper uses (990197 is the case API tests'), handed out in
     * turn from a random start, so that no two households of a run share one.
     */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final int port;

    public DibaoCases(int port) {
        this.port = port;
    }

    /** Signed in with a personal token: a password check per request is slow by design. */
    public Api as(String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user).post("/api/v1/me/tokens", Map.of("name", "case tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    /** A household registered by the administrator. */
    public record Household(long id, String headName) {
    }

    /** A family of three in the village; the head's name is unique ("周" and four random syllables). */
    public Household household(String village) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder("周");
        for (int i = 0; i < 4; i++) {
            name.append(SYLLABLES.charAt(r.nextInt(SYLLABLES.length())));
        }
        Map<String, Object> head = member(name.toString(), "HEAD", LocalDate.of(1985, 3, 1).plusDays(r.nextInt(300)));
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "石桥村 " + r.nextInt(1000) + " 号");
        form.put("residence", "RURAL");
        form.put("members", List.of(head, member("吴秀兰", "SPOUSE", LocalDate.of(1987, 6, 1).plusDays(r.nextInt(300))),
                member("周小明", "CHILD", LocalDate.of(2016, 9, 1).plusDays(r.nextInt(300)))));
        var created = as("admin").post("/api/v1/households", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Household(created.json().get("id").asLong(), name.toString());
    }

    private static Map<String, Object> member(String name, String relation, LocalDate born) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        int n = NEXT.getAndIncrement();
        LocalDate birth = born.plusDays(n / 1000 % 300);
        m.put("idNumber", IdNumber.compose("990192", birth, n % 1000).value());
        m.put("relation", relation);
        m.put("since", birth.isAfter(LocalDate.of(2015, 1, 1)) ? birth.toString() : "2015-01-01");
        return m;
    }

    public JsonNode intake(long household, String receivedOn, List<String> documents) {
        var r = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "receivedOn", receivedOn,
                "documents", documents));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public JsonNode get(long id) {
        var r = as(CASEWORKER).get("/api/v1/cases/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** One step as {@code user}, on the case's current version; must succeed. */
    public JsonNode act(String user, long id, String action, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", get(id).get("version").asInt());
        var r = as(user).post("/api/v1/cases/" + id + "/" + action, withVersion);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    /** Accepted on 30 September, investigated by the caseworker, verified and assessed as of 13 October. */
    public long assessed(long household) {
        long id = intake(household, "2026-09-30", ALL_DOCUMENTS).get("id").asLong();
        act(CASEWORKER, id, "investigation", Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "三口之家，户主务工收入不稳定"));
        act(CASEWORKER, id, "verification", Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        act(CASEWORKER, id, "assessment", Map.of("on", "2026-10-13"));
        return id;
    }

    /** The town recommends approval on 14 October; publicised at the village board from 15 to 21 October. */
    public long publicised(long household) {
        long id = assessed(household);
        act(APPROVER, id, "town-opinion", Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        act(CASEWORKER, id, "publicity", Map.of("on", "2026-10-15", "place", "石桥村村务公开栏"));
        return id;
    }

    /** Approved by the town approver on 22 October (benefit from November). */
    public long approved(long household) {
        long id = publicised(household);
        act(APPROVER, id, "decision", Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        return id;
    }

    /** The town recommends refusal on 14 October and the approver refuses on 15 October, with reasons. */
    public long refused(long household, String reasons) {
        long id = assessed(household);
        act(APPROVER, id, "town-opinion", Map.of("on", "2026-10-14", "recommendation", "REFUSE", "reasons", reasons));
        act(APPROVER, id, "decision", Map.of("on", "2026-10-15", "outcome", "REFUSE", "reasons", reasons));
        return id;
    }

    /** The 低保 amount the frozen assessment found for the whole household. */
    public static int frozenAmount(JsonNode c) {
        return c.at("/assessment/monthlyAmount").asInt();
    }
}

package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.doudi.registry.IdNumber;
import org.doudi.shared.Today;
import org.doudi.testing.Api;

import tools.jackson.databind.JsonNode;

/** Households, 低保 benefits and screening runs through the HTTP API, for the monitoring module's tests. */
public final class MonitoringFixtures {

    public static final String SHIQIAO = "990121101201";
    public static final String QINGSHAN_TOWN = "990121101000";
    public static final String CASEWORKER = "qingshan.town.caseworker";
    public static final String APPROVER = "qingshan.town.approver";
    public static final String COORDINATOR = "shiqiao.coordinator";
    public static final String COUNTY = "qingshan.county";
    public static final String REVITALISATION = "qingshan.revitalisation";
    static final List<String> ALL_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final int port;

    public MonitoringFixtures(int port) {
        this.port = port;
    }

    /** Signed in with a personal token: a password check per request is slow by design. */
    public Api as(String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user).post("/api/v1/me/tokens", Map.of("name", "monitoring tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    public static LocalDate today() {
        return LocalDate.now(Today.ZONE);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(Today.ZONE);
    }

    /** A member as the household form takes it, with an ID number not handed out before in this run. */
    public static Map<String, Object> member(String name, String relation, LocalDate born) {
        int n = NEXT.getAndIncrement();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", IdNumber.compose("990196", born.plusDays(n / 1000 % 200), n % 1000).value());
        m.put("relation", relation);
        m.put("since", "2015-01-01");
        return m;
    }

    /** A rural household of the village with the given members (the first is the head). */
    public long household(String village, List<Map<String, Object>> members) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "石桥村 " + NEXT.getAndIncrement() + " 号");
        form.put("residence", "RURAL");
        form.put("members", members);
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A rural family of three in the village, a wage of 3,000 a month: above the monitoring line. */
    public long family(String village) {
        return family(village, "3000");
    }

    /** A rural family of three in the village, the head earning a wage every month since 2024. */
    public long family(String village, String monthlyWage) {
        Map<String, Object> head = member("林国强", "HEAD", LocalDate.of(1980, 5, 1));
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", monthlyWage, "from", "2024-01")));
        return household(village, List.of(head, member("陈丽", "SPOUSE", LocalDate.of(1982, 7, 1)),
                member("林小雨", "CHILD", LocalDate.of(2012, 3, 1))));
    }

    public JsonNode members(long household) {
        var r = as(CASEWORKER).get("/api/v1/households/" + household + "/members");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /**
     * A death the civil-affairs registry does not know yet, reported by the departments' deaths feed (imported by
     * 青山县's officer): the registry's own record of a death stops the benefits at once (reviews), so the
     * "benefits paid to a dead person" warning is about deaths learnt from the feeds.
     */
    public void deathReported(String idNumber, String name, LocalDate on) {
        var r = org.doudi.exchange.Feeds.upload(port, "qingshan.county", "deaths", null, "deaths-" + idNumber + ".csv",
                org.doudi.exchange.Feeds.csv(List.of("id_number", "name", "event", "date", "certificate_no",
                        "recorded_by"), List.of(List.of(idNumber, name, "CREMATION", on.toString(), "HZ-" + idNumber,
                        "青山县殡仪馆"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** Records the member's death on the day. */
    public void died(long household, JsonNode member, LocalDate on) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", member.get("version").asInt());
        change.put("name", member.get("name").asString());
        change.put("relation", member.get("relation").asString());
        change.put("diedOn", on.toString());
        var r = as(CASEWORKER).put("/api/v1/households/" + household + "/members/" + member.get("personId").asLong(),
                change);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    public void expense(long household, String kind, String amount, YearMonth month) {
        var r = as(CASEWORKER).post("/api/v1/households/" + household + "/expenses",
                Map.of("kind", kind, "amount", amount, "month", month.toString(), "description", "住院"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /**
     * A 低保 decided through the whole procedure (accepted 30 September 2026, approved 22 October 2026): the
     * benefit in force from November 2026. Answers the benefit.
     */
    public JsonNode dibaoGranted(long household) {
        var intake = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "receivedOn", "2026-09-30",
                "documents", ALL_DOCUMENTS));
        assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
        JsonNode c = intake.json();
        long id = c.get("id").asLong();
        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "独居，无收入"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        c = act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "石桥村村务公开栏"));
        act(APPROVER, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        return benefits(household).get(0);
    }

    public JsonNode benefits(long household) {
        var r = as(CASEWORKER).get("/api/v1/benefits?householdId=" + household);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode act(String user, long id, String action, JsonNode current, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", current.get("version").asInt());
        var r = as(user).post("/api/v1/cases/" + id + "/" + action, withVersion);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    // ---- runs

    /** Starts a run as the county officer and waits until it is over; answers the run. */
    public JsonNode screen(Map<String, Object> body) {
        var r = as(COUNTY).post("/api/v1/screening-runs", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        return awaitRun(r.json().get("id").asLong(), run -> !"RUNNING".equals(run.get("state").asString()));
    }

    public JsonNode screenShiqiao() {
        JsonNode run = screen(Map.of("regionCode", SHIQIAO));
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    public JsonNode awaitRun(long id, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            var r = as(COUNTY).get("/api/v1/screening-runs/" + id);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            if (done.test(r.json())) {
                return r.json();
            }
            assertThat(System.nanoTime()).as("run " + id + " still going: " + r).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The warnings of a rule about a household (every state, every role's inbox: as the administrator sees them). */
    public List<JsonNode> warnings(long household, String ruleCode) {
        var r = as("admin").get("/api/v1/warnings?householdId=" + household + "&ruleCode=" + ruleCode + "&size=200");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("items").forEach(out::add);
        return out;
    }

    public JsonNode warning(String user, long id) {
        var r = as(user).get("/api/v1/warnings/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    public static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}

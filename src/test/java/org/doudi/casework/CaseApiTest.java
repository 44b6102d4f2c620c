package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** 低保 applications through HTTP, as the demo users of 青山镇, from intake to decision. */
@DoudiTest
class CaseApiTest {

    static final String SHIQIAO = "990121101201";
    static final String HEKOU_VILLAGE = "990122101201";
    static final String CASEWORKER = "qingshan.town.caseworker";
    static final String APPROVER = "qingshan.town.approver";
    static final List<String> ALL_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");

    static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(900));
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    /** Signed in with a personal token: a password check per request is slow by design. */
    Api as(String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user).post("/api/v1/me/tokens", Map.of("name", "case tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    @Test
    void aDibaoApplicationFromShiqiaoGoesFromIntakeToDecisionWithTheFrozenAmount() {
        long household = household(SHIQIAO);
        JsonNode c = intake(household, "2026-09-30", ALL_DOCUMENTS);
        long id = c.get("id").asLong();
        assertThat(c.get("state").asString()).isEqualTo("APPLIED");
        assertThat(c.get("regionCode").asString()).isEqualTo(SHIQIAO);
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-09-30");
        // three working days after 30 September 2026: the holiday, Thu 8, Fri 9, Sat 10 (make-up day)
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-10-10");
        assertThat(c.get("procedureDueOn").asString()).isEqualTo("2026-11-03");
        assertThat(c.get("dueEstimated").asBoolean()).isFalse();

        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "三口之家，户主务工收入不稳定"));
        assertThat(c.get("state").asString()).isEqualTo("INVESTIGATING");
        assertThat(c.get("dueOn").asString()).as("verification: Sat 10, Mon 12, Tue 13").isEqualTo("2026-10-13");
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        assertThat(c.get("state").asString()).isEqualTo("ASSESSED");

        var direct = as(CASEWORKER).get("/api/v1/households/" + household + "/assessment?asOf=2026-10-13");
        assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
        assertThat(c.at("/assessment/result")).as("frozen exactly as the calculator answers").isEqualTo(direct.json());
        int amount = dibaoAmount(direct.json());
        assertThat(amount).isPositive();
        assertThat(c.at("/assessment/monthlyAmount").asInt()).isEqualTo(amount);

        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        c = act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "石桥村村务公开栏"));
        assertThat(c.get("state").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(c.at("/publicity/until").asString()).isEqualTo("2026-10-21");
        var sheet = as(CASEWORKER).get("/api/v1/cases/" + id + "/publicity-sheet");
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(sheet.json().get("name").asString()).isEqualTo("周大成");
        assertThat(sheet.json().get("householdSize").asInt()).isEqualTo(3);
        assertThat(sheet.json().get("monthlyAmount").asInt()).isEqualTo(amount);
        assertThat(sheet.body()).as("nothing but name, size and amount about the household")
                .doesNotContain("idNumber").doesNotContain("address").doesNotContain("personId");

        var early = as(APPROVER).post(path(id, "decision"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-21", "outcome", "APPROVE"));
        assertThat(early.status()).as("during the publicity").isEqualTo(409);

        c = act(APPROVER, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(c.get("state").asString()).isEqualTo("DECIDED");
        assertThat(c.at("/decision/outcome").asString()).isEqualTo("APPROVE");
        assertThat(c.at("/decision/monthlyAmount").asInt()).isEqualTo(amount);
        assertThat(c.at("/decision/startMonth").asString()).as("the month after the decision").isEqualTo("2026-11");
        assertThat(c.at("/decision/decidedBy").asString()).isEqualTo(APPROVER);
        assertThat(c.get("dueOn").asString()).as("notification within 3 working days").isEqualTo("2026-10-27");

        var benefits = as(CASEWORKER).get("/api/v1/benefits?householdId=" + c.get("householdId").asLong());
        assertThat(benefits.status()).as(benefits.toString()).isEqualTo(200);
        assertThat(benefits.json().size()).as("the approval is a benefit in force").isEqualTo(1);
        var benefit = benefits.json().get(0);
        assertThat(benefit.get("programme").asString()).isEqualTo("DIBAO");
        assertThat(benefit.get("caseId").asLong()).isEqualTo(id);
        assertThat(benefit.get("fromMonth").asString()).isEqualTo("2026-11");
        assertThat(benefit.get("toMonth").isNull()).isTrue();
        assertThat(benefit.at("/amounts/0/amount").asInt()).isEqualTo(amount);

        c = act(CASEWORKER, id, "notification", c, Map.of("on", "2026-10-23", "method", "当面送达"));
        assertThat(c.get("state").asString()).isEqualTo("NOTIFIED");
        assertThat(c.get("allowedActions").isEmpty()).isTrue();
        assertThat(c.get("dueOn").isNull()).isTrue();

        JsonNode timeline = c.get("timeline");
        List<String> actions = new ArrayList<>();
        timeline.forEach(s -> actions.add(s.get("action").asString()));
        assertThat(actions).containsExactly("INTAKE", "INVESTIGATION", "VERIFICATION", "ASSESSMENT", "TOWN_OPINION",
                "PUBLICITY", "DECISION", "NOTIFICATION");
        assertThat(timeline.get(1).get("by").asString()).isEqualTo(CASEWORKER);
        assertThat(timeline.get(1).get("on").asString()).isEqualTo("2026-10-09");
        assertThat(timeline.get(1).get("dueOn").asString()).isEqualTo("2026-10-10");
        assertThat(timeline.get(1).get("late").asBoolean()).isFalse();
        assertThat(timeline.get(1).at("/details/visitors").size()).isEqualTo(2);
        assertThat(timeline.get(6).get("by").asString()).isEqualTo(APPROVER);

        var audit = as("admin").get("/api/v1/audit?entityType=case&entityId=" + id + "&size=500");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        List<String> audited = new ArrayList<>();
        audit.json().get("items").forEach(e -> audited.add(e.get("action").asString()));
        assertThat(audited).as("every write audited").containsExactlyInAnyOrder("case.intake", "case.investigation",
                "case.verification", "case.assessment", "case.town-opinion", "case.publicity", "case.decision",
                "case.notification");
    }

    @Test
    void anObjectionDuringThePublicitySendsTheCaseBackToInvestigation() {
        long id = publicised(household(SHIQIAO));
        JsonNode c = get(id);
        c = act(CASEWORKER, id, "objections", c, Map.of("on", "2026-10-16", "summary", "村民反映该户有经营性收入未申报"));
        assertThat(c.get("state").asString()).isEqualTo("OBJECTED");
        assertThat(c.get("allowedActions")).extracting(JsonNode::asString).containsExactly("investigation", "appraisal");
        assertThat(c.get("assessment").isNull()).as("assessed again after the new investigation").isTrue();
        assertThat(c.get("dueOn").asString()).as("re-investigation within 3 working days").isEqualTo("2026-10-21");

        var decide = as(APPROVER).post(path(id, "decision"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-23", "outcome", "APPROVE"));
        assertThat(decide.status()).isEqualTo(409);
        assertThat(decide.json().get("state").asString()).isEqualTo("OBJECTED");
        assertThat(decide.json().get("allowedActions")).extracting(JsonNode::asString)
                .containsExactly("investigation", "appraisal");

        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-19", "visitors", List.of("张明", "王强"),
                "findings", "复查：经营性收入属实"));
        assertThat(c.get("state").asString()).isEqualTo("INVESTIGATING");
        assertThat(c.get("allowedActions")).extracting(JsonNode::asString).containsExactly("verification");
    }

    @Test
    void aRefusalGivesItsReasons() {
        long id = assessed(household(SHIQIAO));
        JsonNode c = get(id);
        var noReasons = as(APPROVER).post(path(id, "town-opinion"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-14", "recommendation", "REFUSE"));
        assertThat(fields(noReasons)).containsExactly("reasons");
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "REFUSE",
                "reasons", "家庭财产超过规定"));
        var publicity = as(CASEWORKER).post(path(id, "publicity"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-15", "place", "村务公开栏"));
        assertThat(publicity.status()).as("only an approval is publicised").isEqualTo(409);

        var unexplained = as(APPROVER).post(path(id, "decision"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-15", "outcome", "REFUSE"));
        assertThat(fields(unexplained)).containsExactly("reasons");
        c = act(APPROVER, id, "decision", c, Map.of("on", "2026-10-15", "outcome", "REFUSE",
                "reasons", "家庭人均收入高于当地低保标准"));
        assertThat(c.at("/decision/outcome").asString()).isEqualTo("REFUSE");
        assertThat(c.at("/decision/reasons").asString()).isEqualTo("家庭人均收入高于当地低保标准");
        assertThat(c.at("/decision/startMonth").isNull()).isTrue();
        assertThat(c.at("/decision/monthlyAmount").isNull()).isTrue();
    }

    @Test
    void whoeverRecordedTheInvestigationMayNotDecide() {
        long household = household(SHIQIAO);
        long id = intake(household, "2026-09-30", ALL_DOCUMENTS).get("id").asLong();
        JsonNode c = get(id);
        // the approver took part in the visit and recorded it
        c = act(APPROVER, id, "investigation", c, Map.of("on", "2026-10-08", "visitors", List.of("周敏", "李华"),
                "findings", "入户核实"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-09", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-12"));
        c = act(CASEWORKER, id, "town-opinion", c, Map.of("on", "2026-10-12", "recommendation", "REFUSE",
                "reasons", "收入超标"));
        var refused = as(APPROVER).post(path(id, "decision"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-13", "outcome", "REFUSE", "reasons", "收入超标"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("recorded the investigation");
        assertThat(get(id).get("state").asString()).isEqualTo("TOWN_OPINION");

        var byCounty = as("qingshan.county").post(path(id, "decision"), Map.of("version", c.get("version").asInt(),
                "on", "2026-10-13", "outcome", "REFUSE", "reasons", "收入超标"));
        assertThat(byCounty.status()).as(byCounty.toString()).isEqualTo(200);
    }

    @Test
    void twoActionsOnTheSameVersionAtOnceOneSucceedsTheOther409() throws Exception {
        long id = intake(household(SHIQIAO), "2026-09-30", ALL_DOCUMENTS).get("id").asLong();
        int version = get(id).get("version").asInt();
        Map<String, Object> body = Map.of("version", version, "on", "2026-10-08", "visitors", List.of("张明", "李华"),
                "findings", "入户调查");
        Api caseworker = as(CASEWORKER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Response> call = () -> {
                start.await();
                return caseworker.post(path(id, "investigation"), body);
            };
            Future<Api.Response> a = pool.submit(call);
            Future<Api.Response> b = pool.submit(call);
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
            assertThat(statuses).as(a.get() + "\n" + b.get()).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        JsonNode c = get(id);
        assertThat(c.get("version").asInt()).isEqualTo(version + 1);
        assertThat(c.get("timeline").size()).as("one investigation recorded").isEqualTo(2);

        var stale = caseworker.post(path(id, "verification"), Map.of("version", version, "result", "CONSISTENT"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("has changed since version " + version);
    }

    @Test
    void aCaseOfHekouIsNotFoundForQingshanUsers() {
        String hekouCaseworker = "hekou.town.caseworker." + NEXT.incrementAndGet();
        var created = as("admin").post("/api/v1/users", Map.of("username", hekouCaseworker,
                "password", "Hekou-test-2026", "regionCode", "990122101000", "roles", List.of("TOWN_CASEWORKER")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long household = household(HEKOU_VILLAGE);
        var opened = Api.as(port, hekouCaseworker, "Hekou-test-2026").post("/api/v1/cases",
                Map.of("householdId", household, "receivedOn", "2026-10-12", "documents", ALL_DOCUMENTS));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long id = opened.json().get("id").asLong();

        for (String user : List.of(CASEWORKER, APPROVER, "qingshan.county", "shiqiao.coordinator")) {
            var r = as(user).get("/api/v1/cases/" + id);
            assertThat(r.status()).as(user).isEqualTo(404);
            assertThat(r.body()).doesNotContain(HEKOU_VILLAGE);
        }
        var missing = as(CASEWORKER).get("/api/v1/cases/987654321");
        assertThat(as(CASEWORKER).get("/api/v1/cases/" + id).body()).as("like a case that does not exist")
                .isEqualTo(missing.body().replace("987654321", Long.toString(id)));
        var act = as(CASEWORKER).post(path(id, "investigation"), Map.of("version", 0, "visitors", List.of("a", "b"),
                "findings", "x"));
        assertThat(act.status()).isEqualTo(404);
        var list = as(CASEWORKER).get("/api/v1/cases?householdId=" + household);
        assertThat(list.json().get("total").asLong()).isZero();
        assertThat(as("hekou.county").get("/api/v1/cases/" + id).status()).isEqualTo(200);

        var intake = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "documents", ALL_DOCUMENTS));
        assertThat(fields(intake)).containsExactly("householdId");
    }

    @Test
    void missingDocumentsAreListedAllAtOnceAndTheDeadlineRunsFromTheirArrival() {
        long household = household(SHIQIAO);
        JsonNode c = intake(household, "2026-09-28", List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS"));
        long id = c.get("id").asLong();
        List<String> missing = new ArrayList<>();
        c.get("missingDocuments").forEach(d -> missing.add(d.get("code").asString()));
        assertThat(missing).containsExactlyInAnyOrder("INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");
        assertThat(c.get("missingDocuments").get(0).get("title").asString()).isNotBlank();
        assertThat(c.get("acceptedOn").isNull()).isTrue();
        assertThat(c.get("dueOn").isNull()).as("waiting for the household").isTrue();

        var early = as(CASEWORKER).post(path(id, "investigation"), Map.of("version", c.get("version").asInt(),
                "on", "2026-09-29", "visitors", List.of("张明", "李华"), "findings", "x"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("not accepted yet");

        c = act(CASEWORKER, id, "documents", c, Map.of("on", "2026-09-30",
                "documents", List.of("INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT")));
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-09-30");
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-10-10");

        var second = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "documents", ALL_DOCUMENTS));
        assertThat(second.status()).as("one open application per household").isEqualTo(409);
    }

    @Test
    void badInputNamesEveryFieldAndAStepNotAllowedNamesTheStateAndItsActions() {
        var r = as(CASEWORKER).post("/api/v1/cases", Map.of("programme", "WUBAO", "receivedOn", "2999-01-01",
                "documents", List.of("APPLICATION_FORM")));
        assertThat(fields(r)).containsExactlyInAnyOrder("programme", "receivedOn", "householdId");
        var unknownDocument = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", 1, "documents",
                List.of("APPLICATION_FORM", "PHOTO")));
        assertThat(fields(unknownDocument)).containsExactly("documents[1]");

        long id = intake(household(SHIQIAO), "2026-09-30", ALL_DOCUMENTS).get("id").asLong();
        JsonNode c = get(id);
        var oneVisitor = as(CASEWORKER).post(path(id, "investigation"), Map.of("version", c.get("version").asInt(),
                "on", "2026-09-29", "visitors", List.of("张明", " 张明 "), "findings", " "));
        assertThat(fields(oneVisitor)).containsExactlyInAnyOrder("visitors", "findings", "on");
        var noVersion = as(CASEWORKER).post(path(id, "investigation"), Map.of("visitors", List.of("a", "b")));
        assertThat(fields(noVersion)).containsExactly("version");

        var outOfOrder = as(CASEWORKER).post(path(id, "publicity"), Map.of("version", c.get("version").asInt(),
                "place", "公开栏"));
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.contentType()).startsWith("application/problem+json");
        assertThat(outOfOrder.json().get("state").asString()).isEqualTo("APPLIED");
        assertThat(outOfOrder.json().get("allowedActions")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("documents", "investigation");

        var notTheirs = as("shiqiao.coordinator").post(path(id, "investigation"), Map.of("version", 0));
        assertThat(notTheirs.status()).isEqualTo(403);
        var supervisor = as("city.supervisor").get("/api/v1/cases/" + id);
        assertThat(supervisor.status()).as("read-only roles read").isEqualTo(200);
    }

    @Test
    void theListIsRegionScopedFilteredByStateAndOverdueAndPaged() {
        long household = household(SHIQIAO);
        long id = intake(household, "2026-09-30", ALL_DOCUMENTS).get("id").asLong();
        var overdue = as(CASEWORKER).get("/api/v1/cases?overdue=true&state=APPLIED&size=200");
        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        overdue.json().get("items").forEach(i -> {
            ids.add(i.get("id").asLong());
            assertThat(i.get("state").asString()).isEqualTo("APPLIED");
            assertThat(i.get("overdue").asBoolean()).isTrue();
        });
        assertThat(ids).as("due 2026-10-10, long passed").contains(id);

        var mine = as(CASEWORKER).get("/api/v1/cases?householdId=" + household);
        assertThat(mine.json().get("total").asLong()).isEqualTo(1);
        assertThat(as("hekou.county").get("/api/v1/cases?householdId=" + household).json().get("total").asLong())
                .isZero();
        var paged = as(CASEWORKER).get("/api/v1/cases?size=1&page=0");
        assertThat(paged.json().get("items").size()).isEqualTo(1);
        assertThat(fields(as(CASEWORKER).get("/api/v1/cases?size=0&page=-1"))).containsExactlyInAnyOrder("size", "page");
        assertThat(fields(as(CASEWORKER).get("/api/v1/cases?state=WAITING"))).containsExactly("state");
    }

    // ---- helpers

    JsonNode intake(long household, String receivedOn, List<String> documents) {
        var r = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "receivedOn", receivedOn,
                "documents", documents));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** Through the assessment (as of 13 October 2026), accepted on 30 September 2026. */
    long assessed(long household) {
        long id = intake(household, "2026-09-30", ALL_DOCUMENTS).get("id").asLong();
        JsonNode c = get(id);
        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "入户调查"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        return id;
    }

    /** In publicity from 15 October 2026. */
    long publicised(long household) {
        long id = assessed(household);
        JsonNode c = get(id);
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "村务公开栏"));
        return id;
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

    static int dibaoAmount(JsonNode assessment) {
        for (JsonNode result : assessment.get("results")) {
            if ("DIBAO".equals(result.get("programme").asString()) && result.get("member").isNull()) {
                return result.get("monthlyAmount").asInt();
            }
        }
        throw new AssertionError("no DIBAO result in " + assessment);
    }

    /** A rural family of three (a wage of 1,200 a month from 2025-01), below the 低保 standard. */
    long household(String village) {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("周大成", "HEAD", LocalDate.of(1985, 3, 1).plusDays(n % 300), n);
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "石桥村 " + n + " 号");
        form.put("residence", "RURAL");
        form.put("members", List.of(head, member("吴秀兰", "SPOUSE", LocalDate.of(1987, 6, 1).plusDays(n % 300), n),
                member("周小明", "CHILD", LocalDate.of(2016, 9, 1).plusDays(n % 300), n)));
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static Map<String, Object> member(String name, String relation, LocalDate born, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", IdNumber.compose("990197", born, n % 1000).value());
        m.put("relation", relation);
        m.put("since", born.isAfter(LocalDate.of(2015, 1, 1)) ? born.toString() : "2015-01-01");
        return m;
    }
}

package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.monitoring.MonitoringFixtures.COUNTY;
import static org.doudi.monitoring.MonitoringFixtures.SHIQIAO;
import static org.doudi.monitoring.MonitoringFixtures.fields;
import static org.doudi.monitoring.MonitoringFixtures.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Screening rules through HTTP: written in CEL, checked when saved, versioned, tried out, dry-run. */
@DoudiTest
class ScreeningRuleApiTest {

    @LocalServerPort
    int port;

    MonitoringFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MonitoringFixtures(port);
    }

    static Map<String, Object> text(String subject, String expression, String template) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", "测试规则");
        t.put("subject", subject);
        t.put("expression", expression);
        t.put("severity", "MEDIUM");
        t.put("kind", "CASE_BY_CASE");
        t.put("ownerRole", "TOWN_CASEWORKER");
        t.put("deadlineDays", 5);
        t.put("messageTemplate", template);
        return t;
    }

    static String code() {
        return "TEST_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    @Test
    void anExpressionThatDoesNotCompileIsRefusedNamingTheFieldAndTheCelError() {
        String code = code();
        var misspelt = fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code,
                "text", text("MEMBER", "member.agee >= 60", "{member.name}")));
        assertThat(fields(misspelt)).containsExactly("text.expression");
        assertThat(misspelt.json().at("/errors/0/message").asString()).contains("undefined field 'agee'")
                .contains("line 1, column 7");

        var notBoolean = fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code,
                "text", text("HOUSEHOLD", "household.members + 1", "x")));
        assertThat(fields(notBoolean)).containsExactly("text.expression");
        assertThat(notBoolean.json().at("/errors/0/message").asString()).contains("bool");

        var memberInHouseholdRule = fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code,
                "text", text("HOUSEHOLD", "member.age > 60", "{member.name}")));
        assertThat(fields(memberInHouseholdRule)).containsExactly("text.expression", "text.messageTemplate");
        assertThat(memberInHouseholdRule.json().at("/errors/0/message").asString())
                .contains("undeclared reference to 'member'");

        var unknownPlaceholder = fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code,
                "text", text("MEMBER", "member.age > 60", "{member.nmae} 年满60岁")));
        assertThat(fields(unknownPlaceholder)).containsExactly("text.messageTemplate");

        assertThat(fx.as(COUNTY).get("/api/v1/screening-rules/" + code).status()).as("nothing written").isEqualTo(404);
    }

    @Test
    void aRuleKeepsEveryVersionAndRunsOnlyTheOneSwitchedOn() {
        String code = code();
        var created = fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code,
                "text", text("MEMBER", "member.age >= 100", "{member.name} 年满百岁")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode rule = created.json();
        assertThat(rule.get("regionCode").asString()).as("the author's region").isEqualTo("990121000000");
        assertThat(rule.get("activeVersion").isNull()).as("written switched off").isTrue();
        assertThat(rule.get("latestVersion").asInt()).isEqualTo(1);

        var v2 = fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/versions", Map.of("basedOn", 1,
                "text", text("MEMBER", "member.age >= 90", "{member.name} 年满90岁")));
        assertThat(v2.status()).as(v2.toString()).isEqualTo(201);
        var stale = fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/versions", Map.of("basedOn", 1,
                "text", text("MEMBER", "member.age >= 80", "{member.name}")));
        assertThat(stale.status()).as("based on an old version").isEqualTo(409);

        var on = fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/activate", Map.of("ruleVersion", 1));
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        rule = fx.as(COUNTY).get("/api/v1/screening-rules/" + code).json();
        assertThat(rule.get("activeVersion").asInt()).isEqualTo(1);
        assertThat(rule.get("latestVersion").asInt()).isEqualTo(2);
        List<String> expressions = new ArrayList<>();
        rule.get("versions").forEach(v -> expressions.add(v.get("expression").asString()));
        assertThat(expressions).as("history kept, newest first").containsExactly("member.age >= 90", "member.age >= 100");

        var off = fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/deactivate", Map.of());
        assertThat(off.json().get("activeVersion").isNull()).isTrue();

        var audit = fx.as("admin").get("/api/v1/audit?entityType=screening-rule&entityId=" + code + "&size=50");
        List<String> actions = new ArrayList<>();
        audit.json().get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactlyInAnyOrder("screening-rule.create", "screening-rule.new-version",
                "screening-rule.activate", "screening-rule.deactivate");
    }

    @Test
    void onlyCountyOfficersAndAdministratorsWriteRulesAndACountyCannotChangeTheProvincesRules() {
        var byCaseworker = fx.as(MonitoringFixtures.CASEWORKER).post("/api/v1/screening-rules", Map.of("code", code(),
                "text", text("MEMBER", "member.age >= 100", "x")));
        assertThat(byCaseworker.status()).isEqualTo(403);

        var builtIn = fx.as(COUNTY).get("/api/v1/screening-rules/DEAD_PERSON_PAID");
        assertThat(builtIn.status()).as(builtIn.toString()).isEqualTo(200);
        assertThat(builtIn.json().get("builtIn").asBoolean()).isTrue();
        assertThat(builtIn.json().get("activeVersion").asInt()).isEqualTo(1);
        var change = fx.as(COUNTY).post("/api/v1/screening-rules/DEAD_PERSON_PAID/versions", Map.of("basedOn",
                builtIn.json().get("latestVersion").asInt(), "text", text("MEMBER", "member.dead", "x")));
        assertThat(change.status()).as("a rule of 示范省").isEqualTo(403);

        var list = fx.as(COUNTY).get("/api/v1/screening-rules?active=true&size=200");
        List<String> codes = new ArrayList<>();
        list.json().get("items").forEach(r -> codes.add(r.get("code").asString()));
        assertThat(codes).contains("DEAD_PERSON_PAID", "MEDICAL_OVER_THRESHOLD", "INCOME_BELOW_LINE",
                "NEW_SEVERE_DISABILITY", "DIBAO_WITH_ASSETS", "ORPHAN_WITHOUT_ALLOWANCE", "UNEMPLOYED_IN_MONITORED",
                "DISASTER_VICTIM", "SCHOOL_DROPOUT_MONITORED", "MARGINAL_NOT_MONITORED", "MONITORED_WITHOUT_HELPER");
    }

    @Test
    void aRuleTriedOnSampleHouseholdsSaysWhichMatchAndShowsTheViewItSaw() {
        long old = fx.household(SHIQIAO, List.of(member("白寿山", "HEAD", LocalDate.of(1924, 2, 1))));
        long young = fx.family(SHIQIAO);
        var trial = fx.as(COUNTY).post("/api/v1/screening-rules/try", Map.of(
                "text", text("MEMBER", "member.age >= 100 && household.rural", "{member.name}（{member.age}岁）"),
                "householdIds", List.of(old, young)));
        assertThat(trial.status()).as(trial.toString()).isEqualTo(200);
        assertThat(trial.json().get("households").asInt()).isEqualTo(2);
        assertThat(trial.json().get("matched").asInt()).isEqualTo(1);
        JsonNode first = trial.json().at("/samples/0");
        assertThat(first.get("householdId").asLong()).isEqualTo(old);
        assertThat(first.get("matched").asBoolean()).isTrue();
        assertThat(first.at("/matches/0/message").asString()).startsWith("白寿山（10").endsWith("岁）");
        assertThat(trial.json().at("/samples/1/matched").asBoolean()).isFalse();

        // the view the rule saw has exactly the fields the vocabulary lists: the type checker and the data agree
        JsonNode vocabulary = fx.as(COUNTY).get("/api/v1/screening-rules/vocabulary").json().get("variables");
        JsonNode view = first.get("view");
        for (String variable : List.of("household", "assessment", "params")) {
            assertThat(names(view.get(variable))).as(variable).isEqualTo(names(vocabulary.get(variable)));
        }
        assertThat(names(view.at("/members/0"))).isEqualTo(names(vocabulary.get("members")));
        assertThat(view.at("/household/id").asLong()).isEqualTo(old);
        assertThat(view.at("/params/monitoringLine").asDouble()).isEqualTo(8000.0);

        var outside = fx.as(MonitoringFixtures.COORDINATOR).post("/api/v1/screening-rules/try", Map.of(
                "text", text("MEMBER", "member.age >= 100", "x"),
                "householdIds", List.of(old, fx.family("990122101201"))));
        assertThat(fields(outside)).as("a household outside 石桥村 is not there for its coordinator")
                .containsExactly("householdIds[1]");
    }

    @Test
    void aDryRunOverARegionCountsTheMatchesAndWritesNoWarning() {
        String code = code();
        String marker = "湛" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code,
                "text", text("MEMBER", "member.name.startsWith('" + marker + "')", "{member.name}")));
        fx.household(SHIQIAO, List.of(member(marker + "一", "HEAD", LocalDate.of(1960, 1, 1)),
                member(marker + "二", "SPOUSE", LocalDate.of(1962, 1, 1))));
        long other = fx.household(SHIQIAO, List.of(member(marker + "三", "HEAD", LocalDate.of(1970, 1, 1))));

        var started = fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/dry-run",
                Map.of("regionCode", SHIQIAO));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("mode").asString()).isEqualTo("DRY_RUN");
        JsonNode run = fx.awaitRun(started.json().get("id").asLong(), r -> !"RUNNING".equals(r.get("state").asString()));
        assertThat(run.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("matches").asLong()).as("three members of two households").isEqualTo(3);
        assertThat(run.get("warningsCreated").asLong()).isZero();
        assertThat(run.at("/rules/0/ruleCode").asString()).isEqualTo(code);
        assertThat(run.at("/rules/0/matches").asLong()).isEqualTo(3);
        assertThat(run.at("/rules/0/sample")).extracting(JsonNode::asLong).contains(other);
        assertThat(run.get("householdsDone").asLong()).isEqualTo(run.get("householdsTotal").asLong()).isPositive();
        assertThat(fx.warnings(other, code)).as("a dry run writes no warning").isEmpty();
    }

    @Test
    void theMonitoringApiIsInTheOpenApiDocument() {
        var doc = fx.as(COUNTY).get("/api/v1/openapi");
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        assertThat(names(paths)).contains("/api/v1/screening-rules", "/api/v1/screening-rules/{code}/dry-run",
                "/api/v1/screening-runs", "/api/v1/screening-runs/{id}/resume", "/api/v1/warnings",
                "/api/v1/warnings/{id}/outcome", "/api/v1/monitored-households",
                "/api/v1/monitored-households/{id}/risk-elimination", "/api/v1/monitored-households/comparison");
        List<String> paging = new ArrayList<>();
        paths.at("/~1api~1v1~1warnings/get/parameters").forEach(p -> paging.add(p.get("name").asString()));
        assertThat(paging).contains("page", "size", "state", "overdue");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        names.sort(String::compareTo);
        return names;
    }
}

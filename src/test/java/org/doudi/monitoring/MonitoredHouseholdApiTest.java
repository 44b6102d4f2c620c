package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.monitoring.MonitoringFixtures.CASEWORKER;
import static org.doudi.monitoring.MonitoringFixtures.COORDINATOR;
import static org.doudi.monitoring.MonitoringFixtures.QINGSHAN_TOWN;
import static org.doudi.monitoring.MonitoringFixtures.REVITALISATION;
import static org.doudi.monitoring.MonitoringFixtures.SHIQIAO;
import static org.doudi.monitoring.MonitoringFixtures.fields;
import static org.doudi.monitoring.MonitoringFixtures.member;
import static org.doudi.monitoring.MonitoringFixtures.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Monitored households (防止返贫) through HTTP: identification, helpers, risk elimination, the quarterly comparison. */
@DoudiTest
class MonitoredHouseholdApiTest {

    static final String BASE = "/api/v1/monitored-households";

    @LocalServerPort
    int port;

    MonitoringFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MonitoringFixtures(port);
    }

    @Test
    void theIdentificationGoesFromLeadToCountyConfirmationWithinFifteenDaysAndPublicisesNothingPrivate() {
        long household = fx.family(SHIQIAO, "1500"); // 6,000 a person a year: below the line of 8,000
        LocalDate lead = today().minusDays(20);
        JsonNode m = created(fx.as(COORDINATOR).post(BASE, Map.of("householdId", household,
                "source", "SELF_DECLARATION", "on", lead.toString(), "note", "户主来电申报收入下降")));
        long id = m.get("id").asLong();
        assertThat(m.get("state").asString()).isEqualTo("LEAD");
        assertThat(m.get("dueOn").asString()).as("15 days from the lead").isEqualTo(lead.plusDays(15).toString());
        assertThat(m.get("overdue").asBoolean()).as("the 15 days are over and it is not confirmed").isTrue();
        assertThat(m.get("suggestedType").asString()).isEqualTo("MARGINAL_AT_RISK");
        assertThat(m.get("allowedActions")).extracting(JsonNode::asString).containsExactly("AUTHORISATION");
        var again = fx.as(COORDINATOR).post(BASE, Map.of("householdId", household, "source", "GRASSROOTS_SCREENING"));
        assertThat(again.status()).as("one open identification per household").isEqualTo(409);
        var overdue = fx.as(CASEWORKER).get(BASE + "?overdue=true&householdId=" + household);
        assertThat(overdue.json().get("total").asLong()).isEqualTo(1);

        var stranger = fx.as(COORDINATOR).post(path(id, "authorisation"), Map.of("version", m.get("version").asInt(),
                "on", lead.plusDays(1).toString(), "signedBy", "王五", "findings", "入户核实"));
        assertThat(fields(stranger)).containsExactly("signedBy");
        m = act(COORDINATOR, id, "authorisation", m, Map.of("on", lead.plusDays(1).toString(), "signedBy", "林国强",
                "findings", "户主务工收入减少，家庭签署授权书"));
        m = act(COORDINATOR, id, "appraisal", m, Map.of("on", lead.plusDays(2).toString(), "agreed", true));
        var tooShort = fx.as(COORDINATOR).post(path(id, "publicity"), Map.of("version", m.get("version").asInt(),
                "on", lead.plusDays(3).toString(), "days", 4, "place", "石桥村村务公开栏"));
        assertThat(fields(tooShort)).containsExactly("days");
        m = act(COORDINATOR, id, "publicity", m, Map.of("on", lead.plusDays(3).toString(), "place", "石桥村村务公开栏"));
        assertThat(m.get("publicityUntil").asString()).as("five days, both ends counted")
                .isEqualTo(lead.plusDays(7).toString());

        var sheet = fx.as(COORDINATOR).get(path(id, "publicity-sheet"));
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(sheet.json().get("headName").asString()).isEqualTo("林国强");
        assertThat(sheet.json().get("village").asString()).isEqualTo("石桥村");
        assertThat(sheet.json().get("householdSize").asInt()).isEqualTo(3);
        assertThat(sheet.json().get("type").asString()).isEqualTo("MARGINAL_AT_RISK");
        assertThat(sheet.body().toLowerCase()).as("no ID number, phone, bank account or health on the sheet")
                .doesNotContain("idnumber").doesNotContain("phone").doesNotContain("bank").doesNotContain("disab")
                .doesNotContain("illness").doesNotContain("medical").doesNotContain("990196");
        assertThat(sheet.json().propertyNames()).containsExactlyInAnyOrder("headName", "village", "householdSize",
                "type", "from", "until");

        var during = fx.as(CASEWORKER).post(path(id, "town-review"), Map.of("version", m.get("version").asInt(),
                "on", lead.plusDays(7).toString(), "agreed", true));
        assertThat(during.status()).as("the town reviews after the publicity").isEqualTo(409);
        assertThat(during.json().get("state").asString()).isEqualTo("IN_PUBLICITY");
        m = act(CASEWORKER, id, "town-review", m, Map.of("on", lead.plusDays(8).toString(), "agreed", true));

        long helper = helper("王帮扶");
        var byTown = fx.as(CASEWORKER).post(path(id, "confirmation"), Map.of("version", m.get("version").asInt(),
                "confirmed", true, "helperId", helper));
        assertThat(byTown.status()).as("the county's rural-revitalisation officer confirms").isEqualTo(403);
        var withoutHelper = fx.as(REVITALISATION).post(path(id, "confirmation"), Map.of("version",
                m.get("version").asInt(), "on", lead.plusDays(17).toString(), "confirmed", true));
        assertThat(fields(withoutHelper)).containsExactly("helperId");
        m = act(REVITALISATION, id, "confirmation", m, Map.of("on", lead.plusDays(17).toString(), "confirmed", true,
                "helperId", helper));
        assertThat(m.get("state").asString()).isEqualTo("MONITORED");
        assertThat(m.get("type").asString()).isEqualTo("MARGINAL_AT_RISK");
        assertThat(m.get("overdue").asBoolean()).isFalse();
        assertThat(m.at("/helper/helperId").asLong()).isEqualTo(helper);
        List<String> steps = new ArrayList<>();
        List<Boolean> late = new ArrayList<>();
        m.get("timeline").forEach(s -> {
            steps.add(s.get("action").asString());
            late.add(s.get("late").asBoolean());
        });
        assertThat(steps).containsExactly("LEAD", "AUTHORISATION", "APPRAISAL", "PUBLICITY", "TOWN_REVIEW",
                "CONFIRMATION");
        assertThat(late).as("confirmed two days after the 15").containsExactly(false, false, false, false, false, true);

        var audit = fx.as("admin").get("/api/v1/audit?entityType=monitored-household&entityId=" + id + "&size=50");
        assertThat(audit.json().get("items").size()).isEqualTo(6);
    }

    @Test
    void aHelperWhoLeavesHandsEveryHouseholdToTheReplacementAtOnce() {
        long leaving = helper("李调走");
        long replacement = helper("赵接替");
        long first = monitored(fx.family(SHIQIAO, "1500"), today().minusDays(30), leaving);
        long second = monitored(fx.family(SHIQIAO, "1500"), today().minusDays(30), leaving);

        var alone = fx.as(REVITALISATION).post(BASE + "/helpers/" + leaving + "/leave", Map.of("reason", "MOVED"));
        assertThat(fields(alone)).as("two households would have no helper").containsExactly("replacementHelperId");
        assertThat(record(first).at("/helper/helperId").asLong()).as("nothing changed").isEqualTo(leaving);

        var left = fx.as(REVITALISATION).post(BASE + "/helpers/" + leaving + "/leave", Map.of("reason", "MOVED",
                "replacementHelperId", replacement));
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().get("reassigned")).extracting(JsonNode::asLong).contains(first, second);
        assertThat(left.json().at("/helper/leftReason").asString()).isEqualTo("MOVED");
        for (long id : List.of(first, second)) {
            JsonNode r = record(id);
            assertThat(r.at("/helper/helperId").asLong()).isEqualTo(replacement);
            assertThat(r.at("/helper/from").asString()).isEqualTo(today().toString());
            assertThat(r.at("/helpers/1/helperId").asLong()).as("history kept").isEqualTo(leaving);
            assertThat(r.at("/helpers/1/to").asString()).isEqualTo(today().toString());
            assertThat(r.at("/helpers/1/endReason").asString()).isEqualTo("HELPER_MOVED");
        }
        var gone = fx.as(REVITALISATION).get(BASE + "/helpers?includeLeft=false&size=200");
        assertThat(gone.json().get("items")).extracting(h -> h.get("id").asLong()).doesNotContain(leaving);

        long third = helper("钱三");
        JsonNode r = record(first);
        r = act(REVITALISATION, first, "helper", r, Map.of("helperId", third, "reason", "ILL"));
        assertThat(r.at("/helper/helperId").asLong()).isEqualTo(third);
        assertThat(r.get("helpers").size()).isEqualTo(3);
    }

    @Test
    void riskIsEliminatedOnlyWhenTheSystemFindsEveryConditionMetAndNeverWithoutLabourForce() {
        LocalDate lead = today().minusMonths(8);
        long helper = helper("周长期");

        // recently confirmed, no measure: not yet
        long recent = monitored(fx.family(SHIQIAO), today().minusDays(20), helper);
        var tooSoon = fx.as(REVITALISATION).post(path(recent, "risk-elimination"), declared(record(recent)));
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(409);
        assertThat(unmet(tooSoon.json())).containsExactlyInAnyOrder("MONITORED_SIX_MONTHS", "MEASURE_IN_PLACE");

        // an old man alone on a good pension, monitored eight months with a measure: no labour force, stays monitored
        Map<String, Object> old = member("高老汉", "HEAD", LocalDate.of(1944, 3, 3));
        old.put("incomes", List.of(Map.of("type", "PENSION", "monthly", "2500", "from", "2020-01")));
        long alone = monitored(fx.household(SHIQIAO, List.of(old)), lead, helper);
        measure(alone, lead.plusDays(12));
        var check = fx.as(CASEWORKER).get(path(alone, "risk-elimination"));
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(unmet(check.json())).as("the declared ones wait for the visit")
                .containsExactlyInAnyOrder("HAS_LABOUR_FORCE", "HOUSING_SECURE", "MEDICAL_COVER_SECURE",
                        "DRINKING_WATER_SECURE");
        var refused = fx.as(REVITALISATION).post(path(alone, "risk-elimination"), declared(record(alone)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(unmet(refused.json())).containsExactly("HAS_LABOUR_FORCE");
        assertThat(record(alone).get("state").asString()).isEqualTo("MONITORED");

        // a working family, income above the line for six months, a measure, eight months monitored
        long family = monitored(fx.family(SHIQIAO), lead, helper);
        measure(family, lead.plusDays(12));
        JsonNode r = act(REVITALISATION, family, "risk-elimination", record(family), Map.of("housingSecure", true,
                "medicalCoverSecure", true, "drinkingWaterSecure", true, "note", "务工收入稳定"));
        assertThat(r.get("state").asString()).isEqualTo("RISK_ELIMINATED");
        assertThat(r.get("closedOn").asString()).isEqualTo(today().toString());
        assertThat(r.get("helper").isNull()).as("the helper's task ends with the risk").isTrue();
        assertThat(r.at("/timeline/6/action").asString()).isEqualTo("RISK_ELIMINATION");
        assertThat(r.at("/timeline/6/details/conditions").size()).isEqualTo(9);
        long household = r.get("householdId").asLong();
        var later = fx.as(COORDINATOR).post(BASE, Map.of("householdId", household, "source", "GRASSROOTS_SCREENING"));
        assertThat(later.status()).as("a household may be identified again after elimination").isEqualTo(201);
    }

    @Test
    void theQuarterlyComparisonShowsWhoIsInCivilAffairsDataAndNotInMonitoringAndTheOtherWayRound() {
        long helper = helper("孙对比");
        long civilOnly = fx.household(SHIQIAO, List.of(member("冯独居", "HEAD", LocalDate.of(1948, 8, 8))));
        fx.dibaoGranted(civilOnly);
        long both = fx.household(SHIQIAO, List.of(member("蒋双重", "HEAD", LocalDate.of(1949, 9, 9))));
        fx.dibaoGranted(both);
        monitored(both, today().minusDays(30), helper);
        long monitoringOnly = monitored(fx.family(SHIQIAO, "1500"), today().minusDays(30), helper);
        long monitoringOnlyHousehold = record(monitoringOnly).get("householdId").asLong();

        String quarter = today().getYear() + "-Q" + ((today().getMonthValue() - 1) / 3 + 1);
        Map<String, List<Long>> sides = new LinkedHashMap<>();
        for (String side : List.of("BOTH", "CIVIL_AFFAIRS_ONLY", "MONITORING_ONLY")) {
            var r = fx.as(REVITALISATION).get(BASE + "/comparison?quarter=" + quarter + "&regionCode=" + SHIQIAO
                    + "&side=" + side + "&size=200");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            r.json().get("items").forEach(i -> ids.add(i.get("householdId").asLong()));
            sides.put(side, ids);
            assertThat(r.json().get("both").asLong() + r.json().get("civilAffairsOnly").asLong()
                    + r.json().get("monitoringOnly").asLong()).isPositive();
        }
        assertThat(sides.get("BOTH")).contains(both).doesNotContain(civilOnly, monitoringOnlyHousehold);
        assertThat(sides.get("CIVIL_AFFAIRS_ONLY")).contains(civilOnly).doesNotContain(both, monitoringOnlyHousehold);
        assertThat(sides.get("MONITORING_ONLY")).contains(monitoringOnlyHousehold).doesNotContain(both, civilOnly);
        assertThat(fields(fx.as(REVITALISATION).get(BASE + "/comparison?quarter=2026-Q5"))).containsExactly("quarter");
    }

    // ---- the procedure, quickly

    /** Through the whole procedure from a lead on {@code lead}: monitored from nine days later, with the helper. */
    long monitored(long household, LocalDate lead, long helper) {
        JsonNode m = created(fx.as(COORDINATOR).post(BASE, Map.of("householdId", household,
                "source", "GRASSROOTS_SCREENING", "on", lead.toString())));
        long id = m.get("id").asLong();
        String head = fx.members(household).get(0).get("name").asString();
        m = act(COORDINATOR, id, "authorisation", m, Map.of("on", lead.plusDays(1).toString(), "signedBy", head,
                "findings", "入户核实"));
        m = act(COORDINATOR, id, "appraisal", m, Map.of("on", lead.plusDays(2).toString(), "agreed", true));
        m = act(COORDINATOR, id, "publicity", m, Map.of("on", lead.plusDays(3).toString(), "place", "村务公开栏"));
        m = act(CASEWORKER, id, "town-review", m, Map.of("on", lead.plusDays(8).toString(), "agreed", true));
        Map<String, Object> confirmation = new LinkedHashMap<>(Map.of("on", lead.plusDays(9).toString(),
                "confirmed", true, "helperId", helper));
        if (m.get("suggestedType").isNull()) {
            confirmation.put("type", "SUDDEN_HARDSHIP");
        }
        act(REVITALISATION, id, "confirmation", m, confirmation);
        return id;
    }

    long helper(String name) {
        return created(fx.as(REVITALISATION).post(BASE + "/helpers", Map.of("regionCode", QINGSHAN_TOWN, "name", name,
                "workUnit", "青山镇人民政府", "phone", "0990-1234567"))).get("id").asLong();
    }

    void measure(long id, LocalDate startedOn) {
        var r = fx.as(COORDINATOR).post(path(id, "measures"), Map.of("kind", "EMPLOYMENT",
                "description", "推荐到县工业园务工", "startedOn", startedOn.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode measure = r.json().at("/measures/0");
        var result = fx.as(COORDINATOR).post(path(id, "measures") + "/" + measure.get("id").asLong() + "/result",
                Map.of("version", measure.get("version").asInt(), "result", "已稳定就业，月收入3000元"));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.json().at("/measures/0/result").asString()).isEqualTo("已稳定就业，月收入3000元");
    }

    static Map<String, Object> declared(JsonNode record) {
        return Map.of("version", record.get("version").asInt(), "housingSecure", true, "medicalCoverSecure", true,
                "drinkingWaterSecure", true);
    }

    static List<String> unmet(JsonNode check) {
        List<String> codes = new ArrayList<>();
        check.get("conditions").forEach(c -> {
            if (!c.get("met").asBoolean()) {
                codes.add(c.get("code").asString());
            }
        });
        return codes;
    }

    JsonNode record(long id) {
        var r = fx.as(CASEWORKER).get(BASE + "/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    JsonNode act(String user, long id, String action, JsonNode current, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", current.get("version").asInt());
        var r = fx.as(user).post(path(id, action), withVersion);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    static String path(long id, String action) {
        return BASE + "/" + id + "/" + action;
    }

    static JsonNode created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }
}

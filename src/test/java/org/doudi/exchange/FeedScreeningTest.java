package org.doudi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.exchange.Feeds.upload;
import static org.doudi.monitoring.MonitoringFixtures.member;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.doudi.monitoring.MonitoringFixtures;
import org.doudi.shared.Today;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The policy finds the person from the departments' data: a feed imported through HTTP is screened with the
 * registry, and its warning is acted on (issue 5, "done when").
 */
@DoudiTest
class FeedScreeningTest {

    static final String COUNTY = "qingshan.county";
    static final String CASEWORKER = "qingshan.town.caseworker";
    static final String SHIQIAO = "990121101201";

    @LocalServerPort
    int port;

    @Test
    void aDeathsFeedNamingSomeoneWithABenefitInForceRaisesAWarningWhoseOutcomeStopsItFromNextMonth() {
        MonitoringFixtures fx = new MonitoringFixtures(port);
        Map<String, Object> head = member("郑大爷", "HEAD", LocalDate.of(1941, 2, 3));
        long household = fx.household(SHIQIAO, List.of(head));
        JsonNode benefit = fx.dibaoGranted(household);
        LocalDate died = Today.in(java.time.Clock.systemUTC()).minusDays(2);
        assertThat(fx.members(household).get(0).get("diedOn").isNull()).as("the registry does not know yet").isTrue();

        var imported = upload(port, COUNTY, "deaths", null, "deaths.csv", Feeds.csv(FeedImportApiTest.DEATHS,
                List.of(List.of((String) head.get("idNumber"), "郑大爷", "CREMATION", died.toString(), "HZ1", "殡仪馆"))));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("unmatched").asInt()).isZero();

        fx.screenShiqiao();
        List<JsonNode> warnings = fx.warnings(household, "DEAD_PERSON_PAID");
        assertThat(warnings).as("the feed alone tells of the death").hasSize(1);
        long id = warnings.get(0).get("id").asLong();
        JsonNode w = fx.warning(CASEWORKER, id);
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/assign", Map.of("version", w.get("version").asInt())));
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/verify", Map.of("version", w.get("version").asInt(),
                "finding", "CONFIRMED", "note", "火化证明已核实")));
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version", w.get("version").asInt(),
                "outcome", "VERIFY_AND_STOP", "endReason", "DEATH")));
        assertThat(w.get("state").asString()).isEqualTo("CLOSED");

        JsonNode stopped = fx.benefits(household).get(0);
        assertThat(stopped.get("id").asLong()).isEqualTo(benefit.get("id").asLong());
        assertThat(stopped.get("toMonth").asString()).as("paid this month, stopped from the next")
                .isEqualTo(YearMonth.now(Today.ZONE).toString());
        assertThat(stopped.get("endReason").asString()).isEqualTo("DEATH");
    }

    @Test
    void aMedicalFeedPushingOutOfPocketOverTheThresholdRaisesAWarningThatOpensAnIdentificationInOneAction() {
        MonitoringFixtures fx = new MonitoringFixtures(port);
        long household = fx.family(SHIQIAO);
        JsonNode head = fx.members(household).get(0);
        String idNumber = fx.as("admin").get("/api/v1/households/" + household + "/members/"
                + head.get("personId").asLong() + "/id-number").json().get("idNumber").asString();
        YearMonth last = YearMonth.now(Today.ZONE).minusMonths(1);
        var imported = upload(port, COUNTY, "medical", null, "medical.csv", Feeds.csv(MEDICAL, List.of(
                List.of(idNumber, head.get("name").asString(), "JS-1", last.minusMonths(1).atDay(10).toString(),
                        "INPATIENT", "21000.00", "6500.00", "青山县人民医院"),
                List.of(idNumber, head.get("name").asString(), "JS-2", last.atDay(12).toString(), "INPATIENT",
                        "19000.00", "5800.50", "青山县人民医院"))));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        fx.screenShiqiao();
        List<JsonNode> warnings = fx.warnings(household, "MEDICAL_OVER_THRESHOLD");
        assertThat(warnings).hasSize(1);
        long warning = warnings.get(0).get("id").asLong();
        JsonNode w = fx.warning(CASEWORKER, warning);
        assertThat(w.get("message").asString()).contains("12300.5");
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + warning + "/outcome", Map.of("version",
                w.get("version").asInt(), "outcome", "START_APPLICATION")));
        long monitored = w.at("/closing/monitoredId").asLong();
        var record = fx.as(CASEWORKER).get("/api/v1/monitored-households/" + monitored);
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json().get("householdId").asLong()).isEqualTo(household);
        assertThat(record.json().get("leadSource").asString()).isEqualTo("DEPARTMENT_SCREENING");
    }

    static final List<String> MEDICAL = List.of("id_number", "name", "settlement_no", "settled_on", "visit",
            "total_cost", "in_policy_self_pay", "hospital");

    private static JsonNode ok(org.doudi.testing.Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }
}

package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * How applications come in (the village on a household's behalf, a hotline call, a warning), the
 * programmes' checklists, the list's filters, the count of overdue cases per town, and the case endpoints
 * in the OpenAPI document.
 */
@DoudiTest
class CaseIntakeApiTest extends CaseApiSupport {

    static final String LIUHE_VILLAGE = "990121102201";
    static final List<String> DIBAO_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");

    @Test
    void theVillageCoordinatorHandsInAnApplicationAndTheTownCaseworkerAcceptsIt() {
        long household = family(SHIQIAO);
        var asWindow = as(COORDINATOR).post("/api/v1/cases", Map.of("householdId", household, "channel", "SINGLE_WINDOW"));
        assertThat(asWindow.status()).as("the single window is the town's").isEqualTo(403);
        var notTheirs = as(COORDINATOR).post("/api/v1/cases", Map.of("householdId", family(LIUHE_VILLAGE)));
        assertThat(fields(notTheirs)).as("a household of another village").containsExactly("householdId");

        JsonNode c = create(COORDINATOR, Map.of("householdId", household, "receivedOn", "2026-09-28",
                "documents", DIBAO_DOCUMENTS));
        long id = c.get("id").asLong();
        assertThat(c.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(c.get("acceptedOn").isNull()).as("the town accepts it").isTrue();
        assertThat(c.at("/intake/channel").asString()).isEqualTo("VILLAGE");
        assertThat(texts(c.get("allowedActions"))).containsExactly("acceptance");
        // the town takes it up within 3 working days: 29, 30 September, then 8 October after the holiday
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-10-08");

        c = act(CASEWORKER, id, "acceptance", c, Map.of("on", "2026-09-30"));
        assertThat(c.get("state").asString()).isEqualTo("APPLIED");
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-09-30");
        assertThat(c.get("dueOn").asString()).as("the investigation: 8, 9, 10 (make-up Saturday)").isEqualTo("2026-10-10");
        assertThat(attempt(CASEWORKER, id, "acceptance", c, Map.of("on", "2026-09-30")).status()).isEqualTo(409);
        assertThat(actions(c)).containsExactly("SUBMISSION", "ACCEPTANCE");
        assertThat(c.at("/timeline/0/by").asString()).isEqualTo(COORDINATOR);
    }

    @Test
    void aHotlineCallIsRecordedWithItsCallerAndReferenceAndItsDocumentsAreAwaited() {
        long household = family(SHIQIAO);
        long person = personId(household, "周大成");
        var bad = as(COUNTY).post("/api/v1/cases", Map.of("householdId", household, "programme", "DISABILITY_CARE",
                "personId", person, "channel", "HOTLINE", "hotline", Map.of("line", "110", "caller", " ")));
        assertThat(fields(bad)).containsExactlyInAnyOrder("hotline.line", "hotline.caller", "hotline.callReference");
        var coordinator = as(COORDINATOR).post("/api/v1/cases", Map.of("householdId", household, "channel", "HOTLINE"));
        assertThat(coordinator.status()).isEqualTo(403);

        JsonNode c = create(COUNTY, Map.of("householdId", household, "programme", "DISABILITY_CARE", "personId", person,
                "channel", "HOTLINE", "receivedOn", "2026-10-12",
                "hotline", Map.of("line", "12345", "caller", "周大成之妻", "callReference", "12345-20261012-0042")));
        assertThat(c.get("state").asString()).isEqualTo("APPLIED");
        assertThat(c.at("/intake/channel").asString()).isEqualTo("HOTLINE");
        assertThat(c.at("/intake/line").asString()).isEqualTo("12345");
        assertThat(c.at("/intake/caller").asString()).isEqualTo("周大成之妻");
        assertThat(c.at("/intake/callReference").asString()).isEqualTo("12345-20261012-0042");
        assertThat(c.at("/intake/by").asString()).isEqualTo(COUNTY);
        assertThat(codes(c.get("missingDocuments"))).as("every document, told at once")
                .containsExactlyInAnyOrder("APPLICATION_FORM", "ID_CARDS", "DISABILITY_CERTIFICATE");
        assertThat(c.get("dueOn").isNull()).isTrue();
    }

    @Test
    void aWarningOpensACaseByItsIdAndEachProgrammeHasItsChecklist() {
        long household = family(SHIQIAO);
        assertThat(fields(as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "channel", "WARNING"))))
                .containsExactly("warningId");
        assertThat(fields(as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "warningId", 12))))
                .as("a warning id only with the WARNING channel").containsExactly("warningId");
        JsonNode c = create(CASEWORKER, Map.of("householdId", household, "channel", "WARNING", "warningId", 4711,
                "receivedOn", "2026-10-12", "documents", DIBAO_DOCUMENTS));
        assertThat(c.at("/intake/channel").asString()).isEqualTo("WARNING");
        assertThat(c.at("/intake/warningId").asLong()).isEqualTo(4711);
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-10-12");

        var wrongList = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "programme", "ORPHAN",
                "personId", personId(household, "周小明"), "documents", List.of("APPLICATION_FORM", "EMERGENCY_PROOF")));
        assertThat(fields(wrongList)).containsExactly("documents[1]");
        var notApplied = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household,
                "programme", "MONITORING"));
        assertThat(fields(notApplied)).containsExactly("programme");
        var noKind = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "programme", "TEMPORARY"));
        assertThat(fields(noKind)).containsExactly("temporary.kind");
    }

    @Test
    void theListFiltersByProgrammeChannelFamilyDueDateAndHouseholdAndPages() {
        long household = family(SHIQIAO);
        long person = personId(household, "周大成");
        long dibao = create(CASEWORKER, Map.of("householdId", household, "receivedOn", "2026-09-30",
                "documents", DIBAO_DOCUMENTS)).get("id").asLong();
        long hotline = create(CASEWORKER, Map.of("householdId", household, "programme", "TEKUN", "personId", person,
                "channel", "HOTLINE", "receivedOn", "2026-10-12", "hotline", Map.of("line", "12317",
                        "caller", "周大成", "callReference", "12317-0001"))).get("id").asLong();
        String base = "/api/v1/cases?householdId=" + household;
        assertThat(ids(base)).containsExactlyInAnyOrder(dibao, hotline);
        assertThat(ids(base + "&programme=TEKUN")).containsExactly(hotline);
        assertThat(ids(base + "&channel=HOTLINE")).containsExactly(hotline);
        assertThat(ids(base + "&channel=SINGLE_WINDOW")).containsExactly(dibao);
        assertThat(ids(base + "&family=ALLOWANCE")).isEmpty();
        assertThat(ids(base + "&personId=" + person)).containsExactly(hotline);
        // the 低保 case is due on 2026-10-10; the 特困 one waits for its documents (nothing due)
        assertThat(ids(base + "&dueBefore=2026-10-11")).containsExactly(dibao);
        assertThat(ids(base + "&dueBefore=2026-10-10")).isEmpty();
        assertThat(ids(base + "&overdue=true")).containsExactly(dibao);
        assertThat(ids(base + "&overdue=false")).containsExactly(hotline);
        var firstPage = as(CASEWORKER).get(base + "&size=1&page=0").json();
        assertThat(firstPage.get("total").asLong()).isEqualTo(2);
        assertThat(firstPage.get("items").get(0).get("id").asLong()).as("due first, listed first").isEqualTo(dibao);
        assertThat(as(CASEWORKER).get(base + "&size=1&page=1").json().get("items").get(0).get("id").asLong())
                .isEqualTo(hotline);
        assertThat(fields(as(CASEWORKER).get("/api/v1/cases?programme=WUBAO&channel=FAX&dueBefore=someday")))
                .containsExactlyInAnyOrder("programme", "channel", "dueBefore");
    }

    @Test
    void overdueCasesAreCountedPerTownOfTheCallersRegion() {
        create(CASEWORKER, Map.of("householdId", family(SHIQIAO), "receivedOn", "2026-09-30",
                "documents", DIBAO_DOCUMENTS));
        var county = as(COUNTY).get("/api/v1/cases/overdue-by-town");
        assertThat(county.status()).as(county.toString()).isEqualTo(200);
        List<String> towns = new ArrayList<>();
        JsonNode qingshan = null;
        for (JsonNode t : county.json()) {
            towns.add(t.get("townCode").asString());
            assertThat(t.get("townCode").asString()).startsWith("990121");
            if (t.get("townCode").asString().equals(QINGSHAN_TOWN)) {
                qingshan = t;
            }
        }
        assertThat(towns).as("every town of 青山县, 0 included").contains(QINGSHAN_TOWN, "990121102000");
        assertThat(qingshan.get("townName").asString()).isEqualTo("青山镇");
        long overdue = as(CASEWORKER).get("/api/v1/cases?overdue=true&size=1").json().get("total").asLong();
        assertThat(overdue).isPositive();
        assertThat(qingshan.get("overdue").asLong()).as("as the town's own list counts them").isEqualTo(overdue);
        assertThat(qingshan.get("open").asLong()).isGreaterThanOrEqualTo(overdue);

        JsonNode town = as(CASEWORKER).get("/api/v1/cases/overdue-by-town").json();
        assertThat(town.size()).as("a town user sees their town").isEqualTo(1);
        assertThat(town.get(0).get("overdue").asLong()).isEqualTo(overdue);
        for (JsonNode t : as("hekou.county").get("/api/v1/cases/overdue-by-town").json()) {
            assertThat(t.get("townCode").asString()).startsWith("990122");
        }
    }

    @Test
    void theOpenApiDocumentShowsTheCaseEndpointsWithTheirBodies() {
        var doc = as(CASEWORKER).get("/api/v1/openapi");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        for (String p : List.of("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/overdue-by-town",
                "/api/v1/cases/{id}/acceptance", "/api/v1/cases/{id}/pay-first", "/api/v1/cases/{id}/review",
                "/api/v1/cases/{id}/appraisal", "/api/v1/cases/{id}/decision")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.at("/~1api~1v1~1cases~1{id}~1pay-first/post/requestBody/content/application~1json/schema/$ref")
                .asString()).endsWith("/CaseBodies.PayFirst");
        JsonNode schemas = doc.json().at("/components/schemas");
        assertThat(schemas.at("/CaseBodies.NewCase/properties").has("temporary")).isTrue();
        assertThat(schemas.at("/CaseBodies.NewCase/properties").has("bill")).isTrue();
        assertThat(schemas.at("/CaseBodies.NewCase/properties").has("channel")).isTrue();
        assertThat(schemas.at("/CaseBodies.Decision/properties").has("stages")).isTrue();
        List<String> parameters = new ArrayList<>();
        paths.at("/~1api~1v1~1cases/get/parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("programme", "state", "channel", "overdue", "dueBefore", "householdId", "page");
    }

    List<Long> ids(String query) {
        var r = as(CASEWORKER).get(query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}

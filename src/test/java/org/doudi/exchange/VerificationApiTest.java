package org.doudi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.exchange.Feeds.COUNTY;
import static org.doudi.exchange.Feeds.SHIQIAO;
import static org.doudi.exchange.Feeds.newIdNumber;
import static org.doudi.exchange.Feeds.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Economic verification (核对): what every department says about each member, against what was declared. */
@DoudiTest
class VerificationApiTest {

    static final String CASEWORKER = "qingshan.town.caseworker";

    @LocalServerPort
    int port;

    @Test
    void theReportListsEachMembersDepartmentFactsAndWhereTheyDifferFromTheDeclaration() {
        String headId = newIdNumber();
        String spouseId = newIdNumber();
        // the spouse's cremation arrives before the household is registered: it is kept unmatched …
        var early = upload(port, COUNTY, "deaths", null, "deaths-early.csv", Feeds.csv(
                List.of("id_number", "name", "event", "date"),
                List.of(List.of(spouseId, "钱秀英", "CREMATION", "2026-10-01"))));
        assertThat(early.json().get("unmatched").asInt()).isEqualTo(1);

        Map<String, Object> head = new LinkedHashMap<>(Map.of("name", "钱大山", "idNumber", headId, "relation", "HEAD"));
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1000", "from", "2025-01")));
        head.put("facts", List.of(Map.of("kind", "EMPLOYMENT", "value", "EMPLOYED", "from", "2025-01-01")));
        JsonNode household = Feeds.household(port, SHIQIAO, List.of(head,
                Map.of("name", "钱秀英", "idNumber", spouseId, "relation", "SPOUSE")));
        long householdId = household.get("id").asLong();
        long headPerson = personId(household, "钱大山");
        long spousePerson = personId(household, "钱秀英");

        imports(List.of("id_number", "name", "month", "kind", "amount", "payer"), "social-insurance", List.of(
                List.of(headId, "钱大山", "2026-01", "WAGE", "5000.00", "示范市建工集团"),
                List.of(headId, "钱大山", "2026-02", "WAGE", "5000.00", "示范市建工集团"),
                List.of(headId, "钱大山", "2026-03", "WAGE", "5000.00", "示范市建工集团")));
        imports(List.of("id_number", "name", "plate_no", "vehicle_type", "registered_on", "deregistered_on"), "vehicles",
                List.of(List.of(headId, "钱大山", "示A88888", "CAR", "2024-01-01", ""),
                        List.of(headId, "钱大山", "示B12345", "MOTORCYCLE_2W", "2023-01-01", ""),
                        List.of(spouseId, "钱秀英", "示A88888", "小型汽车", "2024-01-01", "")));
        imports(List.of("id_number", "name", "certificate_no", "kind", "grade", "issued_on"), "disability",
                List.of(List.of(headId, "钱大山", headId + "12", "肢体", "2", "2025-05-01")));
        imports(List.of("id_number", "name", "settlement_no", "settled_on", "visit", "total_cost", "in_policy_self_pay"),
                "medical", List.of(List.of(headId, "钱大山", "S-" + headId, "2026-02-01", "INPATIENT", "20000.00",
                        "3000.00")));
        imports(List.of("id_number", "name", "registered_on"), "unemployment",
                List.of(List.of(headId, "钱大山", "2026-09-01")));

        var made = Feeds.as(port, CASEWORKER).post("/api/v1/verifications",
                Map.of("householdId", householdId, "caseId", 4711, "asOf", "2026-11-15"));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonNode r = made.json();
        assertThat(r.get("asOf").asString()).isEqualTo("2026-11-15");
        assertThat(r.get("windowFrom").asString()).isEqualTo("2025-11-01");
        assertThat(r.get("windowTo").asString()).isEqualTo("2026-10-31");
        assertThat(r.get("caseId").asLong()).isEqualTo(4711);
        assertThat(r.get("requestedBy").asString()).isEqualTo(CASEWORKER);

        Map<Long, Set<String>> factTypes = new HashMap<>();
        r.get("members").forEach(m -> {
            Set<String> types = new TreeSet<>();
            m.get("facts").forEach(f -> types.add(f.get("type").asString()));
            factTypes.put(m.get("personId").asLong(), types);
        });
        assertThat(factTypes.get(headPerson)).containsExactly("DISABILITY", "MEDICAL", "SOCIAL_INSURANCE",
                "UNEMPLOYMENT", "VEHICLES");
        assertThat(factTypes.get(spousePerson)).as("the early cremation, matched now").containsExactly("DEATHS",
                "VEHICLES");
        JsonNode headFindings = member(r, headPerson);
        assertThat(headFindings.at("/declared/wagesInWindow").decimalValue()).isEqualByComparingTo("12000");
        assertThat(headFindings.get("idNumberMasked").asString()).doesNotContain(headId.substring(6, 14));

        Map<String, JsonNode> discrepancies = new LinkedHashMap<>();
        r.get("discrepancies").forEach(d -> discrepancies.put(d.get("code").asString(), d));
        assertThat(discrepancies.keySet()).containsExactlyInAnyOrder("DEATH_NOT_RECORDED", "WAGES_ABOVE_DECLARED",
                "DISABILITY_NOT_RECORDED", "EMPLOYMENT_DIFFERS", "VEHICLE_NOT_DECLARED",
                "MEDICAL_SPENDING_NOT_DECLARED");
        assertThat(discrepancies.get("DEATH_NOT_RECORDED").get("personId").asLong()).isEqualTo(spousePerson);
        assertThat(discrepancies.get("DEATH_NOT_RECORDED").get("severity").asString()).isEqualTo("HIGH");
        assertThat(discrepancies.get("WAGES_ABOVE_DECLARED").get("found").asString()).isEqualTo("15000.00");
        assertThat(discrepancies.get("WAGES_ABOVE_DECLARED").get("declared").asString()).isEqualTo("12000.00");
        assertThat(discrepancies.get("VEHICLE_NOT_DECLARED").get("found").asString())
                .as("one car owned jointly, the motorcycle exempt").isEqualTo("示A88888");
        assertThat(discrepancies.get("MEDICAL_SPENDING_NOT_DECLARED").get("severity").asString()).isEqualTo("INFO");

        long id = r.get("id").asLong();
        var stored = Feeds.as(port, COUNTY).get("/api/v1/verifications/" + id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json()).as("stored as made").isEqualTo(r);
        var ofCase = Feeds.as(port, CASEWORKER).get("/api/v1/verifications?caseId=4711");
        List<Long> ids = new ArrayList<>();
        ofCase.json().forEach(x -> ids.add(x.get("id").asLong()));
        assertThat(ids).contains(id);

        assertThat(Feeds.as(port, "hekou.county").get("/api/v1/verifications/" + id).status()).isEqualTo(404);
        assertThat(Feeds.as(port, "hekou.county").post("/api/v1/verifications", Map.of("householdId", householdId))
                .status()).isEqualTo(404);
        assertThat(Feeds.as(port, "shiqiao.coordinator").post("/api/v1/verifications",
                Map.of("householdId", householdId)).status()).isEqualTo(403);
        var audit = Feeds.as(port, "admin").get("/api/v1/audit?entityType=verification_report&entityId=" + id);
        assertThat(audit.json().get("items").get(0).get("action").asString()).isEqualTo("verification.create");
    }

    @Test
    void aHouseholdWhoseDeclarationMatchesTheDepartmentsHasNoDiscrepancy() {
        String headId = newIdNumber();
        Map<String, Object> head = new LinkedHashMap<>(Map.of("name", "李如实", "idNumber", headId, "relation", "HEAD"));
        head.put("incomes", List.of(Map.of("type", "PENSION", "monthly", "2000", "from", "2020-01")));
        JsonNode household = Feeds.household(port, SHIQIAO, List.of(head));
        imports(List.of("id_number", "name", "month", "kind", "amount", "payer"), "social-insurance", List.of(
                List.of(headId, "李如实", "2026-05", "PENSION", "2000.00", "示范市社保局")));

        var made = Feeds.as(port, COUNTY).post("/api/v1/verifications",
                Map.of("householdId", household.get("id").asLong(), "asOf", "2026-11-15"));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().get("discrepancies").isEmpty()).isTrue();
        assertThat(made.json().at("/members/0/facts").size()).isEqualTo(1);
        assertThat(made.json().get("caseId").isNull()).isTrue();
    }

    private void imports(List<String> header, String type, List<List<String>> rows) {
        var answer = upload(port, COUNTY, type, null, type + "-" + newIdNumber() + ".csv", Feeds.csv(header, rows));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("imported").asInt()).isEqualTo(rows.size());
    }

    private static long personId(JsonNode household, String name) {
        for (JsonNode m : household.get("members")) {
            if (m.get("name").asString().equals(name)) {
                return m.get("personId").asLong();
            }
        }
        throw new AssertionError(name + " is not a member");
    }

    private static JsonNode member(JsonNode report, long personId) {
        for (JsonNode m : report.get("members")) {
            if (m.get("personId").asLong() == personId) {
                return m;
            }
        }
        throw new AssertionError("no findings for " + personId);
    }
}

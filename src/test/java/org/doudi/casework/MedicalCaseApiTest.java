package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * 医疗救助 per bill through HTTP: each approved bill stores what it used of the person's year, and the next
 * bill of the same calendar year continues from it — the deductible, the regular cap, the extra assistance
 * and its yearly threshold. The figures are the demo parameters' (DOMAIN.md §2.6; worked case M03).
 */
@DoudiTest
class MedicalCaseApiTest extends CaseApiSupport {

    static final List<String> DOCUMENTS = List.of("APPLICATION_FORM", "ID_CARDS", "SETTLEMENT_STATEMENT",
            "MEDICAL_INVOICES");

    @Test
    void twoBillsOfOneYearShareTheDeductibleTheCapAndTheExtraThresholdAndANewYearStartsAfresh() {
        long household = family(SHIQIAO);
        long person = personId(household, "周大成");
        String ref = "JS-" + NEXT.incrementAndGet() + "-";

        JsonNode first = bill(household, person, "2026-03-20", "2026-03-10", 30000, ref + "1");
        long firstId = first.get("id").asLong();
        assertThat(first.get("family").asString()).isEqualTo("MEDICAL");
        assertThat(first.at("/decider/level").asString()).isEqualTo("COUNTY");
        assertThat(first.get("dueOn").asString()).as("reviewed within 5 working days").isEqualTo("2026-03-27");
        assertThat(first.get("procedureDueOn").asString()).as("decided within 10").isEqualTo("2026-04-03");
        first = act(CASEWORKER, firstId, "review", first, Map.of("on", "2026-03-23", "findings", "结算单与票据一致"));
        first = act(CASEWORKER, firstId, "assessment", first, Map.of("on", "2026-03-23"));
        // monitored (the household is below the monitoring line): 60 %, deductible 1,000, cap 50,000 — as M03
        assertThat(first.at("/assessment/result/status").asString()).isEqualTo("MONITORED");
        assertThat(first.at("/assessment/result/result/regular").asInt()).isEqualTo(17400);
        assertThat(first.at("/assessment/result/result/extra").asInt()).isEqualTo(3425);
        assertThat(first.at("/assessment/amount").asInt()).isEqualTo(20825);
        assertThat(first.at("/medicalBill/yearBefore/bills").asInt()).isZero();

        JsonNode second = bill(household, person, "2026-06-20", "2026-06-15", 60000, ref + "2");
        long secondId = second.get("id").asLong();
        second = act(CASEWORKER, secondId, "review", second, Map.of("on", "2026-06-22", "findings", "住院结算"));
        second = act(CASEWORKER, secondId, "assessment", second, Map.of("on", "2026-06-22"));
        assertThat(second.at("/assessment/amount").asInt()).as("as if first: nothing approved yet").isEqualTo(44825);

        first = act(COUNTY, firstId, "decision", first, Map.of("on", "2026-03-25", "outcome", "APPROVE"));
        assertThat(first.at("/decision/amount").asInt()).isEqualTo(20825);
        List<JsonNode> firstPaid = benefitsOf(household, firstId);
        assertThat(firstPaid).hasSize(1);
        assertThat(firstPaid.get(0).get("kind").asString()).isEqualTo("ONE_OFF");
        assertThat(firstPaid.get(0).get("personId").asLong()).isEqualTo(person);
        assertThat(firstPaid.get(0).get("fromMonth").asString()).isEqualTo("2026-03");
        assertThat(firstPaid.get(0).at("/amounts/0/amount").asInt()).isEqualTo(20825);

        var stale = attempt(COUNTY, secondId, "decision", second, Map.of("on", "2026-06-23", "outcome", "APPROVE"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("assess it again");
        assertThat(texts(stale.json().get("allowedActions"))).contains("assessment");

        second = act(CASEWORKER, secondId, "assessment", second, Map.of("on", "2026-06-23"));
        JsonNode before = second.at("/medicalBill/yearBefore");
        assertThat(before.get("bills").asInt()).isEqualTo(1);
        assertThat(before.get("deductibleUsed").asInt()).isEqualTo(1000);
        assertThat(before.get("regularPaid").asInt()).isEqualTo(17400);
        assertThat(before.get("extraPaid").asInt()).isEqualTo(3425);
        assertThat(before.get("borne").asInt()).isEqualTo(12600);
        // no deductible left; 60 % of 60,000 = 36,000 but only 50,000 − 17,400 = 32,600 of the cap is left;
        // the year's threshold (25 % of 23,000) was used by the first bill: half of 60,000 − 32,600
        assertThat(second.at("/assessment/result/result/deductibleUsed").asInt()).isZero();
        assertThat(second.at("/assessment/result/result/regular").asInt()).isEqualTo(32600);
        assertThat(second.at("/assessment/result/result/extra").asInt()).isEqualTo(13700);
        second = act(COUNTY, secondId, "decision", second, Map.of("on", "2026-06-24", "outcome", "APPROVE"));
        assertThat(second.at("/decision/amount").asInt()).isEqualTo(46300);
        assertThat(benefitsOf(household, secondId).get(0).at("/amounts/0/amount").asInt()).isEqualTo(46300);

        var again = as(CASEWORKER).post("/api/v1/cases", billBody(household, person, "2026-06-25", "2026-03-10",
                30000, ref + "1"));
        assertThat(again.status()).as("a bill is assisted once").isEqualTo(409);

        JsonNode lastYear = bill(household, person, "2025-12-28", "2025-12-20", 10000, ref + "3");
        long lastYearId = lastYear.get("id").asLong();
        lastYear = act(COUNTY, lastYearId, "review", lastYear, Map.of("on", "2025-12-29", "findings", "门诊慢病"));
        lastYear = act(CASEWORKER, lastYearId, "assessment", lastYear, Map.of("on", "2025-12-29"));
        assertThat(lastYear.at("/medicalBill/year").asInt()).isEqualTo(2025);
        assertThat(lastYear.at("/medicalBill/yearBefore/bills").asInt()).as("2025 is another year").isZero();
        assertThat(lastYear.at("/assessment/result/result/deductibleUsed").asInt()).isEqualTo(1000);
        assertThat(lastYear.at("/assessment/amount").asInt()).isEqualTo(5400);

        var reviewerDecides = attempt(COUNTY, lastYearId, "decision", lastYear, Map.of("on", "2025-12-30",
                "outcome", "APPROVE"));
        assertThat(reviewerDecides.status()).as("whoever reviewed the bill may not decide it").isEqualTo(403);
        assertThat(reviewerDecides.json().get("detail").asString()).contains("review");
        String other = user("qingshan.county4", "990121000000", "COUNTY_OFFICER");
        lastYear = act(other, lastYearId, "decision", lastYear, Map.of("on", "2025-12-30", "outcome", "APPROVE"));
        assertThat(lastYear.at("/decision/amount").asInt()).isEqualTo(5400);
    }

    @Test
    void aBillOfSomeoneWithoutAnAssistanceStatusIsRefusedWithReasonsAndMayBeBroughtAgain() {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("郑富", "HEAD", LocalDate.of(1975, 1, 1).plusDays(n % 300), n);
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "9000", "from", "2024-01")));
        long household = household(SHIQIAO, n, head);
        long person = personId(household, "郑富");
        String ref = "JS-" + n + "-R";
        JsonNode c = bill(household, person, "2026-10-12", "2026-10-09", 8000, ref);
        long id = c.get("id").asLong();
        c = act(CASEWORKER, id, "review", c, Map.of("on", "2026-10-13", "findings", "结算单核对无误"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        assertThat(c.at("/assessment/eligible").asBoolean()).isFalse();
        var approve = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-14", "outcome", "APPROVE"));
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("detail").asString()).contains("not eligible");
        assertThat(fields(attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-14", "outcome", "REFUSE"))))
                .containsExactly("reasons");
        c = act(COUNTY, id, "decision", c, Map.of("on", "2026-10-14", "outcome", "REFUSE",
                "reasons", "申请人不属于特困、低保、监测对象等医疗救助对象"));
        assertThat(c.at("/decision/outcome").asString()).isEqualTo("REFUSE");
        assertThat(benefitsOf(household, id)).isEmpty();
        var broughtAgain = as(CASEWORKER).post("/api/v1/cases", billBody(household, person, "2026-10-20", "2026-10-09",
                8000, ref));
        assertThat(broughtAgain.status()).as("a refused bill no longer holds its reference").isEqualTo(201);
    }

    @Test
    void aBillNeedsItsFiguresAndItsPerson() {
        long household = family(SHIQIAO);
        var r = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "programme", "MEDICAL",
                "receivedOn", "2026-10-12", "bill", Map.of("date", "2026-10-13", "inPolicyOutOfPocket", "-5",
                        "reference", " ")));
        assertThat(fields(r)).containsExactlyInAnyOrder("personId", "bill.date", "bill.inPolicyOutOfPocket",
                "bill.reference");
        var noBill = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "programme", "MEDICAL",
                "personId", personId(household, "吴秀兰")));
        assertThat(fields(noBill)).containsExactly("bill");
        var stranger = as(CASEWORKER).post("/api/v1/cases", billBody(household, 1, "2026-10-12", "2026-10-09", 100, "X"));
        assertThat(fields(stranger)).containsExactly("personId");
    }

    Map<String, Object> billBody(long household, long person, String receivedOn, String date, int amount, String ref) {
        return Map.of("householdId", household, "programme", "MEDICAL", "personId", person, "receivedOn", receivedOn,
                "documents", DOCUMENTS, "bill", Map.of("date", date, "inPolicyOutOfPocket", amount, "reference", ref,
                        "hospital", "青山县人民医院"));
    }

    JsonNode bill(long household, long person, String receivedOn, String date, int amount, String ref) {
        return create(CASEWORKER, billBody(household, person, receivedOn, date, amount, ref));
    }
}

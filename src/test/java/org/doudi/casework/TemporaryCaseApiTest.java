package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * 临时救助 through HTTP: an emergency paid first and documented afterwards; an expenditure application handed
 * in by the village, above the town's limit so the county decides it case by case, paid in stages.
 */
@DoudiTest
class TemporaryCaseApiTest extends CaseApiSupport {

    @Test
    void anEmergencyIsPaidFirstTheFileIsCompletedAfterwardsAndTheDecisionConfirmsTheRest() {
        long household = family(SHIQIAO);
        JsonNode c = create(CASEWORKER, emergency(household, "2026-10-12", List.of("APPLICATION_FORM")));
        long id = c.get("id").asLong();
        assertThat(c.get("family").asString()).isEqualTo("TEMPORARY_EMERGENCY");
        assertThat(codes(c.get("missingDocuments"))).containsExactlyInAnyOrder("ID_CARDS", "EMERGENCY_PROOF");
        assertThat(c.get("acceptedOn").isNull()).isTrue();
        assertThat(texts(c.get("allowedActions"))).containsExactly("documents", "pay-first", "investigation");
        assertThat(c.at("/temporary/payFirstLimit").asInt()).isEqualTo(1000);
        assertThat(c.at("/temporary/townLimit").asInt()).isEqualTo(5000);
        assertThat(c.at("/decider/level").asString()).isEqualTo("TOWN");

        Map<String, Object> pay = Map.of("on", "2026-10-12", "amount", 1500, "method", "现金", "reason", "房屋失火，无处安身");
        assertThat(fields(attempt(CASEWORKER, id, "pay-first", c, pay))).as("above the town's pay-first limit")
                .containsExactly("amount");
        assertThat(attempt(APPROVER, id, "pay-first", c, pay).status()).as("the caseworker pays first").isEqualTo(403);
        Map<String, Object> within = new LinkedHashMap<>(pay);
        within.put("amount", 1000);
        c = act(CASEWORKER, id, "pay-first", c, within);
        assertThat(c.get("state").asString()).isEqualTo("PAID_FIRST");
        assertThat(c.at("/payFirst/amount").asInt()).isEqualTo(1000);
        assertThat(c.at("/payFirst/by").asString()).isEqualTo(CASEWORKER);
        // the file is completed within 10 working days of the pay-first: 13–16, 19–23, 26 October
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-10-26");
        List<JsonNode> paid = benefitsOf(household, id);
        assertThat(paid).as("the pay-first is a benefit at once").hasSize(1);
        assertThat(paid.get(0).get("kind").asString()).isEqualTo("ONE_OFF");
        assertThat(paid.get(0).get("fromMonth").asString()).isEqualTo("2026-10");
        assertThat(paid.get(0).at("/amounts/0/amount").asInt()).isEqualTo(1000);
        assertThat(attempt(CASEWORKER, id, "pay-first", c, within).status()).as("paid first once").isEqualTo(409);

        var early = attempt(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-12",
                "visitors", List.of("张明", "李华"), "findings", "x"));
        assertThat(early.status()).as("the file waits for its documents").isEqualTo(409);
        c = act(CASEWORKER, id, "documents", c, Map.of("on", "2026-10-13", "documents", List.of("ID_CARDS",
                "EMERGENCY_PROOF")));
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-10-13");
        assertThat(c.get("dueOn").asString()).as("still from the pay-first").isEqualTo("2026-10-26");
        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-14", "visitors", List.of("张明", "李华"),
                "findings", "房屋烧毁，家具衣物全部损失"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-15"));
        // severity 2 × 青山县's rural standard 650 × 3 members
        assertThat(c.at("/assessment/amount").asInt()).isEqualTo(3900);
        assertThat(c.at("/assessment/monthlyAmount").isNull()).isTrue();
        c = act(CASEWORKER, id, "town-opinion", c, Map.of("on", "2026-10-15", "recommendation", "APPROVE"));
        assertThat(c.at("/temporary/proposedAmount").asInt()).isEqualTo(3900);
        assertThat(texts(c.get("allowedActions"))).as("no publicity for an emergency").containsExactly("decision");

        c = act(APPROVER, id, "decision", c, Map.of("on", "2026-10-16", "outcome", "APPROVE"));
        assertThat(c.at("/decision/amount").asInt()).isEqualTo(3900);
        JsonNode stages = c.at("/decision/stages");
        assertThat(stages.size()).isEqualTo(2);
        assertThat(stages.get(0).get("payFirst").asBoolean()).isTrue();
        assertThat(stages.get(0).get("amount").asInt()).isEqualTo(1000);
        assertThat(stages.get(1).get("amount").asInt()).as("the rest").isEqualTo(2900);
        assertThat(stages.get(1).get("month").asString()).isEqualTo("2026-10");
        List<JsonNode> benefits = benefitsOf(household, id);
        assertThat(benefits).hasSize(2);
        assertThat(benefits.get(1).at("/amounts/0/amount").asInt()).isEqualTo(2900);
        assertThat(benefits.get(1).get("kind").asString()).isEqualTo("ONE_OFF");
        c = act(CASEWORKER, id, "notification", c, Map.of("on", "2026-10-16", "method", "电话告知并送达"));
        assertThat(actions(c)).containsExactly("INTAKE", "PAY_FIRST", "DOCUMENTS", "INVESTIGATION", "ASSESSMENT",
                "TOWN_OPINION", "DECISION", "NOTIFICATION");
    }

    @Test
    void anEmergencyIsKeptWhereItHappenedAndItsInvestigatorMayNotDecide() {
        long household = family(SHIQIAO);
        Map<String, Object> elsewhere = emergency(household, "2026-10-12", List.of("APPLICATION_FORM", "ID_CARDS",
                "EMERGENCY_PROOF"));
        Map<String, Object> temporary = new LinkedHashMap<>(castMap(elsewhere.get("temporary")));
        temporary.put("placeRegionCode", HEKOU_TOWN);
        elsewhere.put("temporary", temporary);
        assertThat(fields(as(CASEWORKER).post("/api/v1/cases", elsewhere))).containsExactly("temporary.placeRegionCode");
        temporary.put("placeRegionCode", QINGSHAN_TOWN);
        JsonNode c = create(CASEWORKER, elsewhere);
        long id = c.get("id").asLong();
        assertThat(c.get("regionCode").asString()).as("the town where it happened keeps it").isEqualTo(QINGSHAN_TOWN);
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-10-12");
        assertThat(c.get("dueOn").asString()).as("act the next working day").isEqualTo("2026-10-13");

        c = act(APPROVER, id, "investigation", c, Map.of("on", "2026-10-13", "visitors", List.of("周敏", "李华"),
                "findings", "突发重病住院"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13", "severity", 1));
        assertThat(c.at("/assessment/amount").asInt()).as("severity revised to 1: 650 × 3").isEqualTo(1950);
        c = act(CASEWORKER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        var refused = attempt(APPROVER, id, "decision", c, Map.of("on", "2026-10-14", "outcome", "APPROVE"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("recorded the investigation");
        c = act(COUNTY, id, "decision", c, Map.of("on", "2026-10-14", "outcome", "APPROVE"));
        assertThat(c.at("/decision/amount").asInt()).isEqualTo(1950);
    }

    @Test
    void anExpenditureAboveTheTownsLimitIsDecidedByTheCountyCaseByCaseAndPaidInStages() {
        long household = family(SHIQIAO);
        expense(household, "MEDICAL", "60000", "2026-05");
        JsonNode c = create(COORDINATOR, Map.of("householdId", household, "programme", "TEMPORARY",
                "temporary", Map.of("kind", "EXPENDITURE"), "receivedOn", "2026-10-12",
                "documents", List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS")));
        long id = c.get("id").asLong();
        assertThat(c.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(c.at("/intake/channel").asString()).isEqualTo("VILLAGE");
        assertThat(c.at("/intake/by").asString()).isEqualTo(COORDINATOR);
        assertThat(c.get("dueOn").asString()).as("the town takes it up within 3 working days").isEqualTo("2026-10-15");
        assertThat(attempt(COORDINATOR, id, "investigation", c, Map.of()).status()).isEqualTo(403);

        c = act(CASEWORKER, id, "acceptance", c, Map.of("on", "2026-10-13", "documents", List.of("INCOME_DECLARATION",
                "ASSET_DECLARATION", "VERIFICATION_CONSENT", "EXPENDITURE_RECEIPTS")));
        assertThat(c.get("state").asString()).isEqualTo("APPLIED");
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-10-13");
        assertThat(c.get("dueOn").asString()).as("the town's round of 10 working days").isEqualTo("2026-10-27");
        // the county's officer joins the visit (and may then not decide the case)
        c = act(COUNTY, id, "investigation", c, Map.of("on", "2026-10-14", "visitors", List.of("县民政局 赵刚", "张明"),
                "findings", "户主重病住院，自付医疗费高"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-15", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-16"));
        // 30 % × (60,000 − 50 % × 14,400) = 15,840, capped at the town's 5,000
        assertThat(c.at("/assessment/amount").asInt()).isEqualTo(5000);
        JsonNode assessed = c.get("timeline").get(c.get("timeline").size() - 1);
        assertThat(assessed.at("/details/computed").decimalValue()).isEqualByComparingTo("15840");

        var unexplained = attempt(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-16",
                "recommendation", "APPROVE", "amount", 12000));
        assertThat(fields(unexplained)).containsExactly("reasons");
        var tooMuch = attempt(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-16",
                "recommendation", "APPROVE", "amount", 25000, "reasons", "x"));
        assertThat(fields(tooMuch)).as("above the county's 20,000").containsExactly("amount");
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-16", "recommendation", "APPROVE",
                "amount", 12000, "reasons", "一事一议：户主重病，医疗费用远超家庭承受能力"));
        assertThat(c.at("/temporary/proposedAmount").asInt()).isEqualTo(12000);
        assertThat(c.at("/decider/level").asString()).as("above the town's limit").isEqualTo("COUNTY");
        c = act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-19", "place", "石桥村村务公开栏"));
        var sheet = as(CASEWORKER).get("/api/v1/cases/" + id + "/publicity-sheet").json();
        assertThat(sheet.get("amount").asInt()).isEqualTo(12000);
        assertThat(sheet.get("monthlyAmount").isNull()).isTrue();

        var byTown = attempt(APPROVER, id, "decision", c, Map.of("on", "2026-10-26", "outcome", "APPROVE"));
        assertThat(byTown.status()).as(byTown.toString()).isEqualTo(403);
        assertThat(byTown.json().get("detail").asString()).contains("county");
        var wrongSum = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-26", "outcome", "APPROVE",
                "stages", List.of(Map.of("month", "2026-10", "amount", 6000), Map.of("month", "2026-12", "amount", 5000))));
        assertThat(fields(wrongSum)).containsExactly("stages");
        var beforeDecision = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-26", "outcome", "APPROVE",
                "stages", List.of(Map.of("month", "2026-09", "amount", 12000))));
        assertThat(fields(beforeDecision)).containsExactly("stages[0].month");
        Map<String, Object> staged = Map.of("on", "2026-10-26", "outcome", "APPROVE",
                "stages", List.of(Map.of("month", "2026-10", "amount", 6000), Map.of("month", "2026-12", "amount", 6000)));
        var visitor = attempt(COUNTY, id, "decision", c, staged);
        assertThat(visitor.status()).as("maker-checker: " + visitor).isEqualTo(403);
        assertThat(visitor.json().get("detail").asString()).contains("recorded the investigation");
        String other = user("qingshan.county5", "990121000000", "COUNTY_OFFICER");
        c = act(other, id, "decision", c, staged);
        assertThat(c.at("/decision/amount").asInt()).isEqualTo(12000);
        assertThat(c.at("/decision/stages").size()).isEqualTo(2);
        List<JsonNode> benefits = benefitsOf(household, id);
        assertThat(benefits).as("one approval, two stages").hasSize(2);
        assertThat(benefits.get(0).get("fromMonth").asString()).isEqualTo("2026-10");
        assertThat(benefits.get(1).get("fromMonth").asString()).isEqualTo("2026-12");
        assertThat(benefits.get(1).get("toMonth").asString()).isEqualTo("2026-12");
        assertThat(benefits.get(1).at("/amounts/0/amount").asInt()).isEqualTo(6000);
        assertThat(benefits).allMatch(b -> b.get("kind").asString().equals("ONE_OFF")
                && b.get("programme").asString().equals("TEMPORARY"));
    }

    @Test
    void twoPayFirstsAtOnceOneIsPaidTheOther409() throws Exception {
        long household = family(SHIQIAO);
        JsonNode c = create(CASEWORKER, emergency(household, "2026-10-12", List.of("APPLICATION_FORM")));
        long id = c.get("id").asLong();
        Map<String, Object> body = Map.of("version", c.get("version").asInt(), "on", "2026-10-12", "amount", 800,
                "method", "现金", "reason", "急需");
        Api caseworker = as(CASEWORKER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Response> call = () -> {
                start.await();
                return caseworker.post(path(id, "pay-first"), body);
            };
            Future<Api.Response> a = pool.submit(call);
            Future<Api.Response> b = pool.submit(call);
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
            assertThat(statuses).as(a.get() + "\n" + b.get()).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(benefitsOf(household, id)).as("paid once: the loser's benefit was rolled back").hasSize(1);
        assertThat(get(id).get("version").asInt()).isEqualTo(c.get("version").asInt() + 1);
    }

    static Map<String, Object> emergency(long household, String on, List<String> documents) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdId", household);
        body.put("programme", "TEMPORARY");
        body.put("temporary", Map.of("kind", "EMERGENCY", "severity", 2, "happenedOn", on, "what", "房屋失火"));
        body.put("receivedOn", on);
        body.put("documents", documents);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}

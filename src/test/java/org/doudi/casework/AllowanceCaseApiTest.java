package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The allowance family through HTTP: 孤儿 and 事实无人抚养儿童, the two disability allowances (per person,
 * not publicised, decided by the county) and 刚性支出困难 (the household's, publicised, a status of 12 months).
 */
@DoudiTest
class AllowanceCaseApiTest extends CaseApiSupport {

    @Test
    void anOrphanAndAnUnsupportedChildEachGetTheirAllowanceFromTheMonthAfterTheCountysDecision() {
        int n = NEXT.incrementAndGet();
        Map<String, Object> grandmother = member("陈桂芳", "HEAD", LocalDate.of(1958, 4, 1).plusDays(n % 300), n);
        Map<String, Object> orphan = member("陈小红", "GRANDCHILD", LocalDate.of(2014, 5, 1).plusDays(n % 300), n);
        orphan.put("facts", List.of(fact("ORPHAN", "TRUE", "2020-01-01")));
        Map<String, Object> unsupported = member("陈小刚", "GRANDCHILD", LocalDate.of(2016, 7, 1).plusDays(n % 300), n);
        unsupported.put("facts", List.of(fact("UNSUPPORTED_CHILD", "TRUE", "2021-01-01")));
        long household = household(SHIQIAO, n, grandmother, orphan, unsupported);

        for (String[] child : List.of(new String[] {"陈小红", "ORPHAN", "PARENTS_DEATH_OR_MISSING"},
                new String[] {"陈小刚", "UNSUPPORTED_CHILD", "PARENTS_SITUATION"})) {
            long person = personId(household, child[0]);
            JsonNode c = create(CASEWORKER, Map.of("householdId", household, "programme", child[1], "personId", person,
                    "receivedOn", "2026-09-30", "documents", List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
                            child[2])));
            long id = c.get("id").asLong();
            assertThat(c.get("family").asString()).isEqualTo("ALLOWANCE");
            assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-09-30");
            assertThat(c.get("dueOn").asString()).as("the town's 15 working days").isEqualTo("2026-10-27");
            c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                    "findings", "由祖母抚养"));
            c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
            c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
            int amount = calculated(household, "2026-10-13", child[1], person).get("monthlyAmount").asInt();
            assertThat(amount).as("the dispersed rate").isEqualTo(700);
            assertThat(c.at("/assessment/monthlyAmount").asInt()).isEqualTo(amount);
            c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
            assertThat(texts(c.get("allowedActions"))).as("a child's status is not posted in the village")
                    .containsExactly("decision");
            // the county decides within 15 working days of the opinion: 15, 16, 19–23, 26–30 October, 2–4 November
            assertThat(c.get("dueOn").asString()).isEqualTo("2026-11-04");
            var posted = attempt(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "公开栏"));
            assertThat(posted.status()).isEqualTo(409);
            assertThat(posted.json().get("detail").asString()).contains("not publicised");
            var byTown = attempt(APPROVER, id, "decision", c, Map.of("on", "2026-10-15", "outcome", "APPROVE"));
            assertThat(byTown.status()).as(byTown.toString()).isEqualTo(403);

            c = act(COUNTY, id, "decision", c, Map.of("on", "2026-10-15", "outcome", "APPROVE"));
            assertThat(c.at("/decision/startMonth").asString()).isEqualTo("2026-11");
            List<JsonNode> benefits = benefitsOf(household, id);
            assertThat(benefits).hasSize(1);
            assertThat(benefits.get(0).get("programme").asString()).isEqualTo(child[1]);
            assertThat(benefits.get(0).get("personId").asLong()).isEqualTo(person);
            assertThat(benefits.get(0).get("fromMonth").asString()).isEqualTo("2026-11");
            assertThat(benefits.get(0).at("/amounts/0/amount").asInt()).isEqualTo(amount);
            c = act(CASEWORKER, id, "notification", c, Map.of("on", "2026-10-16", "method", "送达监护人"));
            assertThat(c.get("state").asString()).isEqualTo("NOTIFIED");
        }
    }

    @Test
    void bothDisabilityAllowancesForOnePersonAndWhoeverVisitedMayNotDecide() {
        long household = family(SHIQIAO, Map.of("kind", "PHYSICAL", "grade", "1", "from", "2020-01-01"));
        long person = personId(household, "周大成");
        List<String> documents = List.of("APPLICATION_FORM", "ID_CARDS", "DISABILITY_CERTIFICATE");
        for (String programme : List.of("DISABILITY_LIVING", "DISABILITY_CARE")) {
            JsonNode c = create(CASEWORKER, Map.of("householdId", household, "programme", programme, "personId", person,
                    "receivedOn", "2026-10-12", "documents", documents));
            long id = c.get("id").asLong();
            boolean countyVisits = programme.equals("DISABILITY_CARE");
            c = act(countyVisits ? COUNTY : CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-13",
                    "visitors", List.of("张明", "李华"), "findings", "持残疾人证，一级肢体残疾"));
            c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-14", "result", "CONSISTENT"));
            c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-14"));
            int amount = calculated(household, "2026-10-14", programme, person).get("monthlyAmount").asInt();
            assertThat(amount).isEqualTo(countyVisits ? 140 : 110);
            c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-15", "recommendation", "APPROVE"));
            String decider = COUNTY;
            if (countyVisits) {
                var refused = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-16", "outcome", "APPROVE"));
                assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
                assertThat(refused.json().get("detail").asString()).contains("recorded the investigation");
                decider = user("qingshan.county3", "990121000000", "COUNTY_OFFICER");
            }
            c = act(decider, id, "decision", c, Map.of("on", "2026-10-16", "outcome", "APPROVE"));
            assertThat(c.at("/decision/monthlyAmount").asInt()).isEqualTo(amount);
            List<JsonNode> benefits = benefitsOf(household, id);
            assertThat(benefits).hasSize(1);
            assertThat(benefits.get(0).get("programme").asString()).isEqualTo(programme);
            assertThat(benefits.get(0).get("personId").asLong()).isEqualTo(person);
        }
    }

    @Test
    void aRigidExpenditureHardshipHouseholdIsPublicisedAndHoldsAStatusOfTwelveMonths() {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("刘建国", "HEAD", LocalDate.of(1980, 1, 1).plusDays(n % 300), n);
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1500", "from", "2025-01")));
        Map<String, Object> spouse = member("王丽", "SPOUSE", LocalDate.of(1982, 1, 1).plusDays(n % 300), n);
        spouse.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1500", "from", "2025-01")));
        long household = household(SHIQIAO, n, head, spouse);
        expense(household, "EDUCATION", "20000", "2026-05");
        assertThat(calculated(household, "2026-10-13", "EXPENDITURE_HARDSHIP", null).get("status").asString())
                .isEqualTo("ELIGIBLE");

        var asPerson = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "programme",
                "EXPENDITURE_HARDSHIP", "personId", personId(household, "刘建国")));
        assertThat(fields(asPerson)).containsExactly("personId");
        JsonNode c = create(CASEWORKER, Map.of("householdId", household, "programme", "EXPENDITURE_HARDSHIP",
                "receivedOn", "2026-09-30", "documents", List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
                        "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT")));
        long id = c.get("id").asLong();
        assertThat(codes(c.get("missingDocuments"))).containsExactly("EXPENDITURE_RECEIPTS");
        c = act(CASEWORKER, id, "documents", c, Map.of("on", "2026-10-08", "documents", List.of("EXPENDITURE_RECEIPTS")));
        assertThat(c.get("acceptedOn").asString()).isEqualTo("2026-10-08");
        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "子女上学支出大"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        assertThat(c.at("/assessment/eligible").asBoolean()).isTrue();
        assertThat(c.at("/assessment/monthlyAmount").isNull()).as("a status, not an amount").isTrue();
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        assertThat(texts(c.get("allowedActions"))).containsExactly("publicity", "decision");
        c = act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "石桥村村务公开栏"));
        var sheet = as(CASEWORKER).get("/api/v1/cases/" + id + "/publicity-sheet").json();
        assertThat(sheet.get("name").asString()).isEqualTo("刘建国");
        assertThat(sheet.get("householdSize").asInt()).isEqualTo(2);
        assertThat(sheet.get("monthlyAmount").isNull()).isTrue();
        c = act(COUNTY, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(c.at("/decision/startMonth").asString()).isEqualTo("2026-11");
        assertThat(c.at("/decision/untilMonth").asString()).as("valid at most 12 months").isEqualTo("2027-10");
        List<JsonNode> benefits = benefitsOf(household, id);
        assertThat(benefits).hasSize(1);
        JsonNode status = benefits.get(0);
        assertThat(status.get("programme").asString()).isEqualTo("EXPENDITURE_HARDSHIP");
        assertThat(status.get("personId").isNull()).isTrue();
        assertThat(status.get("fromMonth").asString()).isEqualTo("2026-11");
        assertThat(status.get("toMonth").asString()).isEqualTo("2027-10");
        assertThat(status.at("/amounts/0/amount").decimalValue()).isZero();
    }
}

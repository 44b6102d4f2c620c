package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 特困 applications through HTTP (DOMAIN.md §3.2): per person, the town's round of 15 working days, the county decides. */
@DoudiTest
class TekunCaseApiTest extends CaseApiSupport {

    static final List<String> TEKUN_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT", "SUPPORTERS_STATEMENT");

    @Test
    void anElderlyManAloneIsInvestigatedByTheTownAndDecidedByTheCountyWithinItsWorkingDays() {
        long household = elderlyAlone();
        long person = personId(household, "孙老汉");
        JsonNode c = intake(household, person, "2026-09-30");
        long id = c.get("id").asLong();
        assertThat(c.get("family").asString()).isEqualTo("TEKUN");
        assertThat(c.get("personId").asLong()).isEqualTo(person);
        assertThat(c.get("personName").asString()).isEqualTo("孙老汉");
        assertThat(c.at("/decider/level").asString()).as("特困 is always the county's").isEqualTo("COUNTY");
        // the town's round: 15 working days from 30 September — 8, 9, 10 (make-up Saturday), 12–16, 19–23, 26, 27
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-10-27");
        assertThat(c.get("procedureDueOn").isNull()).as("each objection starts a new round").isTrue();
        assertThat(codes(c.get("requiredDocuments"))).containsExactlyInAnyOrderElementsOf(TEKUN_DOCUMENTS);

        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "独居，无子女，无收入"));
        assertThat(c.get("dueOn").asString()).as("still the town's round").isEqualTo("2026-10-27");
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        JsonNode expected = calculated(household, "2026-10-13", "TEKUN", person);
        assertThat(expected.get("status").asString()).isEqualTo("ELIGIBLE");
        int amount = expected.get("monthlyAmount").asInt();
        assertThat(c.at("/assessment/eligible").asBoolean()).isTrue();
        assertThat(c.at("/assessment/monthlyAmount").asInt()).isEqualTo(amount);

        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        assertThat(c.get("dueOn").asString()).as("posted within 3 working days").isEqualTo("2026-10-19");
        c = act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "石桥村村务公开栏"));
        assertThat(c.at("/publicity/until").asString()).isEqualTo("2026-10-21");
        assertThat(c.get("dueOn").asString()).as("the county decides within 15 working days of the file")
                .isEqualTo("2026-11-11");
        var sheet = as(CASEWORKER).get("/api/v1/cases/" + id + "/publicity-sheet");
        assertThat(sheet.json().get("name").asString()).isEqualTo("孙老汉");
        assertThat(sheet.json().get("monthlyAmount").asInt()).isEqualTo(amount);

        var byTown = attempt(APPROVER, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(byTown.status()).as(byTown.toString()).isEqualTo(403);
        assertThat(byTown.json().get("detail").asString()).contains("decided by");

        c = act(COUNTY, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(c.at("/decision/monthlyAmount").asInt()).isEqualTo(amount);
        assertThat(c.at("/decision/startMonth").asString()).isEqualTo("2026-11");
        List<JsonNode> benefits = benefitsOf(household, id);
        assertThat(benefits).hasSize(1);
        assertThat(benefits.get(0).get("programme").asString()).isEqualTo("TEKUN");
        assertThat(benefits.get(0).get("kind").asString()).isEqualTo("MONTHLY");
        assertThat(benefits.get(0).get("personId").asLong()).as("support is the person's").isEqualTo(person);
        assertThat(benefits.get(0).get("fromMonth").asString()).isEqualTo("2026-11");
        assertThat(benefits.get(0).at("/amounts/0/amount").asInt()).isEqualTo(amount);

        c = act(CASEWORKER, id, "notification", c, Map.of("on", "2026-10-23", "method", "当面送达"));
        assertThat(c.get("state").asString()).isEqualTo("NOTIFIED");

        var again = as(CASEWORKER).post("/api/v1/cases", intakeBody(household, person, "2026-10-26"));
        assertThat(again.status()).as("the case is over: a new one may be opened").isEqualTo(201);
        var twice = as(CASEWORKER).post("/api/v1/cases", intakeBody(household, person, "2026-10-26"));
        assertThat(twice.status()).as("one open 特困 application per person").isEqualTo(409);
    }

    @Test
    void anObjectionIsReExaminedWithinFifteenWorkingDaysAndPublishedAgain() {
        long household = elderlyAlone();
        long id = publicised(household, personId(household, "孙老汉"));
        JsonNode c = get(id);
        c = act(CASEWORKER, id, "objections", c, Map.of("on", "2026-10-16", "summary", "村民反映其女儿在外务工可赡养"));
        assertThat(c.get("state").asString()).isEqualTo("OBJECTED");
        assertThat(texts(c.get("allowedActions"))).containsExactly("investigation", "appraisal");
        // re-examined within 15 working days of the objection: 19–23, 26–30 October, 2–6 November
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-11-06");
        assertThat(c.get("assessment").isNull()).isTrue();

        var few = attempt(CASEWORKER, id, "appraisal", c, Map.of("on", "2026-10-19", "participants", 2,
                "summary", "x"));
        assertThat(fields(few)).containsExactlyInAnyOrder("participants", "conclusion");
        c = act(CASEWORKER, id, "appraisal", c, Map.of("on", "2026-10-19", "participants", 9,
                "conclusion", "OBJECTION_REJECTED", "summary", "经村民代表评议，其女儿长期失联，无赡养能力"));
        assertThat(c.get("state").asString()).isEqualTo("APPRAISED");
        assertThat(c.get("dueOn").asString()).as("the same round").isEqualTo("2026-11-06");
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-20"));
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-21", "recommendation", "APPROVE"));
        c = act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-22", "place", "石桥村村务公开栏"));
        assertThat(c.at("/publicity/until").asString()).as("published again, 7 days").isEqualTo("2026-10-28");
        var early = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-28", "outcome", "APPROVE"));
        assertThat(early.status()).as("the new publicity runs").isEqualTo(409);
        c = act(COUNTY, id, "decision", c, Map.of("on", "2026-10-29", "outcome", "APPROVE"));
        assertThat(c.at("/decision/startMonth").asString()).isEqualTo("2026-11");

        assertThat(actions(c)).containsExactly("INTAKE", "INVESTIGATION", "VERIFICATION", "ASSESSMENT", "TOWN_OPINION",
                "PUBLICITY", "OBJECTION", "APPRAISAL", "ASSESSMENT", "TOWN_OPINION", "PUBLICITY", "DECISION");
    }

    @Test
    void aCountyOfficerWhoVisitedMayNotDecideAnotherCountyOfficerDoes() {
        long household = elderlyAlone();
        long person = personId(household, "孙老汉");
        JsonNode c = intake(household, person, "2026-09-30");
        long id = c.get("id").asLong();
        c = act(COUNTY, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("县民政局 赵刚", "钱伟"),
                "findings", "县级入户核查"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = act(CASEWORKER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "REFUSE",
                "reasons", "有赡养人"));
        var refused = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-15", "outcome", "REFUSE",
                "reasons", "有赡养人"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("recorded the investigation")
                .contains("another county officer");
        String other = user("qingshan.county2", "990121000000", "COUNTY_OFFICER");
        c = act(other, id, "decision", c, Map.of("on", "2026-10-15", "outcome", "REFUSE", "reasons", "有赡养人"));
        assertThat(c.at("/decision/outcome").asString()).isEqualTo("REFUSE");
        assertThat(c.at("/decision/decidedBy").asString()).isEqualTo(other);
        assertThat(benefitsOf(household, id)).as("a refusal grants nothing").isEmpty();
    }

    // ---- helpers

    /** A man of 75 living alone, no income, no legal supporter. */
    long elderlyAlone() {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("孙老汉", "HEAD", LocalDate.of(1951, 2, 1).plusDays(n % 300), n);
        head.put("facts", List.of(fact("SUPPORTERS", "NONE", "2015-01-01")));
        return household(SHIQIAO, n, head);
    }

    Map<String, Object> intakeBody(long household, long person, String receivedOn) {
        return Map.of("householdId", household, "programme", "TEKUN", "personId", person, "receivedOn", receivedOn,
                "documents", TEKUN_DOCUMENTS);
    }

    JsonNode intake(long household, long person, String receivedOn) {
        return create(CASEWORKER, intakeBody(household, person, receivedOn));
    }

    /** In publicity from 15 October 2026 (accepted on 30 September). */
    long publicised(long household, long person) {
        JsonNode c = intake(household, person, "2026-09-30");
        long id = c.get("id").asLong();
        c = act(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "入户调查"));
        c = act(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = act(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        act(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "村务公开栏"));
        return id;
    }
}

package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Who decides 低保 follows the county's parameter: 青山县 has devolved the decision to its towns (20 working
 * days), 河口县 has not (the county officer decides, 30 working days).
 */
@DoudiTest
class WhoDecidesApiTest extends CaseApiSupport {

    static final List<String> DIBAO_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");

    @Test
    void inHekouTheCountyOfficerDecidesDibaoWithinThirtyWorkingDays() {
        String caseworker = user("hekou.caseworker", HEKOU_TOWN, "TOWN_CASEWORKER");
        String approver = user("hekou.approver", HEKOU_TOWN, "TOWN_APPROVER");
        long household = family(HEKOU_VILLAGE);
        JsonNode c = create(caseworker, Map.of("householdId", household, "receivedOn", "2026-09-30",
                "documents", DIBAO_DOCUMENTS));
        long id = c.get("id").asLong();
        assertThat(c.at("/decider/level").asString()).isEqualTo("COUNTY");
        assertThat(c.at("/decider/reason").asString()).contains("casework.dibao.town_decides");
        assertThat(c.get("procedureDueOn").asString()).as("30 working days where the county decides")
                .isEqualTo("2026-11-17");
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-10-10");

        c = act(caseworker, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("马林", "高峰"),
                "findings", "入户调查"));
        c = act(caseworker, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = act(caseworker, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = act(approver, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        c = act(caseworker, id, "publicity", c, Map.of("on", "2026-10-15", "place", "河口村村务公开栏"));
        assertThat(c.get("dueOn").asString()).as("10 working days after the publicity: 22, 23, 26–30 Oct, 2–4 Nov")
                .isEqualTo("2026-11-04");

        var byTown = attempt(approver, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(byTown.status()).as(byTown.toString()).isEqualTo(403);
        assertThat(byTown.json().get("detail").asString()).contains("decided by the county");
        var qingshan = attempt(COUNTY, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(qingshan.status()).as("another county's officer does not see it").isEqualTo(404);

        c = act("hekou.county", id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        assertThat(c.at("/decision/decidedBy").asString()).isEqualTo("hekou.county");
        assertThat(c.at("/decision/startMonth").asString()).isEqualTo("2026-11");
        List<JsonNode> benefits = benefitsOfHekou(household, id, caseworker);
        assertThat(benefits).hasSize(1);
        assertThat(benefits.get(0).get("personId").isNull()).as("低保 is the household's").isTrue();
    }

    @Test
    void inQingshanTheTownApproverDecidesDibaoWithinTwentyWorkingDays() {
        JsonNode c = create(CASEWORKER, Map.of("householdId", family(SHIQIAO), "receivedOn", "2026-09-30",
                "documents", DIBAO_DOCUMENTS));
        assertThat(c.at("/decider/level").asString()).isEqualTo("TOWN");
        assertThat(c.at("/decider/reason").asString()).contains("990121000000");
        assertThat(c.get("procedureDueOn").asString()).isEqualTo("2026-11-03");
    }

    List<JsonNode> benefitsOfHekou(long household, long caseId, String user) {
        var r = as(user).get("/api/v1/benefits?householdId=" + household);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new java.util.ArrayList<>();
        r.json().forEach(b -> {
            if (b.get("caseId").asLong() == caseId) {
                out.add(b);
            }
        });
        return out;
    }
}

package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.casework.IntegrityFixtures.APPROVER;
import static org.doudi.casework.IntegrityFixtures.CASEWORKER;
import static org.doudi.casework.IntegrityFixtures.COUNTY;
import static org.doudi.casework.IntegrityFixtures.HEKOU_VILLAGE;
import static org.doudi.casework.IntegrityFixtures.SHIQIAO;
import static org.doudi.casework.IntegrityFixtures.SUPERVISOR;
import static org.doudi.casework.IntegrityFixtures.fields;
import static org.doudi.casework.IntegrityFixtures.flagKinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.shared.pii.Masking;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * 近亲属备案 through HTTP (DOMAIN.md §3.1 point 8): a case whose household includes a registered relative of
 * staff is flagged, and is decided only after a county officer has recorded their own household visit.
 */
@DoudiTest
class RelativesRegisterApiTest {

    @LocalServerPort
    int port;

    IntegrityFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new IntegrityFixtures(port);
    }

    @Test
    void aCaseForTheFamilyOfTheCaseworkersSisterWaitsForTheCountysOwnVisitBeforeItIsDecided() {
        var family = fx.family(SHIQIAO);
        var registered = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "吴秀兰",
                "idNumber", family.spouseId(), "relation", "SIBLING", "registeredOn", "2026-09-01"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("idNumberMasked").asString()).isEqualTo(Masking.idNumber(family.spouseId()));
        assertThat(registered.json().at("/staff/username").asString()).isEqualTo(CASEWORKER);
        assertThat(registered.json().at("/staff/role").asString()).isEqualTo("TOWN_CASEWORKER");
        assertThat(registered.body()).doesNotContain(family.spouseId());

        long id = fx.publicised(family.id(), CASEWORKER);
        JsonNode c = fx.get(id);
        assertThat(flagKinds(c)).containsExactly("RELATIVE_OF_STAFF");
        JsonNode flag = c.at("/attention/flags/0");
        assertThat(flag.get("since").asString()).as("from the application's receipt").isEqualTo("2026-09-30");
        assertThat(flag.get("sourceId").asLong()).isEqualTo(registered.json().get("id").asLong());
        assertThat(flag.get("summary").asString()).contains("青山镇 经办人").contains("SIBLING")
                .contains(Masking.idNumber(family.spouseId()));
        assertThat(c.toString()).as("the relative's ID number only masked").doesNotContain(family.spouseId());
        assertThat(c.at("/attention/countyVisitRequired").asBoolean()).isTrue();
        assertThat(c.at("/attention/countyVisitNeededSince").asString()).isEqualTo("2026-09-30");

        var early = fx.decide(APPROVER, id, "2026-10-22");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("detail").asString()).contains("county must visit first").contains("RELATIVE_OF_STAFF");
        assertThat(early.json().get("state").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(fx.get(id).get("state").asString()).isEqualTo("IN_PUBLICITY");

        Map<String, Object> visit = Map.of("on", "2026-10-20", "visitors", List.of("县民政局 刘强", "县民政局 陈芳"),
                "findings", "入户核实，家庭情况与申报一致");
        assertThat(fx.countyVisit(CASEWORKER, id, visit).status()).as("the town cannot visit for the county")
                .isEqualTo(403);
        assertThat(fx.countyVisit(APPROVER, id, visit).status()).isEqualTo(403);
        assertThat(fx.countyVisit("hekou.county", id, visit).status()).as("another county's case is not found")
                .isEqualTo(404);
        assertThat(fields(fx.countyVisit(COUNTY, id, Map.of("on", "2999-01-01", "visitors", List.of("刘强", " 刘强 "),
                "findings", " ")))).containsExactlyInAnyOrder("on", "visitors", "findings");
        assertThat(fields(fx.countyVisit(COUNTY, id, Map.of("on", "2026-09-29", "visitors", List.of("刘强", "陈芳"),
                "findings", "x")))).as("before the application was received").containsExactly("on");
        assertThat(fx.decide(APPROVER, id, "2026-10-22").status()).as("nothing recorded by the refused visits")
                .isEqualTo(409);

        var visited = fx.countyVisit(COUNTY, id, visit);
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        assertThat(visited.json().at("/attention/countyVisitRequired").asBoolean()).isFalse();
        assertThat(visited.json().at("/attention/countyVisits/0/recordedBy").asString()).isEqualTo(COUNTY);
        assertThat(visited.json().at("/attention/countyVisits/0/visitors").size()).isEqualTo(2);
        assertThat(visited.json().get("state").asString()).as("the visit is not a step").isEqualTo("IN_PUBLICITY");
        assertThat(flagKinds(visited.json())).as("still flagged, now visited").containsExactly("RELATIVE_OF_STAFF");

        var decided = fx.decide(APPROVER, id, "2026-10-22");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("DECIDED");
        assertThat(fx.audited("case", id)).contains("case.county-visit", "case.decision");
        assertThat(fx.audited("relative_registration", registered.json().get("id").asLong()))
                .containsExactly("relative.register");
    }

    @Test
    void makerCheckerStillHoldsOnAFlaggedCase() {
        var family = fx.family(SHIQIAO);
        var registered = fx.as(APPROVER).post("/api/v1/relatives", Map.of("name", "周大成",
                "idNumber", family.headId(), "relation", "CHILD", "registeredOn", "2026-01-05"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        // the approver took part in the visit and recorded it
        long id = fx.publicised(family.id(), APPROVER);

        var noVisit = fx.decide(APPROVER, id, "2026-10-22");
        assertThat(noVisit.status()).as("maker-checker first: " + noVisit).isEqualTo(403);
        assertThat(fx.decide(COUNTY, id, "2026-10-22").status()).as("no county visit yet").isEqualTo(409);

        assertThat(fx.countyVisit(COUNTY, id, Map.of("on", "2026-10-21", "visitors", List.of("刘强", "陈芳"),
                "findings", "核实")).status()).isEqualTo(200);
        var byInvestigator = fx.decide(APPROVER, id, "2026-10-22");
        assertThat(byInvestigator.status()).as(byInvestigator.toString()).isEqualTo(403);
        assertThat(byInvestigator.json().get("detail").asString()).contains("recorded the investigation");
        var byCounty = fx.decide(COUNTY, id, "2026-10-22");
        assertThat(byCounty.status()).as(byCounty.toString()).isEqualTo(200);
        assertThat(byCounty.json().at("/decision/decidedBy").asString()).isEqualTo(COUNTY);
    }

    @Test
    void aRegistrationCountsForTheDaysItWasInForce() {
        var family = fx.family(SHIQIAO);
        var old = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "周小明", "idNumber", family.childId(),
                "relation", "GRANDCHILD", "registeredOn", "2026-01-05"));
        assertThat(old.status()).as(old.toString()).isEqualTo(201);
        long oldId = old.json().get("id").asLong();
        var ended = fx.as(CASEWORKER).post("/api/v1/relatives/" + oldId + "/end", Map.of("version", 0,
                "on", "2026-06-30", "reason", "本人调离经办岗位"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("inForce").asBoolean()).isFalse();
        assertThat(ended.json().get("endedOn").asString()).isEqualTo("2026-06-30");

        long id = fx.publicised(family.id(), CASEWORKER);
        assertThat(flagKinds(fx.get(id))).as("ended before the application").isEmpty();
        assertThat(fx.get(id).at("/attention/countyVisitRequired").asBoolean()).isFalse();

        // registered again while the case is open: flagged from that day, and an earlier visit does not count
        var again = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "周小明", "idNumber", family.childId(),
                "relation", "GRANDCHILD", "registeredOn", "2026-10-16"));
        assertThat(again.status()).as("a new registration once the old one ended: " + again).isEqualTo(201);
        assertThat(fx.countyVisit(COUNTY, id, Map.of("on", "2026-10-12", "visitors", List.of("刘强", "陈芳"),
                "findings", "抽查")).status()).isEqualTo(200);
        JsonNode c = fx.get(id);
        assertThat(flagKinds(c)).containsExactly("RELATIVE_OF_STAFF");
        assertThat(c.at("/attention/flags/0/since").asString()).isEqualTo("2026-10-16");
        assertThat(c.at("/attention/countyVisitRequired").asBoolean()).as("visited before the registration").isTrue();
        assertThat(fx.decide(APPROVER, id, "2026-10-22").status()).isEqualTo(409);
        assertThat(fx.countyVisit(COUNTY, id, Map.of("on", "2026-10-16", "visitors", List.of("刘强", "陈芳"),
                "findings", "复查")).status()).isEqualTo(200);
        assertThat(fx.decide(APPROVER, id, "2026-10-22").status()).isEqualTo(200);
        assertThat(fx.audited("relative_registration", oldId)).containsExactlyInAnyOrder("relative.register",
                "relative.end");
    }

    @Test
    void theCountyRegistersVillageCommitteeMembersRelativesAndTheirCasesAreFlaggedToo() {
        var family = fx.family(SHIQIAO);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("committeeMember", Map.of("name", "石桥村 主任 赵刚", "post", "CHAIR", "villageCode", SHIQIAO));
        body.put("name", "吴秀兰");
        body.put("idNumber", family.spouseId());
        body.put("relation", "OTHER");
        body.put("relationNote", "配偶的妹妹");
        body.put("registeredOn", "2026-03-01");
        assertThat(fx.as(CASEWORKER).post("/api/v1/relatives", body).status())
                .as("committee members' relatives are the county's to register").isEqualTo(403);
        var r = fx.as(COUNTY).post("/api/v1/relatives", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().at("/staff/kind").asString()).isEqualTo("COMMITTEE_MEMBER");
        assertThat(r.json().at("/staff/regionCode").asString()).isEqualTo(SHIQIAO);
        assertThat(r.json().at("/staff/role").asString()).isEqualTo("CHAIR");
        assertThat(r.json().get("registeredBy").asString()).isEqualTo(COUNTY);
        assertThat(fx.as(COUNTY).post("/api/v1/relatives", body).status()).as("already registered and in force")
                .isEqualTo(409);

        Map<String, Object> elsewhere = new LinkedHashMap<>(body);
        elsewhere.put("committeeMember", Map.of("name", "赵刚", "post", "CHAIR", "villageCode", HEKOU_VILLAGE));
        assertThat(fields(fx.as(COUNTY).post("/api/v1/relatives", elsewhere)))
                .containsExactly("committeeMember.villageCode");

        long id = fx.intake(family.id(), "2026-10-12");
        JsonNode c = fx.get(id);
        assertThat(flagKinds(c)).containsExactly("RELATIVE_OF_STAFF");
        assertThat(c.at("/attention/flags/0/summary").asString()).contains("赵刚").contains("CHAIR")
                .contains("配偶的妹妹");
    }

    @Test
    void badInputNamesEveryFieldAndOnlyStaffRegister() {
        var bad = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", " ", "idNumber", "99019619800101123",
                "registeredOn", "2999-01-01"));
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "idNumber", "relation", "registeredOn");
        var other = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "某某",
                "idNumber", IntegrityFixtures.newIdNumber(java.time.LocalDate.of(1960, 1, 1)), "relation", "OTHER"));
        assertThat(fields(other)).containsExactly("relationNote");
        var unknownRelation = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "某某",
                "idNumber", IntegrityFixtures.newIdNumber(java.time.LocalDate.of(1960, 1, 1)), "relation", "COUSIN"));
        assertThat(fields(unknownRelation)).containsExactly("relation");

        Map<String, Object> ok = Map.of("name", "某某", "idNumber",
                IntegrityFixtures.newIdNumber(java.time.LocalDate.of(1960, 1, 1)), "relation", "PARENT");
        assertThat(fx.as(SUPERVISOR).post("/api/v1/relatives", ok).status()).isEqualTo(403);
        assertThat(fx.as("qingshan.revitalisation").post("/api/v1/relatives", ok).status()).isEqualTo(403);
        var coordinator = fx.as("shiqiao.coordinator").post("/api/v1/relatives", ok);
        assertThat(coordinator.status()).as(coordinator.toString()).isEqualTo(201);
        assertThat(coordinator.json().at("/staff/role").asString()).isEqualTo("VILLAGE_COORDINATOR");
        assertThat(coordinator.json().get("registeredOn").asString()).as("today when left out").isNotBlank();
    }

    @Test
    void theListIsScopedPagedAndMaskedAndEachEndsTheirOwn() {
        String id1 = IntegrityFixtures.newIdNumber(java.time.LocalDate.of(1955, 1, 1));
        var mine = fx.as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "王一", "idNumber", id1,
                "relation", "PARENT", "registeredOn", "2026-02-01"));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
        long mineId = mine.json().get("id").asLong();
        var approvers = fx.as(APPROVER).post("/api/v1/relatives", Map.of("name", "王二",
                "idNumber", IntegrityFixtures.newIdNumber(java.time.LocalDate.of(1956, 1, 1)), "relation", "SPOUSE"));
        assertThat(approvers.status()).isEqualTo(201);
        long approversId = approvers.json().get("id").asLong();

        var own = fx.as(CASEWORKER).get("/api/v1/relatives?size=200");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        own.json().get("items").forEach(i -> assertThat(i.at("/staff/username").asString()).isEqualTo(CASEWORKER));
        assertThat(ids(own.json())).contains(mineId).doesNotContain(approversId);
        assertThat(own.body()).doesNotContain(id1).contains(Masking.idNumber(id1));
        assertThat(fx.as(CASEWORKER).get("/api/v1/relatives/" + approversId).status())
                .as("a colleague's registrations are theirs").isEqualTo(404);

        var county = fx.as(COUNTY).get("/api/v1/relatives?size=200&inForce=true");
        assertThat(ids(county.json())).contains(mineId, approversId);
        assertThat(fx.as(SUPERVISOR).get("/api/v1/relatives/" + mineId).status()).isEqualTo(200);
        assertThat(fx.as("hekou.county").get("/api/v1/relatives/" + mineId).status()).isEqualTo(404);
        assertThat(ids(fx.as("hekou.county").get("/api/v1/relatives?size=200").json())).doesNotContain(mineId);
        var paged = fx.as(COUNTY).get("/api/v1/relatives?size=1&page=1");
        assertThat(paged.json().get("items").size()).isEqualTo(1);
        assertThat(paged.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(fields(fx.as(COUNTY).get("/api/v1/relatives?size=0&page=-1"))).containsExactlyInAnyOrder("size", "page");

        assertThat(fx.as(COUNTY).post("/api/v1/relatives/" + mineId + "/end", Map.of("version", 0, "reason", "x"))
                .status()).as("a staff member's own registration is theirs to end").isEqualTo(403);
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/relatives/" + mineId + "/end",
                Map.of("version", 0, "on", "2026-01-01", "reason", " "))))
                .containsExactlyInAnyOrder("on", "reason");
        assertThat(fx.as(CASEWORKER).post("/api/v1/relatives/" + mineId + "/end", Map.of("version", 3,
                "reason", "调岗")).status()).as("stale version").isEqualTo(409);
        var ended = fx.as(CASEWORKER).post("/api/v1/relatives/" + mineId + "/end", Map.of("version", 0,
                "reason", "调岗"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("version").asInt()).isEqualTo(1);
        assertThat(fx.as(CASEWORKER).post("/api/v1/relatives/" + mineId + "/end", Map.of("version", 1,
                "reason", "调岗")).status()).as("already ended").isEqualTo(409);
        assertThat(ids(fx.as(COUNTY).get("/api/v1/relatives?size=200&inForce=true").json())).doesNotContain(mineId);
        assertThat(ids(fx.as(COUNTY).get("/api/v1/relatives?size=200&inForce=false").json())).contains(mineId);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new java.util.ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}

package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.casework.IntegrityFixtures.APPROVER;
import static org.doudi.casework.IntegrityFixtures.CASEWORKER;
import static org.doudi.casework.IntegrityFixtures.CITY;
import static org.doudi.casework.IntegrityFixtures.COUNTY;
import static org.doudi.casework.IntegrityFixtures.QINGSHAN;
import static org.doudi.casework.IntegrityFixtures.QINGSHAN_TOWN;
import static org.doudi.casework.IntegrityFixtures.SHIQIAO;
import static org.doudi.casework.IntegrityFixtures.SUPERVISOR;
import static org.doudi.casework.IntegrityFixtures.fields;
import static org.doudi.casework.IntegrityFixtures.flagKinds;

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

/**
 * Complaints and appeals through HTTP: routed to the level that must answer, assigned, answered, closed;
 * overdue ones escalate to the office above; a complaint flags its case like a relative of staff does,
 * and an appeal that succeeds orders the case re-examined. Dates in the past are deliberate: the API's
 * {@code receivedOn} and {@code on} may be, and due dates are counted from them.
 */
@DoudiTest
class ComplaintsAndAppealsApiTest {

    static final String PROVINCE = "990000000000";

    @LocalServerPort
    int port;

    IntegrityFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new IntegrityFixtures(port);
    }

    @Test
    void aComplaintAboutACaseFlagsItAndOnlyACountyVisitAfterTheComplaintCounts() {
        long id = fx.publicised(fx.family(SHIQIAO).id(), CASEWORKER);
        var complaint = complain(CASEWORKER, about("CASE", id), "2026-10-16");
        assertThat(complaint.get("handlingOffice").asString()).as("a town's handling: the county answers").isEqualTo(QINGSHAN);
        assertThat(complaint.get("subjectOffice").asString()).isEqualTo(QINGSHAN_TOWN);
        assertThat(complaint.get("regionCode").asString()).isEqualTo(SHIQIAO);
        assertThat(complaint.get("dueOn").asString()).as("15 working days").isEqualTo("2026-11-06");

        JsonNode c = fx.get(id);
        assertThat(flagKinds(c)).containsExactly("COMPLAINT");
        assertThat(c.at("/attention/flags/0/since").asString()).isEqualTo("2026-10-16");
        assertThat(c.at("/attention/flags/0/sourceId").asLong()).isEqualTo(complaint.get("id").asLong());
        assertThat(c.at("/attention/countyVisitRequired").asBoolean()).isTrue();

        assertThat(fx.countyVisit(COUNTY, id, visit("2026-10-15")).status()).isEqualTo(200);
        var refused = fx.decide(APPROVER, id, "2026-10-22");
        assertThat(refused.status()).as("the visit came before the complaint: " + refused).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("county must visit first").contains("COMPLAINT")
                .contains("2026-10-16");

        assertThat(fx.countyVisit(COUNTY, id, visit("2026-10-20")).status()).isEqualTo(200);
        var decided = fx.decide(APPROVER, id, "2026-10-22");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().at("/attention/countyVisits").size()).isEqualTo(2);

        var ofCase = fx.as(COUNTY).get("/api/v1/complaints?caseId=" + id);
        assertThat(ids(ofCase.json())).containsExactly(complaint.get("id").asLong());
        assertThat(fx.audited("complaint", complaint.get("id").asLong())).containsExactly("complaint.record");
    }

    @Test
    void complaintsGoToTheLevelAboveTheOneComplainedAboutAndAppealsToTheLevelAboveTheDecider() {
        long byTown = fx.refused(fx.family(SHIQIAO).id(), APPROVER);
        long byCounty = fx.refused(fx.family(SHIQIAO).id(), COUNTY);
        long undecided = fx.intake(fx.family(SHIQIAO).id(), "2026-10-12");

        assertThat(complain(CASEWORKER, about("CASE", undecided), null).get("handlingOffice").asString())
                .isEqualTo(QINGSHAN);
        JsonNode townDecision = complain(CASEWORKER, about("DECISION", byTown), "2026-10-19");
        assertThat(townDecision.get("subjectOffice").asString()).isEqualTo(QINGSHAN_TOWN);
        assertThat(townDecision.get("handlingOffice").asString()).isEqualTo(QINGSHAN);
        JsonNode countyDecision = complain(CASEWORKER, about("DECISION", byCounty), "2026-10-19");
        assertThat(countyDecision.get("subjectOffice").asString()).isEqualTo(QINGSHAN);
        assertThat(countyDecision.get("handlingOffice").asString()).as("the county's decision: the city answers")
                .isEqualTo(CITY);

        Map<String, Object> caseworker = Map.of("kind", "STAFF", "username", CASEWORKER);
        assertThat(complain(APPROVER, caseworker, null).get("handlingOffice").asString()).isEqualTo(QINGSHAN);
        Map<String, Object> countyOfficer = Map.of("kind", "STAFF", "username", COUNTY);
        assertThat(complain(SUPERVISOR, countyOfficer, null).get("handlingOffice").asString()).isEqualTo(CITY);
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/complaints", complaintBody(countyOfficer, null))))
                .as("not a member of staff of the caseworker's region").containsExactly("about.username");

        Map<String, Object> village = Map.of("kind", "OFFICE", "regionCode", SHIQIAO, "person", "村委会主任");
        JsonNode aboutVillage = complain("shiqiao.coordinator", village, null);
        assertThat(aboutVillage.get("handlingOffice").asString()).isEqualTo(QINGSHAN);
        assertThat(aboutVillage.at("/about/person").asString()).isEqualTo("村委会主任");
        assertThat(complain(COUNTY, Map.of("kind", "OFFICE", "regionCode", QINGSHAN), null).get("handlingOffice")
                .asString()).isEqualTo(CITY);
        assertThat(complain(SUPERVISOR, Map.of("kind", "OFFICE", "regionCode", CITY), null).get("handlingOffice")
                .asString()).isEqualTo(PROVINCE);
        assertThat(fields(fx.as(SUPERVISOR).post("/api/v1/complaints",
                complaintBody(Map.of("kind", "OFFICE", "regionCode", PROVINCE), null))))
                .as("outside the supervisor's region").containsExactly("about.regionCode");

        JsonNode appealTown = appeal(CASEWORKER, byTown, "2026-10-20");
        assertThat(appealTown.get("handlingOffice").asString()).as("the town decided: the county answers")
                .isEqualTo(QINGSHAN);
        assertThat(appealTown.at("/about/kind").asString()).isEqualTo("DECISION");
        assertThat(appealTown.get("dueOn").asString()).as("60 days: Sat 19 December, so Monday").isEqualTo("2026-12-21");
        assertThat(appealTown.get("overdue").asBoolean()).isFalse();
        assertThat(appeal(COUNTY, byCounty, "2026-10-20").get("handlingOffice").asString())
                .as("the county decided: the city answers").isEqualTo(CITY);

        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/appeals", appealBody(undecided, null))))
                .containsExactly("caseId");
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/complaints",
                complaintBody(about("DECISION", undecided), null)))).containsExactly("about.caseId");
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/appeals", appealBody(byTown, "2026-10-14"))))
                .as("before the decision").containsExactly("receivedOn");
        assertThat(fields(fx.as("hekou.county").post("/api/v1/appeals", appealBody(byTown, null))))
                .as("another county's case").containsExactly("caseId");
    }

    @Test
    void aComplaintIsAssignedAnsweredAndClosedAndAnOverdueOneEscalatesToTheOfficeAbove() {
        Map<String, Object> town = Map.of("kind", "OFFICE", "regionCode", QINGSHAN_TOWN);
        JsonNode old = complain(COUNTY, town, "2026-09-21");
        long oldId = old.get("id").asLong();
        assertThat(old.get("dueOn").asString()).as("15 working days across the Mid-Autumn and National Day holidays")
                .isEqualTo("2026-10-19");
        assertThat(old.get("overdue").asBoolean()).isTrue();
        assertThat(old.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(old.get("escalatedTo").asString()).isEqualTo(CITY);
        JsonNode fresh = complain(COUNTY, town, null);
        long freshId = fresh.get("id").asLong();
        assertThat(fresh.get("overdue").asBoolean()).isFalse();
        assertThat(fresh.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(fresh.get("escalatedTo").isNull()).isTrue();

        assertThat(ids(list(COUNTY, "overdue=true"))).contains(oldId).doesNotContain(freshId);
        assertThat(ids(list(COUNTY, "state=ESCALATED"))).contains(oldId).doesNotContain(freshId);
        assertThat(ids(list(COUNTY, "state=RECEIVED"))).contains(freshId).doesNotContain(oldId);
        assertThat(ids(list(SUPERVISOR, "overdue=true"))).as("the city sees what escalated to it").contains(oldId);
        JsonNode listed = list(COUNTY, "size=200").get("items");
        for (JsonNode item : listed) {
            if (item.get("id").asLong() == oldId) {
                assertThat(item.get("overdue").asBoolean()).isTrue();
            }
        }
        assertThat(fields(fx.as(COUNTY).get("/api/v1/complaints?size=0&page=-1"))).containsExactlyInAnyOrder("size", "page");

        // who complained is for the offices that answer, not for those complained about
        assertThat(fx.as(COUNTY).get("/api/v1/complaints/" + oldId).json().get("complainant").asString())
                .isEqualTo("村民 李四");
        assertThat(fx.as(SUPERVISOR).get("/api/v1/complaints/" + oldId).json().get("contact").asString())
                .isEqualTo("13800000000");
        JsonNode seenByTown = fx.as(APPROVER).get("/api/v1/complaints/" + oldId).json();
        assertThat(seenByTown.get("summary").asString()).isNotBlank();
        assertThat(seenByTown.get("complainant").isNull()).isTrue();
        assertThat(seenByTown.get("contact").isNull()).isTrue();

        assertThat(fx.as("hekou.county").get("/api/v1/complaints/" + oldId).status()).isEqualTo(404);
        assertThat(ids(list("hekou.county", "size=200"))).doesNotContain(oldId, freshId);
        assertThat(fx.as("hekou.county").post("/api/v1/complaints/" + oldId + "/assign",
                Map.of("version", 0, "assignee", "hekou.county")).status()).isEqualTo(404);
        assertThat(fx.as("hekou.county").get("/api/v1/appeals/" + oldId).status()).isEqualTo(404);

        // the fresh one, by the county: assign, answer, close
        String assign = "/api/v1/complaints/" + freshId + "/assign";
        assertThat(fx.as(CASEWORKER).post(assign, Map.of("version", 0, "assignee", COUNTY)).status()).isEqualTo(403);
        assertThat(fields(fx.as(COUNTY).post(assign, Map.of("assignee", COUNTY)))).containsExactly("version");
        assertThat(fields(fx.as(COUNTY).post(assign, Map.of("version", 0, "assignee", "hekou.county"))))
                .containsExactly("assignee");
        assertThat(fields(fx.as(COUNTY).post(assign, Map.of("version", 0, "assignee", CASEWORKER, "on", "2999-01-01"))))
                .containsExactlyInAnyOrder("assignee", "on");
        assertThat(fx.as(COUNTY).post(assign, Map.of("version", 5, "assignee", COUNTY)).status()).isEqualTo(409);
        JsonNode assigned = ok(fx.as(COUNTY).post(assign, Map.of("version", 0, "assignee", COUNTY)));
        assertThat(assigned.get("state").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("assignedTo").asString()).isEqualTo(COUNTY);
        assertThat(assigned.get("version").asInt()).isEqualTo(1);
        assertThat(ids(list(COUNTY, "mine=true&size=200"))).contains(freshId);

        String answer = "/api/v1/complaints/" + freshId + "/answer";
        assertThat(fx.as(SUPERVISOR).post(answer, Map.of("version", 1, "finding", "UNSUBSTANTIATED", "text", "x"))
                .status()).as("only the officer it is assigned to answers").isEqualTo(403);
        assertThat(fields(fx.as(COUNTY).post(answer, Map.of("version", 1, "finding", "DECISION_CONFIRMED", "text", " "))))
                .containsExactlyInAnyOrder("finding", "text");
        JsonNode answered = ok(fx.as(COUNTY).post(answer, Map.of("version", 1, "finding", "UNSUBSTANTIATED",
                "text", "经核查，镇政府按程序办理")));
        assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("finding").asString()).isEqualTo("UNSUBSTANTIATED");
        assertThat(answered.get("answeredLate").asBoolean()).isFalse();
        assertThat(fx.as(COUNTY).post(answer, Map.of("version", 2, "finding", "SUBSTANTIATED", "text", "x")).status())
                .as("answered once").isEqualTo(409);

        String close = "/api/v1/complaints/" + freshId + "/close";
        assertThat(fields(fx.as(COUNTY).post(close, Map.of("version", 2, "note", " ")))).containsExactly("note");
        JsonNode closed = ok(fx.as(COUNTY).post(close, Map.of("version", 2, "note", "电话告知投诉人，投诉人表示认可")));
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(fx.as(COUNTY).post(close, Map.of("version", 3, "note", "x")).status()).isEqualTo(409);
        assertThat(fx.audited("complaint", freshId)).containsExactly("complaint.record", "complaint.assign",
                "complaint.answer", "complaint.close");

        // the overdue one: not closed before it is answered; the city takes it over and answers it, late
        assertThat(fx.as(COUNTY).post("/api/v1/complaints/" + oldId + "/close", Map.of("version", 0, "note", "x"))
                .status()).isEqualTo(409);
        JsonNode takenOver = ok(fx.as(SUPERVISOR).post("/api/v1/complaints/" + oldId + "/assign",
                Map.of("version", 0, "assignee", SUPERVISOR)));
        assertThat(takenOver.get("handlingOffice").asString()).isEqualTo(CITY);
        assertThat(takenOver.get("takenOverFrom").asString()).isEqualTo(QINGSHAN);
        assertThat(takenOver.get("state").asString()).as("taken over: it escalates no further").isEqualTo("ASSIGNED");
        assertThat(takenOver.get("overdue").asBoolean()).isTrue();
        assertThat(fx.as(COUNTY).post("/api/v1/complaints/" + oldId + "/assign",
                Map.of("version", 1, "assignee", COUNTY)).status()).as("no longer the county's").isEqualTo(403);
        JsonNode late = ok(fx.as(SUPERVISOR).post("/api/v1/complaints/" + oldId + "/answer",
                Map.of("version", 1, "finding", "PARTLY_SUBSTANTIATED", "text", "责成镇政府整改")));
        assertThat(late.get("answeredLate").asBoolean()).isTrue();
        assertThat(late.get("overdue").asBoolean()).as("answered: no longer overdue").isFalse();
        assertThat(ids(list(COUNTY, "state=ANSWERED&size=200"))).contains(oldId);
    }

    @Test
    void anAppealThatSucceedsOrdersTheCaseReexamined() {
        long id = fx.refused(fx.family(SHIQIAO).id(), APPROVER);
        JsonNode appeal = appeal(CASEWORKER, id, "2026-10-20");
        long appealId = appeal.get("id").asLong();
        assertThat(appeal.get("complainant").asString()).as("the recorder knows who appealed").isEqualTo("周大成");
        assertThat(fx.as(COUNTY).get("/api/v1/complaints/" + appealId).status()).as("an appeal, not a complaint")
                .isEqualTo(404);
        assertThat(flagKinds(fx.get(id))).as("an appeal is not a complaint").isEmpty();

        ok(fx.as(COUNTY).post("/api/v1/appeals/" + appealId + "/assign", Map.of("version", 0, "assignee", COUNTY,
                "on", "2026-10-21")));
        assertThat(fields(fx.as(COUNTY).post("/api/v1/appeals/" + appealId + "/answer", Map.of("version", 1,
                "finding", "SUBSTANTIATED", "text", "x", "on", "2026-10-20")))).containsExactlyInAnyOrder("finding", "on");
        JsonNode answered = ok(fx.as(COUNTY).post("/api/v1/appeals/" + appealId + "/answer", Map.of("version", 1,
                "finding", "REEXAMINATION_ORDERED", "text", "原决定认定家庭财产有误，撤销并责令重新审核", "on", "2026-11-02")));
        assertThat(answered.get("finding").asString()).isEqualTo("REEXAMINATION_ORDERED");

        JsonNode c = fx.get(id);
        assertThat(flagKinds(c)).containsExactly("REEXAMINATION_ORDERED");
        assertThat(c.at("/attention/flags/0/since").asString()).isEqualTo("2026-11-02");
        assertThat(c.at("/attention/flags/0/sourceId").asLong()).isEqualTo(appealId);
        assertThat(c.at("/attention/countyVisitRequired").asBoolean()).isFalse();
        assertThat(fx.audited("case", id)).contains("case.reexamination-ordered");
        assertThat(fx.audited("appeal", appealId)).containsExactly("appeal.record", "appeal.assign", "appeal.answer");
        assertThat(ids(fx.as(COUNTY).get("/api/v1/appeals?caseId=" + id).json())).containsExactly(appealId);

        long confirmed = fx.refused(fx.family(SHIQIAO).id(), APPROVER);
        long other = appeal(CASEWORKER, confirmed, "2026-10-20").get("id").asLong();
        ok(fx.as(COUNTY).post("/api/v1/appeals/" + other + "/assign", Map.of("version", 0, "assignee", COUNTY)));
        ok(fx.as(COUNTY).post("/api/v1/appeals/" + other + "/answer", Map.of("version", 1,
                "finding", "DECISION_CONFIRMED", "text", "维持原决定")));
        assertThat(flagKinds(fx.get(confirmed))).isEmpty();
    }

    @Test
    void badInputNamesEveryFieldAndOnlyReceivingOfficesRecord() {
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/complaints", Map.of())))
                .containsExactlyInAnyOrder("about.kind", "channel", "summary");
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/complaints", Map.of("about", Map.of("kind", "CASE"),
                "channel", "PHONE", "summary", "x", "receivedOn", "2999-01-01"))))
                .containsExactlyInAnyOrder("about.caseId", "receivedOn");
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/complaints", Map.of("about", Map.of("kind", "OFFICE",
                "regionCode", SHIQIAO), "channel", "FAX", "summary", "x")))).containsExactly("channel");
        assertThat(fields(fx.as(CASEWORKER).post("/api/v1/appeals", Map.of())))
                .containsExactlyInAnyOrder("caseId", "appellant", "channel", "summary");
        assertThat(fx.as("qingshan.revitalisation").post("/api/v1/complaints",
                complaintBody(Map.of("kind", "OFFICE", "regionCode", QINGSHAN), null)).status()).isEqualTo(403);
        assertThat(fx.as("admin").post("/api/v1/appeals", appealBody(1, null)).status()).isEqualTo(403);
        assertThat(fields(fx.as(COUNTY).get("/api/v1/complaints?state=WAITING"))).containsExactly("state");
    }

    @Test
    void theOpenApiDocumentDescribesTheNewResources() {
        var doc = fx.as(CASEWORKER).get("/api/v1/openapi");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        for (String path : List.of("/api/v1/complaints", "/api/v1/complaints/{id}/assign", "/api/v1/appeals",
                "/api/v1/appeals/{id}/answer", "/api/v1/relatives", "/api/v1/relatives/{id}/end",
                "/api/v1/cases/{id}/county-visit")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    // ---- helpers

    static Map<String, Object> about(String kind, long caseId) {
        return Map.of("kind", kind, "caseId", caseId);
    }

    static Map<String, Object> visit(String on) {
        return Map.of("on", on, "visitors", List.of("县民政局 刘强", "县民政局 陈芳"), "findings", "入户核实");
    }

    static Map<String, Object> complaintBody(Map<String, Object> about, String receivedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("about", about);
        body.put("complainant", "村民 李四");
        body.put("contact", "13800000000");
        body.put("channel", "HOTLINE");
        body.put("summary", "反映低保评定不公");
        if (receivedOn != null) {
            body.put("receivedOn", receivedOn);
        }
        return body;
    }

    static Map<String, Object> appealBody(long caseId, String receivedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", caseId);
        body.put("appellant", "周大成");
        body.put("channel", "IN_PERSON");
        body.put("summary", "不服不予认定低保的决定，申请复议");
        if (receivedOn != null) {
            body.put("receivedOn", receivedOn);
        }
        return body;
    }

    JsonNode complain(String user, Map<String, Object> about, String receivedOn) {
        var r = fx.as(user).post("/api/v1/complaints", complaintBody(about, receivedOn));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode appeal(String user, long caseId, String receivedOn) {
        var r = fx.as(user).post("/api/v1/appeals", appealBody(caseId, receivedOn));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode list(String user, String query) {
        var r = fx.as(user).get("/api/v1/complaints?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static JsonNode ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}

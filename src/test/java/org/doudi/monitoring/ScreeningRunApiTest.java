package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.monitoring.MonitoringFixtures.CASEWORKER;
import static org.doudi.monitoring.MonitoringFixtures.COUNTY;
import static org.doudi.monitoring.MonitoringFixtures.SHIQIAO;
import static org.doudi.monitoring.MonitoringFixtures.fields;
import static org.doudi.monitoring.MonitoringFixtures.member;
import static org.doudi.monitoring.MonitoringFixtures.thisMonth;
import static org.doudi.monitoring.MonitoringFixtures.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.doudi.monitoring.internal.CrashAfterChunk;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Screening runs through HTTP, and the warnings they raise followed to their outcome: a death with a 低保 still
 * paid, medical bills over the threshold, no duplicates, incremental runs, a run killed between chunks.
 */
@DoudiTest
class ScreeningRunApiTest {

    @LocalServerPort
    int port;

    MonitoringFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MonitoringFixtures(port);
    }

    @Test
    void aDeathWithADibaoStillPaidRaisesAWarningWhoseVerifyAndStopEndsTheBenefitFromNextMonth() {
        Map<String, Object> sun = member("孙秀英", "HEAD", LocalDate.of(1950, 4, 2));
        long household = fx.household(SHIQIAO, List.of(sun));
        JsonNode benefit = fx.dibaoGranted(household);
        assertThat(benefit.get("toMonth").isNull()).as("in force: " + benefit).isTrue();
        JsonNode person = fx.members(household).get(0);
        fx.deathReported((String) sun.get("idNumber"), "孙秀英", today().minusDays(3));

        JsonNode run = fx.screenShiqiao();
        assertThat(run.get("warningsCreated").asLong()).isPositive();
        List<JsonNode> warnings = fx.warnings(household, "DEAD_PERSON_PAID");
        assertThat(warnings).hasSize(1);
        JsonNode w = fx.warning(CASEWORKER, warnings.get(0).get("id").asLong());
        assertThat(w.get("personId").asLong()).isEqualTo(person.get("personId").asLong());
        assertThat(w.get("kind").asString()).isEqualTo("MAY_NO_LONGER_QUALIFY");
        assertThat(w.get("responsibleRole").asString()).isEqualTo("TOWN_CASEWORKER");
        assertThat(w.get("message").asString()).startsWith("孙秀英已于" + today().minusDays(3));
        assertThat(w.get("dueOn").asString()).isGreaterThan(today().toString());
        assertThat(w.get("allowedOutcomes")).extracting(JsonNode::asString).doesNotContain("VERIFY_AND_STOP");

        long id = w.get("id").asLong();
        var early = fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version",
                w.get("version").asInt(), "outcome", "VERIFY_AND_STOP", "endReason", "DEATH"));
        assertThat(early.status()).as("stopping needs the check on the ground first").isEqualTo(409);
        var byCoordinator = fx.as(MonitoringFixtures.COORDINATOR).post("/api/v1/warnings/" + id + "/assign",
                Map.of("version", w.get("version").asInt()));
        assertThat(byCoordinator.status()).as("the caseworker's warning").isEqualTo(403);

        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/assign", Map.of("version", w.get("version").asInt())));
        assertThat(w.get("state").asString()).isEqualTo("ASSIGNED");
        assertThat(w.get("assignee").asString()).isEqualTo(CASEWORKER);
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/verify", Map.of("version", w.get("version").asInt(),
                "finding", "CONFIRMED", "note", "火化证明已核实")));
        assertThat(w.get("allowedOutcomes")).extracting(JsonNode::asString).contains("VERIFY_AND_STOP");
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version", w.get("version").asInt(),
                "outcome", "VERIFY_AND_STOP", "endReason", "DEATH")));
        assertThat(w.get("state").asString()).isEqualTo("CLOSED");
        assertThat(w.at("/closing/stoppedBenefits/0").asLong()).isEqualTo(benefit.get("id").asLong());

        JsonNode stopped = fx.benefits(household).get(0);
        assertThat(stopped.get("toMonth").asString()).as("paid this month, not from next month")
                .isEqualTo(thisMonth().toString());
        assertThat(stopped.get("endReason").asString()).isEqualTo("DEATH");
        List<String> events = new ArrayList<>();
        w.get("events").forEach(e -> events.add(e.get("action").asString()));
        assertThat(events).containsExactly("RAISED", "ASSIGNED", "VERIFIED", "CLOSED");

        fx.screenShiqiao();
        assertThat(fx.warnings(household, "DEAD_PERSON_PAID")).as("nothing paid any more: no new warning").hasSize(1);
        var audit = fx.as("admin").get("/api/v1/audit?entityType=warning&entityId=" + id + "&size=50");
        List<String> audited = new ArrayList<>();
        audit.json().get("items").forEach(e -> audited.add(e.get("action").asString()));
        assertThat(audited).containsExactlyInAnyOrder("warning.assign", "warning.verify", "warning.decide");
    }

    @Test
    void medicalBillsOverTheThresholdRaiseAWarningThatOpensAMonitoringIdentificationInOneAction() {
        long household = fx.family(SHIQIAO);
        fx.expense(household, "MEDICAL", "6500", thisMonth().minusMonths(2));
        fx.expense(household, "MEDICAL", "5800.50", thisMonth().minusMonths(1));
        fx.screenShiqiao();
        List<JsonNode> warnings = fx.warnings(household, "MEDICAL_OVER_THRESHOLD");
        assertThat(warnings).hasSize(1);
        JsonNode w = fx.warning(CASEWORKER, warnings.get(0).get("id").asLong());
        assertThat(w.get("message").asString()).contains("12300.5元").contains("10000元");
        assertThat(w.get("programme").asString()).isEqualTo("MONITORING");

        long id = w.get("id").asLong();
        var unknown = fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version",
                w.get("version").asInt(), "outcome", "START_APPLICATION", "programme", "WUBAO"));
        assertThat(fields(unknown)).as("no such programme").containsExactly("programme");
        assertThat(fx.warning(CASEWORKER, id).get("state").asString()).as("nothing changed").isEqualTo("OPEN");

        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version", w.get("version").asInt(),
                "outcome", "START_APPLICATION")));
        assertThat(w.at("/closing/outcome").asString()).isEqualTo("START_APPLICATION");
        long monitored = w.at("/closing/monitoredId").asLong();
        var record = fx.as(CASEWORKER).get("/api/v1/monitored-households/" + monitored);
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json().get("householdId").asLong()).isEqualTo(household);
        assertThat(record.json().get("state").asString()).isEqualTo("LEAD");
        assertThat(record.json().get("leadSource").asString()).isEqualTo("DEPARTMENT_SCREENING");
        assertThat(record.json().get("warningId").asLong()).isEqualTo(id);
        assertThat(record.json().get("suggestedType").asString()).as("income above the line, bills below it")
                .isEqualTo("SUDDEN_HARDSHIP");
        assertThat(record.json().get("dueOn").asString()).isEqualTo(today().plusDays(15).toString());

        fx.screenShiqiao();
        assertThat(fx.warnings(household, "MEDICAL_OVER_THRESHOLD")).as("being identified now: no new warning")
                .hasSize(1);
    }

    @Test
    void medicalBillsOverTheThresholdCanOpenATemporaryAssistanceCaseByTheWarningChannelInOneAction() {
        long household = fx.family(SHIQIAO);
        fx.expense(household, "MEDICAL", "9000", thisMonth().minusMonths(2));
        fx.expense(household, "MEDICAL", "4000", thisMonth().minusMonths(1));
        fx.screenShiqiao();
        List<JsonNode> warnings = fx.warnings(household, "MEDICAL_OVER_THRESHOLD");
        assertThat(warnings).hasSize(1);
        long id = warnings.get(0).get("id").asLong();
        JsonNode w = fx.warning(CASEWORKER, id);
        w = ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version", w.get("version").asInt(),
                "outcome", "START_APPLICATION", "programme", "TEMPORARY")));
        assertThat(w.get("state").asString()).isEqualTo("CLOSED");
        long caseId = w.at("/closing/caseId").asLong();
        JsonNode c = ok(fx.as(CASEWORKER).get("/api/v1/cases/" + caseId));
        assertThat(c.get("programme").asString()).isEqualTo("TEMPORARY");
        assertThat(c.get("householdId").asLong()).isEqualTo(household);
        assertThat(c.at("/intake/channel").asString()).isEqualTo("WARNING");
        assertThat(c.at("/intake/warningId").asLong()).isEqualTo(id);
        assertThat(c.at("/temporary/kind").asString()).isEqualTo("EXPENDITURE");
    }

    @Test
    void aSecondRunRaisesNoDuplicateOfAnOpenWarningAndADismissedOneStaysQuiet() {
        long household = fx.family(SHIQIAO);
        fx.expense(household, "MEDICAL", "15000", thisMonth().minusMonths(1));
        JsonNode first = fx.screenShiqiao();
        assertThat(fx.warnings(household, "MEDICAL_OVER_THRESHOLD")).hasSize(1);
        JsonNode second = fx.screenShiqiao();
        assertThat(fx.warnings(household, "MEDICAL_OVER_THRESHOLD")).as("de-duplicated").hasSize(1);
        assertThat(second.get("alreadyOpen").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(second.get("householdsTotal").asLong()).isGreaterThanOrEqualTo(first.get("householdsTotal").asLong());

        JsonNode w = fx.warnings(household, "MEDICAL_OVER_THRESHOLD").get(0);
        long id = w.get("id").asLong();
        JsonNode full = fx.warning(CASEWORKER, id);
        var noReason = fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version",
                full.get("version").asInt(), "outcome", "DISMISSED"));
        assertThat(fields(noReason)).containsExactly("note");
        ok(fx.as(CASEWORKER).post("/api/v1/warnings/" + id + "/outcome", Map.of("version", full.get("version").asInt(),
                "outcome", "DISMISSED", "note", "费用已由大病保险报销")));
        JsonNode third = fx.screenShiqiao();
        assertThat(fx.warnings(household, "MEDICAL_OVER_THRESHOLD")).as("quiet for the rule's 90 days").hasSize(1);
        assertThat(third.get("quiet").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anIncrementalRunScreensOnlyTheHouseholdsTouchedSinceTheLastRun() {
        long untouched = fx.family(SHIQIAO);
        long touched = fx.family(SHIQIAO);
        JsonNode full = fx.screenShiqiao();
        fx.expense(untouched, "MEDICAL", "100", thisMonth().minusMonths(1)); // touched too, but below the threshold
        fx.expense(touched, "MEDICAL", "20000", thisMonth().minusMonths(1));
        JsonNode incremental = fx.screen(Map.of("regionCode", SHIQIAO, "mode", "INCREMENTAL"));
        assertThat(incremental.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(incremental.get("since").asString()).as("the full run's start").isEqualTo(full.get("startedAt").asString());
        assertThat(incremental.get("householdsDone").asLong()).as("only what changed")
                .isGreaterThanOrEqualTo(2).isLessThan(full.get("householdsDone").asLong());
        assertThat(incremental.get("householdsDone").asLong()).isEqualTo(incremental.get("householdsTotal").asLong());
        assertThat(fx.warnings(touched, "MEDICAL_OVER_THRESHOLD")).hasSize(1);
        assertThat(fx.warnings(untouched, "MEDICAL_OVER_THRESHOLD")).isEmpty();
    }

    @Test
    void aRunKilledBetweenChunksResumesFromItsCheckpointAndScreensEveryHouseholdOnce() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long h = fx.family(SHIQIAO);
            fx.expense(h, "MEDICAL", "11000", thisMonth().minusMonths(1));
            mine.add(h);
        }
        CrashAfterChunk.arm(2);
        var started = fx.as(COUNTY).post("/api/v1/screening-runs", Map.of("regionCode", SHIQIAO, "chunkSize", 3));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        JsonNode killed = fx.awaitRun(id, r -> !r.get("live").asBoolean());
        assertThat(killed.get("state").asString()).as("nobody marked it: it just stopped").isEqualTo("RUNNING");
        assertThat(killed.get("chunksDone").asInt()).isEqualTo(2);
        assertThat(killed.get("householdsDone").asLong()).isEqualTo(6);
        long checkpoint = killed.get("lastHouseholdId").asLong();
        assertThat(killed.get("householdsTotal").asLong()).isGreaterThan(6);

        var blocked = fx.as(COUNTY).post("/api/v1/screening-runs", Map.of("regionCode", SHIQIAO));
        assertThat(blocked.status()).as("the interrupted run covers 石桥村").isEqualTo(409);
        assertThat(blocked.json().get("detail").asString()).contains("run " + id).contains("resume it");

        var resumed = fx.as(COUNTY).post("/api/v1/screening-runs/" + id + "/resume", Map.of());
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(202);
        JsonNode done = fx.awaitRun(id, r -> !"RUNNING".equals(r.get("state").asString()));
        assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("householdsDone").asLong()).as("each household once, none twice")
                .isEqualTo(done.get("householdsTotal").asLong());
        assertThat(done.get("chunksDone").asLong())
                .isEqualTo((done.get("householdsTotal").asLong() + 2) / 3);
        assertThat(done.get("lastHouseholdId").asLong()).isGreaterThan(checkpoint);
        for (long h : mine) {
            assertThat(fx.warnings(h, "MEDICAL_OVER_THRESHOLD")).as("household " + h).hasSize(1);
        }
        long raised = 0;
        for (JsonNode rule : done.get("rules")) {
            raised += rule.get("warningsCreated").asLong();
        }
        assertThat(raised).isEqualTo(done.get("warningsCreated").asLong());
        assertThat(fx.as(COUNTY).post("/api/v1/screening-runs/" + id + "/resume", Map.of()).status())
                .as("a completed run").isEqualTo(409);
    }

    @Test
    void anOverdueWarningGoesUpALevelWithANewDueDate() {
        long household = fx.family(SHIQIAO);
        String code = "TEST_ESCALATE_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("name", "逾期升级测试");
        text.put("subject", "HOUSEHOLD");
        text.put("expression", "household.id == " + household);
        text.put("severity", "LOW");
        text.put("kind", "CASE_BY_CASE");
        text.put("ownerRole", "VILLAGE_COORDINATOR");
        text.put("deadlineDays", 2);
        text.put("messageTemplate", "家庭{household.id}需一事一议");
        assertThat(fx.as(COUNTY).post("/api/v1/screening-rules", Map.of("code", code, "text", text)).status())
                .isEqualTo(201);
        assertThat(fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/activate", Map.of("ruleVersion", 1))
                .status()).isEqualTo(200);
        // the month's run, redone late: raised three weeks ago, due two working days later
        JsonNode run = fx.screen(Map.of("regionCode", SHIQIAO, "asOf", today().minusDays(21).toString()));
        assertThat(run.get("state").asString()).isEqualTo("COMPLETED");
        fx.as(COUNTY).post("/api/v1/screening-rules/" + code + "/deactivate", Map.of());
        JsonNode w = fx.warnings(household, code).get(0);
        assertThat(w.get("overdue").asBoolean()).isTrue();
        assertThat(w.get("responsibleRole").asString()).isEqualTo("VILLAGE_COORDINATOR");

        assertThat(fx.as(CASEWORKER).post("/api/v1/warnings/escalations", Map.of()).status()).isEqualTo(403);
        var escalation = fx.as(COUNTY).post("/api/v1/warnings/escalations", Map.of());
        assertThat(escalation.status()).as(escalation.toString()).isEqualTo(200);
        assertThat(escalation.json().get("escalated").asInt()).isPositive();
        JsonNode up = fx.warning(CASEWORKER, w.get("id").asLong());
        assertThat(up.get("responsibleRole").asString()).isEqualTo("TOWN_CASEWORKER");
        assertThat(up.get("escalations").asInt()).isEqualTo(1);
        assertThat(up.get("overdue").asBoolean()).as("a new due date").isFalse();
        assertThat(up.at("/events/1/action").asString()).isEqualTo("ESCALATED");
        var inbox = fx.as(CASEWORKER).get("/api/v1/warnings?ruleCode=" + code);
        assertThat(inbox.json().get("items")).extracting(i -> i.get("id").asLong()).contains(w.get("id").asLong());
        var coordinatorStillActs = fx.as(MonitoringFixtures.COORDINATOR).post("/api/v1/warnings/" + w.get("id").asLong()
                + "/assign", Map.of("version", up.get("version").asInt()));
        assertThat(coordinatorStillActs.status()).as(coordinatorStillActs.toString()).isEqualTo(200);
    }

    private static JsonNode ok(org.doudi.testing.Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }
}

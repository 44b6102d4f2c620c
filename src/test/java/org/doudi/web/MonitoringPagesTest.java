package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.monitoring.MonitoringFixtures.CASEWORKER;
import static org.doudi.monitoring.MonitoringFixtures.COORDINATOR;
import static org.doudi.monitoring.MonitoringFixtures.COUNTY;
import static org.doudi.monitoring.MonitoringFixtures.SHIQIAO;
import static org.doudi.monitoring.MonitoringFixtures.thisMonth;

import java.util.concurrent.ThreadLocalRandom;

import org.doudi.monitoring.MonitoringFixtures;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The monitoring pages over HTTP with a signed-in session: inbox, warning, monitored household, rule editor. */
@DoudiTest
class MonitoringPagesTest {

    @LocalServerPort
    int port;

    MonitoringFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MonitoringFixtures(port);
    }

    @Test
    void aCaseworkerOpensAWarningFromTheInboxAndStartsTheIdentificationWithOneButton() {
        long household = fx.family(SHIQIAO);
        fx.expense(household, "MEDICAL", "18000", thisMonth().minusMonths(1));
        fx.screenShiqiao();
        JsonNode w = fx.warnings(household, "MEDICAL_OVER_THRESHOLD").get(0);
        long id = w.get("id").asLong();

        WebSession web = WebSession.signIn(port, CASEWORKER);
        var inbox = web.get("/warnings?state=OPEN");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("href=\"/warnings/" + id + "\"").contains("医疗自付费用超过预警线");

        var page = web.get("/warnings/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("message")).contains("近12个月医疗自付18000元");
        assertThat(page.textOf("state")).isEqualTo("待处理");
        String version = Integer.toString(fx.warning(CASEWORKER, id).get("version").asInt());

        var noReason = web.post("/warnings/" + id + "/outcome", "version", version, "outcome", "DISMISSED");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("error-summary").contains("请填写决定或理由");
        var badDate = web.post("/warnings/" + id + "/outcome", "version", version, "outcome", "DISMISSED",
                "note", "x", "on", "昨天");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("请检查日期");

        var started = web.post("/warnings/" + id + "/outcome", "version", version, "outcome", "START_APPLICATION");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.path()).startsWith("/monitored-households/");
        assertThat(started.textOf("state")).isEqualTo("线索核实中");
        assertThat(started.body()).contains("已根据预警启动防止返贫监测识别");
    }

    @Test
    void theMonitoredHouseholdPageTakesTheNextStepAndSaysWhatIsWrong() {
        long household = fx.family(SHIQIAO, "1500");
        var lead = fx.as(COORDINATOR).post("/api/v1/monitored-households", java.util.Map.of("householdId", household,
                "source", "SELF_DECLARATION"));
        assertThat(lead.status()).isEqualTo(201);
        long id = lead.json().get("id").asLong();
        WebSession web = WebSession.signIn(port, COORDINATOR);
        var page = web.get("/monitored-households/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("入户核实（签署授权书）");

        var unsigned = web.post("/monitored-households/" + id + "/authorisation", "version",
                lead.json().get("version").asString(), "findings", "核实");
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.body()).contains("请填写签署授权书的家庭成员");
        var done = web.post("/monitored-households/" + id + "/authorisation", "version",
                lead.json().get("version").asString(), "signedBy", "林国强", "findings", "收入下降属实");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.textOf("state")).isEqualTo("已入户核实");
        assertThat(done.body()).contains("村级评议");

        var list = web.get("/monitored-households");
        assertThat(list.body()).contains("href=\"/monitored-households/" + id + "\"");
    }

    @Test
    void theRuleEditorRefusesAnExpressionWithItsCelErrorTriesAVersionAndDryRunsIt() {
        String code = "PAGE_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        WebSession web = WebSession.signIn(port, COUNTY);
        assertThat(web.get("/screening-rules").body()).contains("DEAD_PERSON_PAID");
        assertThat(web.get("/screening-rules/new").status()).isEqualTo(200);

        String[] rule = {"code", code, "ruleName", "百岁老人", "subject", "MEMBER", "expression", "member.agee >= 100",
                "messageTemplate", "{member.name}年满百岁", "severity", "LOW", "kind", "CASE_BY_CASE",
                "ownerRole", "TOWN_CASEWORKER", "deadlineDays", "10", "quietDays", "90"};
        var bad = web.post("/screening-rules", rule);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("请检查条件").contains("undefined field &#39;agee&#39;");
        rule[7] = "member.age >= 100";
        var created = web.post("/screening-rules", rule);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.path()).isEqualTo("/screening-rules/" + code);
        assertThat(created.textOf("active-version")).isEqualTo("未启用");

        long household = fx.family(SHIQIAO);
        var tried = web.post("/screening-rules/" + code + "/try", "ruleName", "百岁老人", "subject", "MEMBER",
                "expression", "member.age >= 40", "messageTemplate", "{member.name}（{member.age}岁）",
                "severity", "LOW", "kind", "CASE_BY_CASE", "ownerRole", "TOWN_CASEWORKER", "deadlineDays", "10",
                "householdIds", Long.toString(household));
        assertThat(tried.status()).isEqualTo(200);
        assertThat(tried.textOf("trial-count")).isEqualTo("1 户中命中 1 户");
        assertThat(tried.body()).contains("林国强（46岁）");

        var dry = web.post("/screening-rules/" + code + "/dry-run", "ruleVersion", "1", "regionCode", SHIQIAO);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.path()).startsWith("/screening-runs/");
        long run = Long.parseLong(dry.path().substring("/screening-runs/".length()));
        fx.awaitRun(run, r -> "COMPLETED".equals(r.get("state").asString()));
        var progress = web.get("/screening-runs/" + run);
        assertThat(progress.textOf("run-state")).isEqualTo("已完成");
        assertThat(progress.body()).contains("run-progress").contains("value=\"100\"");
        var fragment = web.get("/screening-runs/" + run, "HX-Request", "true");
        assertThat(fragment.body()).startsWith("<section id=\"progress\"").doesNotContain("<html");
    }
}

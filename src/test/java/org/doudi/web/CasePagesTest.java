package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.testing.DibaoCases;
import org.doudi.testing.DocumentFontAvailable;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.PdfText;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The case pages without JavaScript: the inbox and its tabs, intake and 一次性告知, the step forms and their
 * errors, someone else's change, maker-checker in the UI, the decision page, the publicity list.
 */
@DoudiTest
class CasePagesTest {

    static final Pattern ROW = Pattern.compile("<tr data-case=\"(\\d+)\"(?: data-awaiting=\"(\\w+)\")?");

    @LocalServerPort
    int port;

    DibaoCases cases() {
        return new DibaoCases(port);
    }

    /** The case ids of a list page, with what each awaits. */
    static Map<Long, String> rows(WebSession.Page page) {
        Map<Long, String> rows = new java.util.LinkedHashMap<>();
        Matcher m = ROW.matcher(page.body());
        while (m.find()) {
            rows.put(Long.parseLong(m.group(1)), m.group(2));
        }
        return rows;
    }

    @Test
    void theInboxListsMyTasksWithCountsPerTabAndTheOverdueOnes() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().intake(household.id(), "2026-09-30", DibaoCases.ALL_DOCUMENTS).get("id").asLong();

        WebSession caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        var tasks = caseworker.get("/cases?tab=tasks&page=1");
        assertThat(tasks.status()).isEqualTo(200);
        // the case waits for its investigation, due 10 October 2026: long overdue, and on the caseworker's list
        var overdue = caseworker.get("/cases?tab=overdue");
        assertThat(overdue.textOf("tab-overdue")).matches("已逾期（\\d+）");
        assertThat(tasks.textOf("tab-tasks")).matches("我的待办（\\d+）");
        assertThat(pagesContain(caseworker, "tasks", id)).isEqualTo("INVESTIGATION");
        assertThat(pagesContain(caseworker, "overdue", id)).isEqualTo("INVESTIGATION");

        WebSession approver = WebSession.signIn(port, DibaoCases.APPROVER);
        assertThat(pagesContain(approver, "tasks", id)).as("investigating is the caseworker's task").isNull();
        assertThat(pagesContain(approver, "overdue", id)).as("overdue in the approver's town").isEqualTo("INVESTIGATION");
        assertThat(pagesContain(WebSession.signIn(port, "hekou.county"), "overdue", id)).isNull();

        var home = caseworker.get("/");
        assertThat(home.textOf("home-cases")).matches("我的待办案件（\\d+）");
    }

    /** What the case awaits on the tab's pages, or null when it is on none of them. */
    static String pagesContain(WebSession session, String tab, long id) {
        for (int page = 1; page < 100; page++) {
            var p = session.get("/cases?tab=" + tab + "&page=" + page);
            Map<Long, String> rows = rows(p);
            if (rows.containsKey(id)) {
                assertThat(p.body()).contains("href=\"/cases/" + id + "\"");
                return rows.get(id);
            }
            if (!p.body().contains("rel=\"next\"")) {
                return null;
            }
        }
        throw new AssertionError("too many pages");
    }

    @Test
    void intakeFromTheHouseholdPageListsEveryMissingDocumentAtOnce() {
        var household = cases().household(DibaoCases.SHIQIAO);
        WebSession caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        var householdPage = caseworker.get("/households/" + household.id());
        assertThat(householdPage.body()).contains("href=\"/cases/new?household=" + household.id() + "\"");
        assertThat(householdPage.textOf("household-no-cases")).isNotNull();

        var form = caseworker.get("/cases/new?household=" + household.id());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.textOf("intake-household")).contains(household.headName() + "家");
        var created = caseworker.post("/cases/new", "household", Long.toString(household.id()), "receivedOn", "2026-11-02",
                "documents", "APPLICATION_FORM", "documents", "HOUSEHOLD_REGISTER", "documents", "ID_CARDS");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.path()).matches("/cases/\\d+");
        assertThat(created.textOf("missing-documents")).contains("一次性告知", "还缺 3 项", "家庭收入申报", "家庭财产申报",
                "家庭经济状况核对授权书").doesNotContain("户口簿");
        assertThat(created.textOf("case-state")).isEqualTo("已申请");
        assertThat(created.body()).contains("id=\"step-documents\"").doesNotContain("id=\"step-investigation\"");

        long id = Long.parseLong(created.path().substring("/cases/".length()));
        var handedIn = caseworker.post("/cases/" + id + "/documents", "version", "0", "on", "2026-11-03",
                "documents", "INCOME_DECLARATION", "documents", "ASSET_DECLARATION", "documents", "VERIFICATION_CONSENT");
        assertThat(handedIn.path()).isEqualTo("/cases/" + id);
        assertThat(handedIn.body()).doesNotContain("id=\"missing-documents\"").contains("id=\"step-investigation\"");
        assertThat(handedIn.textOf("timeline")).contains("补齐材料", "材料齐全");

        var again = caseworker.get("/households/" + household.id());
        assertThat(again.textOf("household-cases")).contains("案件 " + id, "已申请");
        var twice = caseworker.post("/cases/new", "household", Long.toString(household.id()), "receivedOn", "2026-11-03");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("href=\"/cases/" + id + "\"");
    }

    @Test
    void anIntakeWithBadFieldsNamesEachBesideItsField() {
        WebSession caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        var page = caseworker.post("/cases/new", "household", "", "receivedOn", "2026-13-40", "documents", "PHOTO");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<title>错误：受理低保申请", "<a href=\"#household\">", "<a href=\"#receivedOn\">",
                "<a href=\"#documents\">");
        assertThat(page.textOf("household-error")).startsWith("错误： 请填写家庭编号");
        assertThat(page.textOf("receivedOn-error")).startsWith("错误： 请检查收到申请的日期");
        assertThat(page.textOf("documents-error")).startsWith("错误： 请检查交来的材料");
        assertThat(page.body()).contains("value=\"2026-13-40\"");

        var notMine = caseworker.post("/cases/new", "household", "987654321", "receivedOn", "2026-11-02");
        assertThat(notMine.status()).isEqualTo(400);
        assertThat(notMine.textOf("household-error")).contains("请检查家庭编号", "no such household in your region");

        assertThat(WebSession.signIn(port, "shiqiao.coordinator").get("/cases/new").status())
                .as("applications are taken at the town's window").isEqualTo(403);
    }

    @Test
    void aStepWithBadFieldsShowsTheFormAgainWithEveryMessage() {
        long id = cases().intake(cases().household(DibaoCases.SHIQIAO).id(), "2026-09-30", DibaoCases.ALL_DOCUMENTS)
                .get("id").asLong();
        WebSession caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        var page = caseworker.get("/cases/" + id);
        List<String> fields = new ArrayList<>(page.formFields("investigation"));
        assertThat(fields).containsSubsequence("version", "0");
        var refused = caseworker.post("/cases/" + id + "/investigation", "version", "0", "on", "2026-09-29",
                "visitors", "张明", "visitors", " ", "findings", " ");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#investigation-visitors\">", "<a href=\"#investigation-findings\">",
                "<a href=\"#investigation-on\">");
        assertThat(refused.textOf("investigation-visitors-error")).contains("请检查走访人员", "at least 2 staff");
        assertThat(refused.textOf("investigation-findings-error")).contains("请填写调查情况");
        assertThat(refused.textOf("investigation-on-error")).contains("请检查调查日期", "must not be before the case");
        assertThat(refused.body()).as("what was typed stays").contains("value=\"张明\"", "value=\"2026-09-29\"");
        assertThat(cases().get(id).get("state").asString()).isEqualTo("APPLIED");

        var done = caseworker.post("/cases/" + id + "/investigation", "version", "0", "on", "2026-10-09",
                "visitors", "张明", "visitors", "李华", "findings", "三口之家");
        assertThat(done.path()).isEqualTo("/cases/" + id);
        assertThat(done.body()).contains("已记录入户调查。", "id=\"step-verification\"");
        assertThat(done.textOf("timeline")).contains("走访人员：张明、李华", "调查情况：三口之家", DibaoCases.CASEWORKER);
    }

    @Test
    void aStepOnAVersionSomeoneElseChangedSaysSoAndShowsTheCaseAsItIsNow() {
        long id = cases().intake(cases().household(DibaoCases.SHIQIAO).id(), "2026-09-30", DibaoCases.ALL_DOCUMENTS)
                .get("id").asLong();
        WebSession caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        var opened = caseworker.get("/cases/" + id);
        assertThat(opened.formFields("investigation")).containsSubsequence("version", "0");
        // meanwhile a colleague records the visit
        cases().act(DibaoCases.CASEWORKER, id, "investigation", Map.of("on", "2026-10-08",
                "visitors", List.of("王强", "李华"), "findings", "已由同事记录"));
        var stale = caseworker.post("/cases/" + id + "/investigation", "version", "0", "on", "2026-10-09",
                "visitors", "张明", "visitors", "李华", "findings", "重复记录");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("其他人在您打开页面之后更新了这个案件，您的操作没有保存");
        assertThat(stale.textOf("case-state")).as("the case as it is now").isEqualTo("已入户调查");
        assertThat(stale.body()).contains("id=\"step-verification\"").doesNotContain("id=\"step-investigation\"");
        assertThat(cases().get(id).get("timeline").size()).isEqualTo(2);
    }

    @Test
    void whoeverInvestigatedSeesNoDecisionFormAndAForgedDecisionIsRefusedWithTheReason() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().intake(household.id(), "2026-09-30", DibaoCases.ALL_DOCUMENTS).get("id").asLong();
        WebSession approver = WebSession.signIn(port, DibaoCases.APPROVER);
        // the approver joined the visit and records it through the page
        var investigated = approver.post("/cases/" + id + "/investigation", "version", "0", "on", "2026-10-08",
                "visitors", "周敏", "visitors", "李华", "findings", "入户核实");
        assertThat(investigated.path()).as(investigated.toString()).isEqualTo("/cases/" + id);
        cases().act(DibaoCases.CASEWORKER, id, "verification", Map.of("on", "2026-10-09", "result", "CONSISTENT"));
        cases().act(DibaoCases.CASEWORKER, id, "assessment", Map.of("on", "2026-10-12"));
        cases().act(DibaoCases.CASEWORKER, id, "town-opinion", Map.of("on", "2026-10-12", "recommendation", "REFUSE",
                "reasons", "收入超标"));

        var casePage = approver.get("/cases/" + id);
        assertThat(casePage.body()).doesNotContain("id=\"decision-link\"");
        assertThat(casePage.textOf("decision-held")).contains("您记录了本案的入户调查，不能对本案作出审核确认决定");
        var decisionPage = approver.get("/cases/" + id + "/decision");
        assertThat(decisionPage.status()).isEqualTo(200);
        assertThat(decisionPage.body()).doesNotContain("<form id=\"decision\"");
        assertThat(decisionPage.textOf("decision-held")).contains("另一位审核确认人或县级民政");
        assertThat(rows(approver.get("/cases?tab=tasks")).containsKey(id)).as("not on their list either").isFalse();

        int version = cases().get(id).get("version").asInt();
        var forged = approver.post("/cases/" + id + "/decision", "version", Integer.toString(version),
                "on", "2026-10-13", "outcome", "REFUSE", "reasons", "收入超标");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("没有保存：您记录了本案的入户调查，不能对本案作出审核确认决定",
                "recorded the investigation or review of this case");
        assertThat(cases().get(id).get("state").asString()).isEqualTo("TOWN_OPINION");

        WebSession county = WebSession.signIn(port, "qingshan.county");
        var countyPage = county.get("/cases/" + id + "/decision");
        assertThat(countyPage.body()).contains("<form id=\"decision\"");
        assertThat(countyPage.formFields("decision")).as("no approval without publicity").doesNotContain("APPROVE");
        var decided = county.post("/cases/" + id + "/decision", "version", Integer.toString(version), "on", "2026-10-13",
                "outcome", "REFUSE", "reasons", "家庭人均收入高于当地低保标准");
        assertThat(decided.path()).isEqualTo("/cases/" + id + "/decision");
        assertThat(decided.textOf("case-decision")).contains("不予批准", "家庭人均收入高于当地低保标准");
        assertThat(decided.body()).contains("href=\"/cases/" + id + "/refusal-notice.pdf\"");
    }

    @Test
    void theDecisionPageExplainsTheFrozenAssessmentAndAnApprovalLinksItsNotice() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().publicised(household.id());
        JsonNode c = cases().get(id);
        WebSession approver = WebSession.signIn(port, DibaoCases.APPROVER);
        assertThat(rows(approver.get("/cases?tab=tasks")).get(id)).as("publicity over: the approver's to decide")
                .isEqualTo("DECISION");

        var page = approver.get("/cases/" + id + "/decision");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("household-line")).contains("按 2026-10-13 的情况测算", "家庭共3人");
        assertThat(page.body()).contains("data-programme=\"DIBAO\"", "data-status=\"ELIGIBLE\"",
                "data-amount=\"" + DibaoCases.frozenAmount(c) + "\"").doesNotContain("data-unworded=\"",
                "data-programme=\"TEKUN\"");
        assertThat(page.body()).contains("class=\"trace\"", "农村低保标准");
        Matcher trace = Pattern.compile("<ol class=\"trace\">(.*?)</ol>", Pattern.DOTALL).matcher(page.body());
        assertThat(trace.find()).isTrue();
        assertThat(trace.group(1)).as("members by name, as the calculator pages call them").contains("周小明")
                .doesNotContainPattern(":\\d+");
        assertThat(page.formFields("decision")).containsSubsequence("version", c.get("version").asString());
        assertThat(page.body()).contains("id=\"decision-outcome\" value=\"APPROVE\"", "value=\"REFUSE\"");

        var missing = approver.post("/cases/" + id + "/decision", "version", c.get("version").asString(),
                "on", "2026-10-22", "outcome", "REFUSE", "reasons", "");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.textOf("decision-reasons-error")).contains("请检查决定的理由", "a refusal gives its reasons");

        var approved = approver.post("/cases/" + id + "/decision", "version", c.get("version").asString(),
                "on", "2026-10-22", "outcome", "APPROVE", "reasons", "");
        assertThat(approved.path()).isEqualTo("/cases/" + id + "/decision");
        assertThat(approved.body()).contains("已作出审核确认决定。", "href=\"/cases/" + id + "/decision-notice.pdf\"");
        assertThat(approved.textOf("case-decision")).contains("批准", "每月 " + DibaoCases.frozenAmount(c) + " 元",
                "2026年11月");

        var caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        assertThat(rows(caseworker.get("/cases?tab=tasks")).get(id)).isEqualTo("NOTIFICATION");
        var told = caseworker.post("/cases/" + id + "/notification", "version",
                cases().get(id).get("version").asString(), "on", "2026-10-23", "method", "当面送达");
        assertThat(told.textOf("case-state")).isEqualTo("已告知，办结");
        assertThat(told.textOf("no-actions")).isEqualTo("这个案件已经办结。");
    }

    @Test
    @ExtendWith(DocumentFontAvailable.class)
    void theNoticesDownloadFromThePagesAsPdf() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().approved(household.id());
        int amount = DibaoCases.frozenAmount(cases().get(id));
        var pdf = WebSession.signIn(port, DibaoCases.CASEWORKER).download("/cases/" + id + "/decision-notice.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(PdfText.of(pdf.body()).compact()).contains(household.headName(), "每月" + amount + "元");
        var sheet = WebSession.signIn(port, DibaoCases.CASEWORKER).download("/cases/" + id + "/publicity-sheet.pdf");
        assertThat(PdfText.of(sheet.body()).compact()).contains("公示表", household.headName());
        assertThat(WebSession.signIn(port, DibaoCases.CASEWORKER).download("/cases/" + id + "/refusal-notice.pdf")
                .status()).isEqualTo(404);
    }

    @Test
    void thePublicityListShowsOnlyTheNameTheHouseholdSizeTheAmountAndTheDates() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().publicised(household.id());
        int amount = DibaoCases.frozenAmount(cases().get(id));
        WebSession caseworker = WebSession.signIn(port, DibaoCases.CASEWORKER);
        String row = null;
        for (int page = 1; row == null; page++) {
            var p = caseworker.get("/publicity?page=" + page);
            assertThat(p.status()).isEqualTo(200);
            Matcher m = Pattern.compile("<tr data-case=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(p.body());
            if (m.find()) {
                row = m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            } else {
                assertThat(p.body()).as("case " + id + " not on the list").contains("rel=\"next\"");
            }
        }
        assertThat(row).isEqualTo("低保 " + household.headName() + " 3 " + amount + " 2026-10-15 至 2026-10-21 下载公示表（PDF）");
        assertThat(rows(WebSession.signIn(port, "hekou.county").get("/publicity")).containsKey(id)).isFalse();
    }

    @Test
    void theCasePagesReadInEnglish() {
        long id = cases().publicised(cases().household(DibaoCases.SHIQIAO).id());
        WebSession approver = WebSession.signIn(port, DibaoCases.APPROVER);
        var page = approver.get("/cases/" + id + "?lang=en");
        assertThat(page.body()).contains("<html lang=\"en\">", "In publicity", "Household investigation",
                "Town&#39;s opinion", "Download the publicity sheet (PDF)", "Decide: approve or refuse");
        var decision = approver.get("/cases/" + id + "/decision");
        assertThat(decision.body()).contains("The assessment frozen with the case", "Date of the decision", "Approved",
                "Refused").doesNotContain("data-unworded=\"");
        assertThat(approver.get("/cases").textOf("tab-tasks")).matches("My tasks \\(\\d+\\)");
        assertThat(approver.get("/publicity").body()).contains("Households in publicity");
    }
}

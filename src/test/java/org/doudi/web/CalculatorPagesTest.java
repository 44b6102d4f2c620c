package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.doudi.assessment.WorkedCases;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** 试算 without JavaScript: the worked cases entered on the form, the explanation, the form's errors and rows. */
@DoudiTest
class CalculatorPagesTest {

    private static final Pattern SECTION = Pattern.compile("<section class=\"explanation\"([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    static WorkedCases.Case workedCase(String file) {
        return WorkedCases.load("assessment").stream().filter(c -> c.name().equals("project:" + file)).findFirst()
                .orElseThrow();
    }

    /** The results of a result page by programme and member ("DIBAO", "DIBAO/c"): their data-* attributes. */
    static Map<String, Map<String, String>> results(WebSession.Page page) {
        Map<String, Map<String, String>> results = new HashMap<>();
        Matcher m = SECTION.matcher(page.body());
        while (m.find()) {
            Map<String, String> a = new HashMap<>();
            Matcher attr = ATTRIBUTE.matcher(m.group(1));
            while (attr.find()) {
                a.put(attr.group(1), attr.group(2));
            }
            String member = a.get("data-member");
            results.put(a.get("data-programme") + (member == null ? "" : "/" + member), a);
        }
        return results;
    }

    /** The page against the case's expectations, the way cases/README.md compares answers. */
    static List<String> differences(JsonNode expect, WebSession.Page page) {
        List<String> out = new ArrayList<>();
        Map<String, Map<String, String>> results = results(page);
        for (JsonNode e : expect.get("results")) {
            JsonNode member = e.get("member");
            String key = e.get("programme").asString() + (member == null || member.isNull() ? "" : "/" + member.asString());
            Map<String, String> shown = results.get(key);
            if (shown == null) {
                if (member == null || member.isNull() || !"INELIGIBLE".equals(e.get("status").asString())) {
                    out.add(key + ": not on the page");
                }
                continue;
            }
            if (!e.get("status").asString().equals(shown.get("data-status"))) {
                out.add(key + ": status " + e.get("status") + " but the page says " + shown.get("data-status"));
            }
            for (String f : List.of("monthlyAmount", "amount")) {
                if (e.has(f) && !e.get(f).isNull() && (shown.get("data-amount") == null
                        || new BigDecimal(e.get(f).asString()).compareTo(new BigDecimal(shown.get("data-amount"))) != 0)) {
                    out.add(key + ": " + f + " " + e.get(f) + " but the page says " + shown.get("data-amount"));
                }
            }
            if (e.has("type") && !e.get("type").asString().equals(shown.get("data-type"))) {
                out.add(key + ": type " + e.get("type") + " but the page says " + shown.get("data-type"));
            }
        }
        JsonNode monthly = expect.at("/income/perCapitaMonthly");
        if (!monthly.isMissingNode() && !monthly.isNull()) {
            String text = page.textOf("per-capita-monthly");
            if (text == null || new BigDecimal(text.replace(" 元", "")).compareTo(new BigDecimal(monthly.asString())) != 0) {
                out.add("per-capita monthly income " + monthly + " but the page says " + text);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyWorkedCaseEnteredOnTheFormGivesItsResultsExplainedInBothLanguages() {
        // a town caseworker, whatever region the case is in: the what-if reads no one's data
        WebSession chinese = WebSession.signIn(port, "qingshan.town.caseworker");
        chinese.get("/assessments/new");
        WebSession english = WebSession.signIn(port, "qingshan.town.caseworker");
        english.get("/assessments/new?lang=en");
        return WorkedCases.load("assessment").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var page = chinese.post("/assessments/new", CalculatorFormFields.array(c.request()));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(differences(c.expect(), page)).as(c.name()).isEmpty();
            var inEnglish = english.post("/assessments/new", CalculatorFormFields.array(c.request()));
            assertThat(inEnglish.body()).contains("<html lang=\"en\">", "How it was worked out");
            // every step of every result has its sentence in both languages
            assertThat(page.body()).doesNotContain("data-unworded");
            assertThat(inEnglish.body()).doesNotContain("data-unworded");
        }));
    }

    @Test
    void theUrbanSinglePersonCaseIsExplainedStepByStepInChinese() {
        var p02 = workedCase("P02-urban-marginal-single-person.json");
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        session.get("/assessments/new");
        var page = session.post("/assessments/new", CalculatorFormFields.array(p02.request()));

        assertThat(page.body()).contains("<h1>试算结果</h1>");
        assertThat(page.textOf("household-line")).isEqualTo("家庭共3人，统计期2025年11月至2026年10月");
        assertThat(page.textOf("receiving")).contains("低保单人户 c 符合 984 元/月", "困难残疾人生活补贴 c 符合 110 元/月",
                "重度残疾人护理补贴 c 符合 140 元/月", "低保边缘家庭 全家 符合");
        assertThat(page.textOf("not-receiving")).contains("最低生活保障（低保） 全家 人均月收入不低于低保标准");
        assertThat(page.textOf("per-capita-monthly")).isEqualTo("1026.67 元");
        assertThat(page.textOf("per-capita-annual")).isEqualTo("12320.00 元");
        assertThat(page.textOf("monitoring-per-capita")).isEqualTo("14400.00 元");

        String dibao = sectionText(page, "DIBAO", null);
        assertThat(dibao).contains("统计期内计入低保的家庭收入 43200 元", "扣除就业成本 6240 元：每月按工资的 20% 扣除，每人每月有上限",
                "计入低保的家庭成员 3 人", "人均月收入 1026.67 元", "城市低保标准 820 元/人·月 （示范市，自2026-01-01起执行）",
                "原因： 人均月收入不低于低保标准");
        String single = sectionText(page, "DIBAO", "c");
        assertThat(single).containsSubsequence("单人户：c（一级肢体残疾）单独按一人户计算", "本人月收入 0 元",
                "城市低保标准 820 元/人·月 （示范市，自2026-01-01起执行）", "差额（低保标准减人均月收入，再乘以人数）820 元",
                "分类施保：c为一二级残疾或三级智力、精神残疾，加发低保标准的 20% = 164 元", "合计 984 元/月");
        assertThat(sectionText(page, "DISABILITY_CARE", "c")).contains("重度残疾人护理补贴标准（一级） 140 元/人·月");
        // each figure's source leads to the parameter's history; the caseworker may read the city's, not 东城区's
        assertThat(page.body()).contains(
                "<a href=\"/parameters/dibao.standard.urban?region=990100000000&amp;date=2026-11-15\">");
    }

    @Test
    void aBirthDateAfterTheIdentificationDateIsSummarisedAtTheTopAndShownBesideTheField() {
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        session.get("/assessments/new");
        var page = session.post("/assessments/new", "village", TestHouseholds.SHIQIAO, "asOf", "2026-11-15",
                "residence", "RURAL", "members[0].ref", "户主", "members[0].birthDate", "2027-01-01",
                "members[1].ref", "配偶", "members[1].birthDate", "1980-02-30");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<title>错误：试算 – 兜底</title>", "<a href=\"#members[0].birthDate\">",
                "<a href=\"#members[1].birthDate\">",
                "aria-describedby=\"members[0].birthDate-error\"");
        assertThat(page.textOf("members[0].birthDate-error"))
                .isEqualTo("错误： 请检查成员 1 的出生日期 ： is after the assessment date");
        assertThat(page.textOf("members[1].birthDate-error")).startsWith("错误： 请检查成员 2 的出生日期 ： is not a date");
        // what was typed stays, so that it can be corrected
        assertThat(page.body()).contains("value=\"2027-01-01\"", "value=\"1980-02-30\"", "value=\"配偶\"");
    }

    @Test
    void aMissingResidenceAndAnUnknownRegionCodeAreNamedInTheOrderOfThePage() {
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        session.get("/assessments/new");
        var page = session.post("/assessments/new", "regionCode", "990199000000", "asOf", "2026-11-15",
                "members[0].birthDate", "1960-01-01", "members[0].incomes[0].type", "WAGE",
                "members[0].incomes[0].monthly", "12.345", "members[0].incomes[0].from", "2025-01");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.textOf("regionCode-error")).isEqualTo("错误： 请检查地区代码 ： is not a known region");
        assertThat(page.textOf("residence-error")).isEqualTo("错误： 请填写城乡类别");
        assertThat(page.textOf("members[0].incomes[0].monthly-error"))
                .startsWith("错误： 请检查成员 1 第 1 项收入的每月金额");
        String summary = page.body().substring(page.body().indexOf("error-summary__list"));
        assertThat(summary).containsSubsequence("#regionCode", "#residence", "#members[0].incomes[0].monthly");
    }

    @Test
    void rowsAreAddedAndRemovedWithoutJavaScriptAndWhatWasTypedStays() {
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        var blank = session.get("/assessments/new");
        assertThat(blank.body()).contains("name=\"members[0].ref\"").doesNotContain("name=\"members[1].ref\"");

        var twoMembers = session.post("/assessments/new", "change", "addMember", "asOf", "2026-11-15",
                "members[0].ref", "张大", "members[0].birthDate", "1960-03-04");
        assertThat(twoMembers.status()).isEqualTo(200);
        assertThat(twoMembers.body()).contains("value=\"张大\"", "value=\"1960-03-04\"", "name=\"members[1].ref\"")
                .doesNotContain("error-summary");
        // the cursor goes to the new member's first field
        assertThat(twoMembers.body()).containsPattern("<input[^>]*id=\"members\\[1]\\.ref\"[^>]*autofocus");

        var withIncome = session.post("/assessments/new", "change", "addIncome:1", "members[0].ref", "张大",
                "members[1].ref", "李二");
        assertThat(withIncome.body()).contains("name=\"members[1].incomes[0].monthly\"")
                .doesNotContain("name=\"members[0].incomes[0].monthly\"");

        var oneMember = session.post("/assessments/new", "change", "removeMember:0", "members[0].ref", "张大",
                "members[1].ref", "李二", "members[1].incomes[0].monthly", "900");
        assertThat(oneMember.body()).contains("value=\"李二\"", "name=\"members[0].incomes[0].monthly\"", "value=\"900\"")
                .doesNotContain("value=\"张大\"", "name=\"members[1].ref\"");
    }

    @Test
    void aFormWithFarMoreRowsThanThePageOffersIsABadRequest() {
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        session.get("/assessments/new");
        var page = session.post("/assessments/new", "members[500].ref", "x");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("无法处理这个请求");
    }

    @Test
    void theResultPageSendsTheAnswersBackToBeChanged() {
        var p02 = workedCase("P02-urban-marginal-single-person.json");
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        session.get("/assessments/new");
        var result = session.post("/assessments/new", CalculatorFormFields.array(p02.request()));
        var form = session.post("/assessments/new", result.formFields("edit").toArray(String[]::new));
        assertThat(form.body()).contains("<h1>试算</h1>", "value=\"990102000000\"", "value=\"1995-08-08\"",
                "<option value=\"PHYSICAL\" selected=\"selected\">");
        var again = session.post("/assessments/new", form.formFields("form").toArray(String[]::new));
        assertThat(differences(p02.expect(), again)).isEmpty();
    }

    @Test
    void aStoredHouseholdFillsTheFormAndGivesWhatTheApiGives() {
        String head = TestHouseholds.uniqueName("试算");
        long id = TestHouseholds.createWithFacts(port, "admin", head, TestHouseholds.uniqueName("配偶"));
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        assertThat(session.get("/households/" + id).body()).contains("href=\"/households/" + id + "/assessment\"");

        var form = session.get("/households/" + id + "/assessment?asOf=2026-03-15");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"" + head + "\"", "value=\"1200.50\"", "value=\"2025-03\"",
                "value=\"8000.00\"", "<option value=\"990121101201\" selected=\"selected\">石桥村</option>",
                "value=\"2026-03-15\"");
        var result = session.post("/assessments/new", form.formFields("form").toArray(String[]::new));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);

        JsonNode api = Api.as(port, "shiqiao.coordinator").get("/api/v1/households/" + id + "/assessment?asOf=2026-03-15")
                .json();
        Map<String, Map<String, String>> shown = results(result);
        for (JsonNode r : api.get("results")) {
            if (!r.get("member").isNull()) {
                continue; // the API calls members by their person id, the page by name
            }
            var onPage = shown.get(r.get("programme").asString());
            assertThat(onPage).as(r.toString()).isNotNull();
            assertThat(onPage.get("data-status")).as(r.toString()).isEqualTo(r.get("status").asString());
            if (r.hasNonNull("monthlyAmount")) {
                assertThat(new BigDecimal(onPage.get("data-amount")))
                        .isEqualByComparingTo(new BigDecimal(r.get("monthlyAmount").asString()));
            }
        }
        assertThat(new BigDecimal(result.textOf("per-capita-monthly").replace(" 元", "")))
                .isEqualByComparingTo(new BigDecimal(api.at("/income/perCapitaMonthly").asString()));
    }

    @Test
    void aHouseholdOutsideTheRegionCannotBeAssessedFromTheRegister() {
        long hekou = TestHouseholds.create(port, "admin", TestHouseholds.HEKOU_VILLAGE, TestHouseholds.uniqueName("河口"));
        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/households/" + hekou + "/assessment");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("找不到这个页面").doesNotContain("河口村");
    }

    /** The text of the explanation of one result. */
    private static String sectionText(WebSession.Page page, String programme, String member) {
        Matcher m = SECTION.matcher(page.body());
        while (m.find()) {
            String attrs = m.group(1);
            boolean sameMember = member == null ? !attrs.contains("data-member=")
                    : attrs.contains("data-member=\"" + member + "\"");
            if (attrs.contains("data-programme=\"" + programme + "\"") && sameMember) {
                Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(attrs);
                assertThat(id.find()).isTrue();
                return page.textOf(id.group(1));
            }
        }
        throw new AssertionError("no result " + programme + "/" + member + " on the page");
    }
}

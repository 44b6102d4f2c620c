package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.doudi.testing.Api;
import org.doudi.testing.BrowserPages;
import org.doudi.testing.BrowserTest;
import org.doudi.testing.DibaoCases;
import org.doudi.testing.DocumentFontAvailable;
import org.doudi.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A 低保 application from intake to decision in a real browser, as 青山镇's caseworker (intake, documents,
 * investigation, verification, assessment, publicity, notification) and approver (the town's opinion and
 * the decision: they took no part in the visit), every step recorded for its day in October 2026 through
 * the forms; then the decision notice downloads as a PDF with the household's name and amount.
 */
@BrowserTest
@ExtendWith(DocumentFontAvailable.class)
class CasePagesBrowserTest extends BrowserPages {

    @Test
    void aDibaoApplicationGoesFromIntakeToDecisionAndItsNoticeDownloads() throws IOException {
        var household = new DibaoCases(port).household(DibaoCases.SHIQIAO);

        // 受理 at the single window: one document missing
        signIn(DibaoCases.CASEWORKER);
        assertThat(browser.find("#home-cases").getText()).startsWith("我的待办案件");
        browser.go("/households/" + household.id());
        browser.find("#new-case-link").click();
        browser.waitForText("h1", "受理低保申请");
        assertThat(browser.text("#intake-household")).contains(household.headName() + "家");
        type("#receivedOn", "2026-09-28");
        for (String doc : new String[] {"documents", "documents-HOUSEHOLD_REGISTER", "documents-ID_CARDS",
                "documents-INCOME_DECLARATION", "documents-ASSET_DECLARATION"}) {
            browser.find("#" + doc).click();
        }
        browser.screenshot("case-intake");
        browser.find("#form button[type=submit]").click();
        browser.waitFor("#missing-documents");
        assertThat(browser.text("#missing-documents")).contains("一次性告知", "家庭经济状况核对授权书")
                .doesNotContain("户口簿");
        String casePath = browser.path();
        assertThat(casePath).matches("/cases/\\d+");
        long id = Long.parseLong(casePath.substring("/cases/".length()));
        browser.screenshot("case-missing-documents");

        type("#documents-on", "2026-09-30");
        browser.find("#documents-documents").click();
        submit("documents");
        browser.waitFor("#step-investigation");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("missing-documents"))).isEmpty();

        type("#investigation-on", "2026-10-09");
        type("#investigation-visitors", "张明");
        type("#investigation-visitors-2", "李华");
        type("#investigation-findings", "三口之家，户主务工收入不稳定");
        submit("investigation");
        browser.waitFor("#step-verification");
        type("#verification-on", "2026-10-12");
        browser.find("#verification-result").click();
        submit("verification");
        browser.waitFor("#step-assessment");
        type("#assessment-on", "2026-10-13");
        submit("assessment");
        browser.waitFor("#case-assessment");
        assertThat(browser.text("#case-assessment")).startsWith("符合，每月");
        signOut();

        // the town's opinion
        signIn(DibaoCases.APPROVER);
        browser.go("/cases");
        assertThat(browser.text("#inbox")).contains("案件 " + id);
        browser.find("#inbox a[href='/cases/" + id + "']").click();
        browser.waitFor("#step-town-opinion");
        type("#town-opinion-on", "2026-10-14");
        browser.find("#town-opinion-recommendation").click();
        submit("town-opinion");
        browser.waitForText("#case-state", "已出具乡镇审核意见");
        signOut();

        // 7 days' publicity from 15 October
        signIn(DibaoCases.CASEWORKER);
        browser.go(casePath);
        type("#publicity-on", "2026-10-15");
        type("#publicity-place", "石桥村村务公开栏");
        submit("publicity");
        browser.waitForText("#case-state", "公示中");
        browser.go("/publicity");
        assertThat(browser.text("#publicity")).contains(household.headName());
        browser.screenshot("publicity-list");
        signOut();

        // the decision, with the frozen assessment explained
        signIn(DibaoCases.APPROVER);
        browser.go("/cases");
        browser.find("#inbox a[href='/cases/" + id + "/decision']").click();
        browser.waitFor("#frozen-assessment");
        WebElement dibao = browser.find("section.explanation[data-programme='DIBAO']");
        String amount = dibao.getAttribute("data-amount");
        assertThat(amount).matches("\\d+");
        assertThat(dibao.getText()).contains("农村低保标准");
        type("#decision-on", "2026-10-22");
        browser.find("#decision-outcome").click();
        browser.screenshot("case-decision");
        browser.find("#decision button[type=submit]").click();
        browser.waitFor("#decision-notice-link");
        assertThat(browser.text("#case-decision")).contains("批准", "每月 " + amount + " 元", "2026年11月");

        browser.find("#decision-notice-link").click();
        Path pdf = browser.waitForDownload("decision-notice-" + id + ".pdf");
        String text = PdfText.of(Files.readAllBytes(pdf)).compact();
        assertThat(text).contains("最低生活保障审核确认决定书", household.headName(), "每月" + amount + "元",
                "自2026年11月起按月发放", "决定日期：2026年10月22日");
        signOut();

        // told
        signIn(DibaoCases.CASEWORKER);
        browser.go(casePath);
        type("#notification-on", "2026-10-23");
        type("#notification-method", "当面送达");
        submit("notification");
        browser.waitForText("#case-state", "已告知，办结");
        assertThat(browser.text("#timeline")).contains("受理申请", "补齐材料", "入户调查", "家庭经济状况核对", "测算",
                "乡镇审核意见", "意见：建议批准", "公示", "审核确认", "告知申请人");
        browser.screenshot("case-notified");
        var benefits = new DibaoCases(port).as(DibaoCases.CASEWORKER).get("/api/v1/benefits?householdId=" + household.id());
        assertThat(benefits.json().get(0).at("/amounts/0/amount").asString()).startsWith(amount);
    }

    private void signIn(String user) {
        browser.signIn(user, Api.DEMO_PASSWORD);
        browser.waitFor("#region-path");
    }

    private void signOut() {
        browser.find(".header__signout button").click();
        browser.waitForPath("/login");
    }

    /** Replaces what a field holds (dates start as today). */
    private void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String form) {
        browser.find("form#" + form + " button[type=submit]").click();
        browser.waitForText(".notice", "已");
    }
}

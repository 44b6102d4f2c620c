package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.doudi.testing.BrowserPages;
import org.doudi.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 试算 and 政策参数 in a real browser: a town caseworker enters the urban single-person case (P02) row by
 * row, with htmx adding the rows, and reads the explanation; a county officer proposes a parameter
 * change that an administrator approves.
 */
@BrowserTest
class CalculatorPagesBrowserTest extends BrowserPages {

    private static final String PASSWORD = "Doudi-demo-2026";

    @Test
    void aTownCaseworkerEntersTheUrbanSinglePersonCaseAndReadsWhyTheSonIsCoveredAlone() {
        browser.signIn("qingshan.town.caseworker", PASSWORD);
        browser.waitFor("#region-path");
        browser.find(".header__nav a[href='/assessments/new']").click();
        browser.waitForText("h1", "试算");

        // 东城区 is outside 青山镇: the what-if takes any region's code, as the API does
        type("regionCode", "990102000000");
        type("asOf", "2026-11-15");
        field("residence-URBAN").click();

        type("members[0].ref", "父亲");
        type("members[0].birthDate", "1968-05-05");
        addIncome(0, "2500");

        field("add-member").click();
        waitForField("members[1].ref");
        // htmx swapped in the new member and the cursor is in its first field
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("members[1].ref");
        type("members[1].ref", "母亲");
        new Select(field("members[1].relation")).selectByValue("SPOUSE");
        type("members[1].birthDate", "1970-02-02");
        addIncome(1, "1100");

        field("add-member").click();
        waitForField("members[2].ref");
        type("members[2].ref", "儿子");
        new Select(field("members[2].relation")).selectByValue("CHILD");
        type("members[2].birthDate", "1995-08-08");
        new Select(field("members[2].disability.kind")).selectByValue("PHYSICAL");
        new Select(field("members[2].disability.grade")).selectByValue("1");
        // the values typed before each swap are still there
        assertThat(field("members[0].ref").getAttribute("value")).isEqualTo("父亲");
        assertThat(field("members[0].incomes[0].monthly").getAttribute("value")).isEqualTo("2500");
        screenshot("calculator-form");

        browser.find(".submit-group button").click();
        browser.waitForText("h1", "试算结果");

        assertThat(browser.text("#household-line")).isEqualTo("家庭共3人，统计期2025年11月至2026年10月");
        assertThat(browser.text("#receiving")).contains("低保单人户 儿子 符合 984 元/月",
                "困难残疾人生活补贴 儿子 符合 110 元/月", "重度残疾人护理补贴 儿子 符合 140 元/月");
        String single = browser.find("section[data-programme=DIBAO][data-member='儿子']").getText();
        assertThat(single).contains("单人户：儿子（一级肢体残疾）单独按一人户计算",
                "城市低保标准 820 元/人·月（示范市，自2026-01-01起执行）",
                "分类施保：儿子为一二级残疾或三级智力、精神残疾，加发低保标准的 20% = 164 元", "合计 984 元/月");
        String household = browser.find("section[data-programme=DIBAO]:not([data-member])").getText();
        assertThat(household).contains("人均月收入 1026.67 元", "原因：人均月收入不低于低保标准");
        screenshot("calculator-result");

        // the standard's source leads to its history, with the entry that applied on the day marked
        browser.find("section[data-programme=DIBAO][data-member='儿子'] a[href^='/parameters/dibao.standard.urban']")
                .click();
        browser.waitForText("h1", "城市低保标准");
        assertThat(browser.text("#applies")).isEqualTo("820 元/人·月");
        assertThat(browser.text("#history tr.applies")).contains("示范市", "2026-01-01", "820 元/人·月", "当天适用");
        screenshot("parameter-history");
    }

    @Test
    void theCalculatorResultReadsInEnglishToo() {
        browser.signIn("city.supervisor", PASSWORD);
        browser.go("/assessments/new?lang=en");
        browser.waitForText("h1", "What-if");
        type("regionCode", "990102000000");
        type("asOf", "2026-11-15");
        field("residence-URBAN").click();
        type("members[0].ref", "Li");
        type("members[0].birthDate", "1950-03-01");
        browser.find(".submit-group button").click();
        browser.waitForText("h1", "What-if result");
        assertThat(browser.text("#explanation")).isEqualTo("How it was worked out");
        assertThat(browser.find("section[data-programme=DIBAO]:not([data-member])").getText())
                .contains("Urban dibao standard: 820 yuan per person per month (示范市, in force from 2026-01-01)");
        screenshot("calculator-result-en");
    }

    @Test
    void aCountyOfficerProposesANewMinimumAndAnAdministratorApprovesIt() {
        String since = ParameterPagesTest.dayOfItsOwn().toString();
        browser.signIn("qingshan.county", PASSWORD);
        browser.waitFor("#region-path");
        browser.find(".header__nav a[href='/parameters']").click();
        browser.waitForText("h1", "政策参数");
        screenshot("parameters");
        browser.find("#parameter-dibao\\.min_per_person a").click();
        browser.waitForText("h1", "低保保底金额");
        browser.find("#propose-link").click();
        browser.waitForText("h1", "提议新的低保保底金额");
        type("effectiveDate", since);
        type("value", "80");
        type("basis", "青民发〔2026〕12号：提高保底金额");
        screenshot("parameter-propose");
        browser.find("#form button[type=submit]").click();
        browser.waitForText(".notice", "已提交");
        String proposal = browser.path();
        assertThat(browser.text("#status")).isEqualTo("待审批");
        assertThat(browser.driver().findElements(By.cssSelector("form#approve"))).isEmpty();

        browser.find(".header__signout button").click();
        browser.waitForPath("/login");
        browser.signIn("admin", PASSWORD);
        browser.waitFor("#region-path");
        browser.go("/parameters/proposals");
        browser.find("a[href='" + proposal + "']").click();
        browser.waitForText("#new-value", "80 元/人·月");
        assertThat(browser.text("#proposal-facts")).contains("青山县", since, "将取代的数值", "qingshan.county");
        type("note", "同意");
        browser.find("form#approve button").click();
        browser.waitForText(".notice", "已批准");
        assertThat(browser.path()).startsWith("/parameters/dibao.min_per_person?region=990121000000");
        assertThat(browser.text("#history")).contains(since, "80 元/人·月", "已批准", "admin");
        screenshot("parameter-approved");
    }

    private WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private void waitForField(String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement f = field(id);
        f.clear();
        f.sendKeys(text);
    }

    /** A wage from 2024-01, ongoing, added to the member with the button that asks for one more income row. */
    private void addIncome(int member, String monthly) {
        field("add-income-" + member).click();
        String at = "members[" + member + "].incomes[0]";
        waitForField(at + ".type");
        new Select(field(at + ".type")).selectByValue("WAGE");
        type(at + ".monthly", monthly);
        type(at + ".from", "2024-01");
    }

    private void screenshot(String name) {
        Path saved = browser.screenshot(name);
        assertThat(Files.isRegularFile(saved)).isTrue();
    }
}

package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.doudi.testing.BrowserPages;
import org.doudi.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A village coordinator's day in a real browser: sign in, find a household, open it, register one. */
@BrowserTest
class HouseholdPagesBrowserTest extends BrowserPages {

    private static final String PASSWORD = "Doudi-demo-2026";

    @Test
    void aCoordinatorFindsAHouseholdOfTheirVillageButNotOneOfAnotherCounty() {
        String head = TestHouseholds.uniqueName("石桥");
        long shiqiao = TestHouseholds.createWithFacts(port, "admin", head, TestHouseholds.uniqueName("配偶"));
        long hekou = TestHouseholds.create(port, "admin", TestHouseholds.HEKOU_VILLAGE, TestHouseholds.uniqueName("河口"));

        browser.signIn("shiqiao.coordinator", PASSWORD);
        browser.waitFor("#region-path");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("#region-path")).containsSubsequence("示范省", "示范市", "青山县", "青山镇", "石桥村");
        assertThat(browser.text("#roles")).isEqualTo("村级社会救助协理员");
        assertThat(browser.text("h1")).isEqualTo("石桥村 协理员，您好");
        screenshot("home");

        browser.find("a[href='/households']").click();
        browser.waitFor("#name").sendKeys(head);
        // htmx replaces the results while the person types: no button pressed
        browser.waitForText("#results", head);
        // the answer to an earlier keystroke (a shorter prefix) may still be on the page: wait for the last one
        browser.waitForText("#result-count", "共 1 户");
        assertThat(browser.text("#result-count")).isEqualTo("共 1 户");
        // and the address follows, so the search can be bookmarked or reloaded without JavaScript
        browser.waitForPath("/households?name=");
        screenshot("search");
        browser.find("#results a[href='/households/" + shiqiao + "']").click();

        browser.waitForText("h1", head + "家");
        assertThat(browser.text("#household-region")).contains("石桥村");
        assertThat(browser.text("#members")).contains(head, "户主");
        screenshot("household");

        browser.go("/households/" + hekou);
        assertThat(browser.text("h1")).isEqualTo("找不到这个页面");
        assertThat(browser.driver().getPageSource()).doesNotContain("河口村");
    }

    @Test
    void aBadIdNumberOnTheRegistrationFormIsSummarisedAtTheTopAndShownBesideTheField() {
        browser.signIn("shiqiao.coordinator", PASSWORD);
        browser.go("/households/new");
        browser.find("#address").sendKeys("石桥村 7 组 3 号");
        browser.find("#residence").click();
        browser.find("#headName").sendKeys(TestHouseholds.uniqueName("错号"));
        browser.find("#headIdNumber").sendKeys("99012119800101123");
        browser.find("#form button[type=submit]").click();

        browser.waitFor(".error-summary");
        assertThat(browser.text("#error-summary-title")).isEqualTo("出现了问题");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(browser.text("#headIdNumber-error")).startsWith("错误：").contains("请检查户主身份证号");
        assertThat(browser.find("#headIdNumber").getAttribute("value")).isEqualTo("99012119800101123");
        assertThat(new Select(browser.find("#village")).getFirstSelectedOption().getText()).isEqualTo("石桥村");
        screenshot("household-form-error");

        // the summary's link takes the person to the field
        browser.find(".error-summary a[href='#headIdNumber']").click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("headIdNumber");
    }

    @Test
    void switchingToEnglishShowsEnglishLabels() {
        browser.signIn("shiqiao.coordinator", PASSWORD);
        browser.go("/households");
        assertThat(browser.text("label[for=name]")).isEqualTo("姓名");
        browser.find("a[hreflang=en]").click();
        browser.waitForText("h1", "Find a household");
        assertThat(browser.text("label[for=name]")).isEqualTo("Name");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.find("a[href='/']").click();
        assertThat(browser.text("#roles")).isEqualTo("Village social-assistance coordinator");
    }

    @Test
    void aWrongPasswordShowsTheSignInError() {
        browser.signIn("shiqiao.coordinator", "not-the-password");
        browser.waitFor(".error-summary");
        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.text(".error-summary")).contains("用户名或密码不正确");
        assertThat(browser.text("#username-error")).contains("用户名或密码不正确");
        // a successful sign-in clears the count of failures, so other tests are never locked out
        browser.signIn("shiqiao.coordinator", PASSWORD);
        assertThat(browser.driver().findElements(By.cssSelector("#region-path"))).hasSize(1);
    }

    private void screenshot(String name) {
        Path saved = browser.screenshot(name);
        assertThat(Files.isRegularFile(saved)).isTrue();
    }
}

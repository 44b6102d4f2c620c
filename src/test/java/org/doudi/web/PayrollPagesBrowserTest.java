package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.doudi.payment.PaymentWorld;
import org.doudi.testing.BrowserPages;
import org.doudi.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A month's payroll in a real browser: generated with its progress, approved by another officer, reconciled. */
@BrowserTest
class PayrollPagesBrowserTest extends BrowserPages {

    @Test
    void aPayrollIsGeneratedApprovedByAnotherOfficerExportedAndReconciled() throws Exception {
        PaymentWorld w = PaymentWorld.create(port);
        for (int i = 0; i < 3; i++) {
            w.grant(w.single(TestHouseholds.uniqueName("汪")).get("id").asLong(), "2026-06", "610");
        }

        browser.signIn(w.officer, PaymentWorld.PASSWORD);
        browser.find("a[href='/payrolls']").click();
        browser.waitFor("#month").clear();
        browser.find("#month").sendKeys("2026-06");
        browser.find("#form button[type=submit]").click();
        // the page polls the generation and reloads itself when it is over
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.text("#state").equals("待审核"));
        assertThat(browser.text("#payable")).isEqualTo("1,830.00");
        assertThat(browser.text("#own-payroll")).contains("另一位县级民政人员");
        screenshot("payroll-generated");
        String path = browser.path();
        browser.find("form[action='/logout'] button").click();

        browser.signIn(w.checker, PaymentWorld.PASSWORD);
        browser.go(path);
        browser.find("#approve button").click();
        browser.waitForText("#state", "已审核");
        browser.find("#export button").click();
        browser.waitForText("#state", "已导出");
        assertThat(browser.find("#downloads a[href$='bank-file.csv']").getText()).contains("CSV");
        assertThat(browser.text("#lines")).contains("****");
        screenshot("payroll-exported");

        StringBuilder csv = new StringBuilder("参考号,状态,原因\n");
        for (var cell : browser.driver().findElements(org.openqa.selenium.By.cssSelector("#lines tbody tr td:first-child"))) {
            csv.append(cell.getText()).append(",成功,\n");
        }
        Path file = Files.createTempFile("return-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try {
            browser.find("#returnFile").sendKeys(file.toAbsolutePath().toString());
            browser.find("#return button[type=submit]").click();
            browser.waitForText("#state", "已对账");
            assertThat(browser.text("#return-result")).contains("新确认到账 3 笔");
        } finally {
            Files.deleteIfExists(file);
        }

        browser.find("a[href='/funds']").click();
        browser.waitFor("#budgets, .lead");
        screenshot("funds");
    }

    private void screenshot(String name) {
        browser.screenshot("payroll-" + name);
    }
}

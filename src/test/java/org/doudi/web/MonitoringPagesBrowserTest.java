package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.monitoring.MonitoringFixtures.SHIQIAO;
import static org.doudi.monitoring.MonitoringFixtures.thisMonth;

import java.nio.file.Files;

import org.doudi.monitoring.MonitoringFixtures;
import org.doudi.testing.BrowserPages;
import org.doudi.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: a town caseworker takes a warning from the inbox and starts the monitoring identification;
 * a county officer tries a rule on a household and dry-runs it, the progress following by itself (htmx).
 */
@BrowserTest
class MonitoringPagesBrowserTest extends BrowserPages {

    private static final String PASSWORD = "Doudi-demo-2026";

    @Test
    void aWarningBecomesAnIdentificationAndARuleIsTriedAndDryRun() {
        MonitoringFixtures fx = new MonitoringFixtures(port);
        long household = fx.family(SHIQIAO);
        fx.expense(household, "MEDICAL", "25000", thisMonth().minusMonths(1));
        fx.screenShiqiao();
        long warning = fx.warnings(household, "MEDICAL_OVER_THRESHOLD").get(0).get("id").asLong();

        browser.signIn(MonitoringFixtures.CASEWORKER, PASSWORD);
        browser.go("/warnings");
        browser.find("#warnings a[href='/warnings/" + warning + "']").click();
        browser.waitForText("#message", "25000");
        screenshot("warning");
        browser.find("#decide #outcome").click(); // the first outcome: start an application (the rule's programme)
        browser.find("#decide button[type=submit]").click();
        browser.waitForPath("/monitored-households/");
        assertThat(browser.text("#state")).isEqualTo("线索核实中");
        assertThat(browser.text("#record-facts")).contains("部门筛查预警");
        screenshot("monitored-household");
        browser.find("form[action='/logout'] button").click();

        // the first household is being identified now: the rule no longer raises it; another one's bills do
        long other = fx.family(SHIQIAO);
        fx.expense(other, "MEDICAL", "16000", thisMonth().minusMonths(2));
        browser.signIn(MonitoringFixtures.COUNTY, PASSWORD);
        browser.go("/screening-rules/MEDICAL_OVER_THRESHOLD");
        browser.find("#householdIds").sendKeys(household + ", " + other);
        browser.find("#try").click();
        browser.waitForText("#trial-count", "2 户中命中 1 户");
        assertThat(browser.text("#samples")).contains("16000");
        screenshot("rule-try");
        browser.find("#dry-region").sendKeys(SHIQIAO);
        browser.find("#dry-run button[type=submit]").click();
        browser.waitForPath("/screening-runs/");
        // htmx asks for the figures every two seconds until the run is over
        browser.waitForText("#run-state", "已完成");
        assertThat(browser.text("#run-matches")).matches("[1-9]\\d*");
        screenshot("dry-run");
    }

    private void screenshot(String name) {
        assertThat(Files.isRegularFile(browser.screenshot("monitoring-" + name))).isTrue();
    }
}

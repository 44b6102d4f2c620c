package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.doudi.testing.Browser;
import org.doudi.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deaths file in a real browser, as 青山县's officer sends it: rejected with its problems, its good rows imported,
 * the same file refused; and a large file whose progress page polls until the import is over.
 */
@BrowserTest
class FeedPagesBrowserTest {

    static final String PASSWORD = "Doudi-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    final List<Path> files = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
        // the progress is htmx polling a fragment: no inline script or style
        browser.closeCheckingContentSecurityPolicy();
    }

    @Test
    void aBadDeathsFileIsRejectedWithItsProblemsItsGoodRowsAreImportedAndTheSameFileIsRefused() throws Exception {
        String registered = TestHouseholds.freshIdNumber();
        String head = TestHouseholds.uniqueName("祁");
        TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, head, registered);
        Path file = file("deaths-2026-04.csv", FeedPagesTest.HEADER
                + registered + "," + head + ",死亡,2026-04-02,SW0402,青山县人民医院\n"
                + FeedPagesTest.strangerId() + ",钱某,火化,2026-04-05,,\n"
                + FeedPagesTest.wrongCheckDigit(FeedPagesTest.strangerId()) + ",孙某,DEATH,2026-04-06,,\n"
                + FeedPagesTest.strangerId() + ",李某,DEATH,2099-01-01,,\n");

        browser.signIn("qingshan.county", PASSWORD);
        browser.find("a[href='/feeds']").click();
        browser.waitFor("#upload-link").click();
        browser.waitFor("#feedType");
        assertThat(browser.find("#importMode").isSelected()).as("reject the whole file by default").isTrue();
        browser.find("#templates summary").click();
        assertThat(browser.find("#template-deaths a[href='/feeds/types/deaths/template.xlsx']").isDisplayed()).isTrue();
        screenshot("form");
        upload("deaths", null, file);

        waitForImportPage();
        String firstPath = browser.path();
        assertThat(browser.text("#outcome")).contains("4 行中有 2 行有问题").contains("没有保存任何数据");
        assertThat(rows("#problem-list")).containsExactly("4 id_number 身份证号码", "5 date 日期");
        assertThat(browser.text("#problem-list")).contains("check digit").contains("in the future");
        assertThat(browser.text("#count-imported")).isEqualTo("0");
        long first = Long.parseLong(firstPath.substring("/feeds/".length()));
        assertThat(jdbc.queryForObject("select count(*) from feed_fact where import_id = ?", Long.class, first))
                .as("nothing stored").isZero();
        screenshot("rejected");

        browser.find("#upload-good").click();
        browser.waitFor("#feedFile");
        assertThat(browser.find("#importMode-import-good").isSelected()).isTrue();
        assertThat(new Select(browser.find("#feedType")).getFirstSelectedOption().getAttribute("value")).isEqualTo("deaths");
        browser.find("#feedFile").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> browser.path().matches("/feeds/\\d+") && !browser.path().equals(firstPath));
        assertThat(browser.text("#import-status")).isEqualTo("已导入");
        assertThat(browser.text("#count-rows")).isEqualTo("4");
        assertThat(browser.text("#count-imported")).isEqualTo("2");
        assertThat(browser.text("#count-unmatched")).isEqualTo("1");
        assertThat(browser.text("#count-rejected")).isEqualTo("2");
        assertThat(rows("#problem-list")).containsExactly("4 id_number 身份证号码", "5 date 日期");
        screenshot("imported");
        browser.find("#unmatched-link").click();
        browser.waitFor("#unmatched");
        assertThat(browser.text("#unmatched")).contains("钱某").contains("********");

        browser.go("/feeds/new?type=deaths&mode=import-good");
        upload(null, null, file);
        browser.waitForText("#feedFile-error", "以前已经导入过");
        assertThat(browser.driver().getTitle()).startsWith("错误：");
        assertThat(browser.text(".error-summary")).contains("以前已经导入过");
        screenshot("already-imported");
    }

    @Test
    void aLargeFileShowsItsProgressUntilItIsCheckedThenItsResult() throws Exception {
        int rows = 120_000;
        StringBuilder csv = new StringBuilder(FeedPagesTest.HEADER);
        for (int i = 1; i < rows; i++) {
            csv.append(FeedPagesTest.strangerId()).append(",大文件,DEATH,2026-01-15,,\n");
        }
        csv.append(FeedPagesTest.strangerId()).append(",大文件,BURIAL,2026-01-15,,\n");
        Path file = file("deaths-large.csv", csv.toString());

        browser.signIn("qingshan.county", PASSWORD);
        browser.go("/feeds/new");
        upload("deaths", "reject-file", file);

        // the page answers at once, before the file is checked
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
                .until(d -> browser.path().startsWith("/feeds/uploads/") || browser.path().matches("/feeds/\\d+"));
        assertThat(browser.path()).as("the progress page, not the result").startsWith("/feeds/uploads/");
        String progressPath = browser.path();
        List<String> phases = new ArrayList<>();
        // every second htmx swaps the fragment: an element found a moment ago may be gone
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180), Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    if (!browser.path().equals(progressPath)) {
                        return true;
                    }
                    assertThat(browser.find("#upload-progress").isDisplayed()).isTrue();
                    String phase = browser.text("#upload-phase");
                    if (!phase.isBlank() && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                        phases.add(phase);
                        if (phase.contains("已检查") && phases.stream().filter(p -> p.contains("已检查")).count() == 2) {
                            screenshot("progress");
                        }
                    }
                    return false;
                });
        System.out.println("Feed upload progress as the page showed it: " + phases);
        // htmx swapped the fragment (no reload by the test) and the page moved on by itself when it was over
        assertThat(browser.path()).matches("/feeds/\\d+");
        assertThat(phases).as("the phases the page showed").isNotEmpty()
                .allMatch(p -> p.startsWith("排队") || p.startsWith("正在"));
        assertThat(browser.text("#outcome")).contains(String.format(java.util.Locale.ROOT, "%,d 行中有 1 行有问题", rows)).contains("没有保存任何数据");
        assertThat(rows("#problem-list")).containsExactly((rows + 1) + " event 事件");
        screenshot("large-rejected");
    }

    private void upload(String type, String mode, Path file) {
        if (type != null) {
            new Select(browser.find("#feedType")).selectByValue(type);
        }
        if (mode != null) {
            browser.find("input[name=importMode][value='" + mode + "']").click();
        }
        browser.find("#feedFile").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload").click();
    }

    private void waitForImportPage() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.path().matches("/feeds/\\d+"));
        browser.waitFor("#import-status");
    }

    /** Each problem's row and column, as the table shows them. */
    private List<String> rows(String table) {
        List<String> rows = new ArrayList<>();
        for (var tr : browser.driver().findElements(By.cssSelector(table + " tbody tr"))) {
            var cells = tr.findElements(By.tagName("td"));
            rows.add(cells.get(0).getText() + " " + cells.get(1).getText().replaceAll("\\s+", " "));
        }
        return rows;
    }

    private Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("feed-upload-");
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        files.add(f);
        files.add(dir);
        return f;
    }

    private void screenshot(String name) {
        browser.screenshot("feeds-" + name);
    }
}

package org.doudi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the installed chromedriver, with a fresh profile of its own.
 * Both paths are given to Selenium, so Selenium Manager is never asked to find or download anything.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(env("DOUDI_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(env("DOUDI_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Where files the pages download arrive (inside the browser's own profile, deleted with it). */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    /** Waits (up to fifteen seconds) until a download of that name is complete; answers its path. */
    public Path waitForDownload(String fileName) {
        Path file = downloads().resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads().resolve(fileName + ".crdownload")));
        return file;
    }

    public static Browser open(int port) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("doudi-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // downloads land in the profile without asking; a PDF is saved, not shown in the viewer
        options.setExperimentalOption("prefs", Map.of("download.default_directory",
                profile.resolve("downloads").toString(), "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, "http://localhost:" + port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits (up to ten seconds) until the element is on the page and visible. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until the address (path and query) starts with {@code prefix}. */
    public void waitForPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().startsWith(prefix));
    }

    public void signIn(String username, String password) {
        go("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("form[action='/login'] button[type=submit]").click();
        // the sign-in ends on the home page or back on the login page with its error; a page opened before that
        // would be overtaken by the redirect of the sign-in
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !path().startsWith("/login") || path().startsWith("/login?error"));
    }

    /** Saves the whole page, not only the window, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(),
                height.intValue() + 100)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** What the pages wrote to the browser's console since the last call, e.g. refusals under the CSP. */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /**
     * Closes the browser, failing the test when a page broke the content security policy (no inline script
     * or style): every browser test ends with this check.
     */
    public void closeCheckingContentSecurityPolicy() {
        try {
            List<String> refused = consoleMessages().stream().filter(m -> m.contains("Content Security Policy")).toList();
            if (!refused.isEmpty()) {
                throw new AssertionError("the content security policy refused: " + refused);
            }
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile harms nothing
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

package org.doudi.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page test in a real browser: a browser of its own for each test, closed with the check that the pages and
 * htmx kept within the content security policy (no inline script or style).
 */
public abstract class BrowserPages {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeEach
    protected void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    protected void closeBrowser() {
        browser.closeCheckingContentSecurityPolicy();
    }
}

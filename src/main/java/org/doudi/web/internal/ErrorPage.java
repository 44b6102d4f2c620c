package org.doudi.web.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page, whatever went wrong: a status, plain words for it, and for a failure of
 * Doudi itself an incident id that the person can quote and the administrator can find in the log.
 * Never a stack trace, an exception message or a framework's own page.
 */
final class ErrorPage {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorPage() {
    }

    static ModelAndView of(HttpStatusCode status) {
        ModelAndView page = new ModelAndView("errors/page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("texts", "error." + textsFor(status.value()));
        return page;
    }

    /** A failure of Doudi: logged once, with the id the page shows. */
    static ModelAndView incident(HttpStatusCode status, String method, String uri, Throwable cause) {
        String incident = HexFormat.of().toHexDigits(RANDOM.nextInt());
        log.error("Incident {}: {} {} failed", incident, method, uri, cause);
        ModelAndView page = of(status);
        page.addObject("incident", incident);
        return page;
    }

    /** Which texts explain a status: the common ones have their own, the rest share their class's. */
    static String textsFor(int status) {
        return switch (status) {
            case 400, 403, 404, 409 -> Integer.toString(status);
            default -> status >= 500 ? "500" : "400";
        };
    }
}

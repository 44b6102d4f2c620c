package org.doudi.web.internal;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages: Chinese unless the person chose English, remembered in a cookie for a
 * year. Only the two languages Doudi has texts for exist here, whatever a cookie or a {@code ?lang=}
 * says, so that {@code <html lang>} always matches the texts shown.
 */
final class LanguageResolver implements LocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "doudi-lang";
    private static final String CHOSEN_NOW = LanguageResolver.class.getName() + ".chosen";

    static Locale supported(Locale wanted) {
        return wanted != null && ENGLISH.getLanguage().equals(wanted.getLanguage()) ? ENGLISH : CHINESE;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN_NOW) instanceof Locale chosen) {
            return chosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return supported(Locale.forLanguageTag(c.getValue()));
                }
            }
        }
        return CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale);
        // the page that answers the switch is already in the new language
        request.setAttribute(CHOSEN_NOW, chosen);
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, chosen.toLanguageTag())
                    .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build().toString());
        }
    }
}

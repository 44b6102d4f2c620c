package org.doudi.web.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security posts the form and redirects back here: {@code ?error} after a
 * refused attempt (why is in the session), {@code ?logout} after signing out, {@code ?expired} when
 * the session timed out.
 */
@Controller
class LoginController {

    /** Why the last attempt was refused, as the message key the page shows. */
    enum Refusal {
        BAD_CREDENTIALS("login.error.badCredentials"),
        LOCKED("login.error.locked"),
        DISABLED("login.error.disabled");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String getMessageKey() {
            return messageKey;
        }
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String expired, HttpSession session, Model model) {
        if (error != null) {
            Object why = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("refusal", why instanceof LockedException ? Refusal.LOCKED
                    : why instanceof DisabledException ? Refusal.DISABLED : Refusal.BAD_CREDENTIALS);
        } else if (logout != null) {
            model.addAttribute("notice", "login.signedOut");
        } else if (expired != null) {
            model.addAttribute("notice", "login.expired");
        }
        return "login";
    }
}

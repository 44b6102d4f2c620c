package org.doudi.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test classpath only: a page that fails, to see what a person is shown when Doudi itself breaks. */
@Controller
class BrokenPageForTests {

    static final String SECRET = "connection string with password hunter2";

    @GetMapping("/test-only/broken")
    String broken() {
        throw new IllegalStateException(SECRET);
    }
}

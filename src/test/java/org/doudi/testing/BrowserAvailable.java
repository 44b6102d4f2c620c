package org.doudi.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and chromedriver are installed; otherwise skips them with
 * a message saying what is missing, or, under {@code DOUDI_TEST_BROWSER=required} (as in CI), fails.
 */
public final class BrowserAvailable implements ExecutionCondition {

    private static boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(Browser.CHROMIUM, Browser.CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                missing.add(p.toString());
            }
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM);
        }
        String why = "no executable " + String.join(" or ", missing)
                + " (install Debian's chromium and chromium-driver, or set DOUDI_CHROMIUM / DOUDI_CHROMEDRIVER)";
        if ("required".equalsIgnoreCase(System.getenv("DOUDI_TEST_BROWSER"))) {
            throw new IllegalStateException("DOUDI_TEST_BROWSER=required but " + why);
        }
        synchronized (BrowserAvailable.class) {
            if (!told) {
                System.err.println("SKIPPED (browser): " + why);
                told = true;
            }
        }
        return ConditionEvaluationResult.disabled(why);
    }
}

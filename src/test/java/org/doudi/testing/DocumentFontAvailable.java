package org.doudi.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the tests that produce PDF documents only where a TrueType font with Chinese glyphs is installed
 * (Debian's fonts-wqy-zenhei or fonts-droid-fallback, or the file DOUDI_DOCUMENTS_FONT names); otherwise
 * skips them saying what is missing, or, under {@code DOUDI_TEST_FONTS=required} (as in CI), fails.
 * The application itself answers 503 then; {@code DocumentFontTest} covers that.
 */
public final class DocumentFontAvailable implements ExecutionCondition {

    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    private static boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String configured = System.getenv("DOUDI_DOCUMENTS_FONT");
        List<Path> candidates = configured == null || configured.isBlank() ? FONTS : List.of(Path.of(configured));
        if (candidates.stream().anyMatch(Files::isReadable)) {
            return ConditionEvaluationResult.enabled("a Chinese TrueType font is installed");
        }
        String why = "no Chinese TrueType font for PDF documents (install Debian's fonts-wqy-zenhei, or set "
                + "DOUDI_DOCUMENTS_FONT)";
        if ("required".equalsIgnoreCase(System.getenv("DOUDI_TEST_FONTS"))) {
            throw new IllegalStateException("DOUDI_TEST_FONTS=required but " + why);
        }
        synchronized (DocumentFontAvailable.class) {
            if (!told) {
                System.err.println("SKIPPED (documents): " + why);
                told = true;
            }
        }
        return ConditionEvaluationResult.disabled(why);
    }
}

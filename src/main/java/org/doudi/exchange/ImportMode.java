package org.doudi.exchange;

import java.util.Arrays;
import java.util.Optional;

/** What to do with a file some of whose rows are bad. */
public enum ImportMode {
    /** Any bad row rejects the whole file: nothing is written but the report. The default. */
    REJECT_FILE("reject-file"),
    /** The good rows are imported, the bad ones reported. */
    IMPORT_GOOD("import-good");

    private final String word;

    ImportMode(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ImportMode> fromWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(m -> m.word.equalsIgnoreCase(t) || m.name().equalsIgnoreCase(t))
                .findFirst();
    }
}

package org.doudi.exchange;

import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/**
 * Importing department files, as the signed-in actor. Imports are made by county officers and administrators
 * ({@code AccessDeniedException} otherwise) and belong to the uploader's region: lists and details show the
 * imports made inside the actor's region, anything else reads as missing ({@code NotFoundException}).
 * Every import, imported or rejected, is audited in its own transaction.
 */
public interface FeedImports {

    /** How many problems of one file are kept and shown; the count of all is {@link FeedImport#problemsTotal()}. */
    int PROBLEMS_KEPT = 10_000;

    /**
     * Validates every row of the file (CSV in UTF-8 or GB18030, or XLSX: its first sheet), then — unless the file
     * is rejected — stores the good rows in one transaction: all of them or, after a failure, none.
     *
     * @param fileName the name the file had (its extension, {@code .csv} or {@code .xlsx}, says its format)
     * @throws org.doudi.shared.web.InvalidInputException when the file name says no known format
     * @throws org.doudi.shared.web.ConflictException when the same content was already imported for this type
     *         (nothing is written)
     */
    FeedImport importFile(FeedType type, ImportMode mode, String fileName, InputStream content, Progress progress);

    FeedImport get(long id);

    /** Newest first; {@code type} null for all; {@code page} from 0, {@code size} 1–200. */
    ImportPage list(FeedType type, int page, int size);

    /** The stored rows of an import that matched nobody registered when imported, in row order. */
    List<UnmatchedRow> unmatched(long importId);

    /**
     * The report of an import as CSV (UTF-8 with a byte-order mark, so that spreadsheets open it as such):
     * every kept problem, then every unmatched row, each with its row and column.
     */
    void writeReport(long importId, Writer out);

    /**
     * Matches the stored facts again: rows whose person was registered since, and facts of people who moved to
     * another household. Administrators only. Answers how many facts changed.
     */
    int rematch();

    /** Called every few thousand rows while a file is read, and once at the end. */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (phase, done) -> {
        };

        void update(String phase, long done);
    }

    record ImportPage(List<FeedImport> items, int page, int size, long total) {
    }

    /** A stored row no registered person has the ID number of (the number is shown masked). */
    record UnmatchedRow(int row, String idNumberMasked, String name) {
    }
}

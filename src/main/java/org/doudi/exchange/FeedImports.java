package org.doudi.exchange;

import java.io.InputStream;
import java.io.OutputStream;
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

    /** Whether the signed-in actor may import files: what pages ask to offer the upload form. */
    boolean mayImport();

    FeedImport get(long id);

    /** Newest first; {@code type} null for all; {@code page} from 0, {@code size} 1–200. */
    ImportPage list(FeedType type, int page, int size);

    /** The stored rows of an import that matched nobody registered when imported, in row order. */
    List<UnmatchedRow> unmatched(long importId);

    /** One page of {@link #unmatched(long)}: {@code page} from 0, {@code size} 1–200; the total counts them all. */
    UnmatchedPage unmatched(long importId, int page, int size);

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

    /** The layout of a feed's file: its columns, as the templates and {@code docs/feeds/} describe them. */
    FeedFileLayout layout(FeedType type);

    /** Writes the template of a feed — its header of Chinese labels and an example row — to download. */
    void writeTemplate(FeedType type, FileFormat format, OutputStream out);

    enum FileFormat { CSV, XLSX }

    /** What an import is doing, in the order it does it. */
    enum Phase {
        /** copying the upload and computing its SHA-256 (a file imported before is refused after this) */
        RECEIVING,
        /**
         * checking every row; the good ones are matched to registered people and written as they come, in the
         * import's one transaction, which keeps them only if the file is accepted
         */
        CHECKING,
        /** the end of that transaction: the counts, the problems, the audit (for a refused file: its problems) */
        WRITING
    }

    /**
     * Told when each phase begins and, while the rows are checked, every {@value FeedImports#PROGRESS_EVERY_ROWS} rows and
     * at the end. {@code done}: rows checked (CHECKING), good rows (WRITING), 0 otherwise. {@code percent}: how much of the phase is done — for CHECKING a CSV file,
     * by the bytes read; 100 at its end — or -1 when that is not known. Called by the import's threads, one call at a time:
     * keep it quick.
     */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (phase, done, percent) -> {
        };

        void update(Phase phase, long done, int percent);
    }

    int PROGRESS_EVERY_ROWS = 10_000;

    record ImportPage(List<FeedImport> items, int page, int size, long total) {
    }

    record UnmatchedPage(List<UnmatchedRow> items, int page, int size, long total) {
    }

    /** A stored row no registered person has the ID number of (the number is shown masked). */
    record UnmatchedRow(int row, String idNumberMasked, String name) {
    }
}

package org.doudi.exchange;

import java.time.Instant;
import java.util.List;

/**
 * One file submitted to the exchange and what became of it. Counts: {@code rows} data rows read;
 * {@code imported} new facts stored; {@code rejected} bad rows; {@code duplicates} good rows already known
 * (from an earlier import or twice in this file); {@code unmatched} stored facts whose ID number belongs to
 * nobody registered (yet). {@code problems} lists the first problems (at most {@link FeedImports#PROBLEMS_KEPT});
 * {@code problemsTotal} counts them all. {@code regionCode} is the uploader's region.
 */
public record FeedImport(long id, FeedType type, ImportMode mode, ImportStatus status, String fileName, String format,
                         String fileHash, String regionCode, int rows, int imported, int rejected, int duplicates,
                         int unmatched, int problemsTotal, List<RowProblem> problems, String importedBy,
                         Instant startedAt, Instant finishedAt) {
}

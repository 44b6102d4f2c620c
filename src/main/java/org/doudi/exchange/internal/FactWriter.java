package org.doudi.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.doudi.exchange.FeedType;
import org.doudi.registry.PersonLocation;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the good rows of a file into {@code feed_fact}, in the caller's transaction, adding nothing that is
 * already there (the natural key, {@code on conflict do nothing}) and answering how many rows were new.
 * PostgreSQL: the rows already stored are found by their digests, then one {@code COPY} of the others, each
 * with its match, straight into the table. Other databases (H2): JDBC batches of
 * {@code insert … on conflict do nothing}.
 */
@Component
class FactWriter {

    private static final String INSERT_COLUMNS = "import_id, kind, " + GoodRows.COLUMNS
            + ", person_id, household_id, region_code, matched_at";
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    FactWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    String method() {
        return isPostgres() ? "postgresql-copy" : "jdbc-batch";
    }

    /**
     * @param matches  the registered people by blind index (rows of others are unmatched)
     * @param unmatchedRegion the region of the unmatched rows (the uploader's)
     * @return how many rows were new
     */
    int write(long importId, FeedType type, Path goodRows, Map<String, PersonLocation> matches, String unmatchedRegion,
              Instant now) throws IOException {
        return isPostgres() ? copy(importId, type, goodRows, matches, unmatchedRegion, now)
                : batches(importId, type, goodRows, matches, unmatchedRegion, now);
    }

    /**
     * {@code COPY} straight into {@code feed_fact}, which cannot skip a row already there the way
     * {@code insert … on conflict do nothing} can, so the rows already stored are found first: the file's row
     * digests are copied into a temporary table and looked up in the unique index, and those rows, with any
     * repeated within the file, are left out of the {@code COPY}. The unique index still has the last word: an
     * import committing the same rows in between makes this one fail as a whole, and the caller tries again.
     */
    private int copy(long importId, FeedType type, Path goodRows, Map<String, PersonLocation> matches,
                     String unmatchedRegion, Instant now) throws IOException {
        Set<UUID> stored = storedAlready(goodRows);
        String prefix = importId + "," + type.name() + ",";
        String matchedAt = "," + now;
        Function<String, String> row = line -> {
            if (!stored.add(UUID.fromString(GoodRows.rowDigest(line)))) {
                return null;
            }
            PersonLocation p = matches.get(GoodRows.idHash(line));
            StringBuilder b = new StringBuilder(line.length() + 64).append(prefix).append(line).append(',');
            if (p == null) {
                return b.append(",,").append(unmatchedRegion).append(',').toString();
            }
            b.append(p.personId()).append(',');
            if (p.householdId() != null) {
                b.append(p.householdId());
            }
            return b.append(',').append(p.regionCode()).append(matchedAt).toString();
        };
        return (int) copyIn("copy feed_fact (" + INSERT_COLUMNS + ") from stdin with (format csv)", goodRows, row);
    }

    /** The row digests of the file that {@code feed_fact} holds already (a temporary table and the unique index). */
    private Set<UUID> storedAlready(Path goodRows) throws IOException {
        jdbc.execute("create temporary table feed_incoming (row_digest uuid) on commit drop");
        copyIn("copy feed_incoming from stdin", goodRows, GoodRows::rowDigest);
        Set<UUID> stored = new HashSet<>();
        jdbc.query("""
                select i.row_digest from feed_incoming i
                 where exists (select 1 from feed_fact f where f.row_digest = i.row_digest)""",
                (ResultSet rs) -> {
                    stored.add(rs.getObject(1, UUID.class));
                });
        jdbc.execute("drop table feed_incoming");
        return stored;
    }

    /** {@code COPY … from stdin} of the spool's lines, each made a line of input by {@code row} (or left out: null). */
    private long copyIn(String sql, Path goodRows, Function<String, String> row) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Reader lines = new LineReader(Files.newBufferedReader(goodRows, StandardCharsets.UTF_8), row)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, lines);
        } catch (SQLException e) {
            throw translate(sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private int batches(long importId, FeedType type, Path goodRows, Map<String, PersonLocation> matches,
                        String unmatchedRegion, Instant now) throws IOException {
        String sql = "insert into feed_fact (" + INSERT_COLUMNS + ") values (" + "?, ".repeat(23) + "?)"
                + " on conflict do nothing";
        int inserted = 0;
        List<Object[]> batch = new ArrayList<>(BATCH);
        try (CsvSheet rows = new CsvSheet(goodRows)) {
            String[] f;
            while ((f = rows.next()) != null) {
                if (f.length == 1 && f[0].isEmpty()) {
                    continue;
                }
                PersonLocation at = matches.get(f[1]);
                batch.add(new Object[] {importId, type.name(), Integer.parseInt(f[0]), f[1], f[2], f[3], f[4],
                        date(f[5]), date(f[6]), date(f[7]), text(f[8]), text(f[9]),
                        f[10].isEmpty() ? null : Integer.parseInt(f[10]), amount(f[11]), amount(f[12]), text(f[13]),
                        text(f[14]), text(f[15]), java.util.UUID.fromString(f[16]), Long.parseLong(f[17]),
                        at == null ? null : at.personId(),
                        at == null ? null : at.householdId(), at == null ? unmatchedRegion : at.regionCode(),
                        at == null ? null : Timestamp.from(now)});
                if (batch.size() == BATCH) {
                    inserted += flush(sql, batch);
                }
            }
        }
        return inserted + flush(sql, batch);
    }

    private int flush(String sql, List<Object[]> batch) {
        int n = 0;
        for (int count : jdbc.batchUpdate(sql, batch)) {
            n += Math.max(count, 0);
        }
        batch.clear();
        return n;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            postgres = "PostgreSQL".equalsIgnoreCase(product);
        }
        return postgres;
    }

    private DataAccessException translate(String task, SQLException e) {
        return jdbc.getExceptionTranslator().translate(task, null, e);
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static BigDecimal amount(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static String text(String s) {
        return s.isEmpty() ? null : s;
    }

    /** A spool's lines, each turned into a line of {@code COPY} input (or left out when null), as one stream. */
    private static final class LineReader extends Reader {

        private final BufferedReader lines;
        private final Function<String, String> row;
        private final StringBuilder pending = new StringBuilder(16_384);
        private int at;
        private boolean done;

        LineReader(BufferedReader lines, Function<String, String> row) {
            this.lines = lines;
            this.row = row;
        }

        @Override
        public int read(char[] into, int off, int len) throws IOException {
            while (at == pending.length()) {
                if (done) {
                    return -1;
                }
                pending.setLength(0);
                at = 0;
                for (int i = 0; i < 64; i++) {
                    String line = lines.readLine();
                    if (line == null) {
                        done = true;
                        break;
                    }
                    String out = line.isEmpty() ? null : row.apply(line);
                    if (out != null) {
                        pending.append(out).append('\n');
                    }
                }
            }
            int n = Math.min(len, pending.length() - at);
            pending.getChars(at, at + n, into, off);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}

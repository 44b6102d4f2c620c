package org.doudi.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * PostgreSQL: one {@code COPY} of the spool (with each row's match) into a temporary staging table, then one
 * {@code insert … select … on conflict do nothing}. Other databases (H2): JDBC batches of the same insert.
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

    private int copy(long importId, FeedType type, Path goodRows, Map<String, PersonLocation> matches,
                     String unmatchedRegion, Instant now) throws IOException {
        jdbc.execute("""
                create temporary table feed_staging (
                    row_no integer, id_number_hash varchar(64), id_number_masked varchar(18), name varchar(50),
                    row_key varchar(200), fact_date date, end_date date, in_force_to date, code varchar(30),
                    subcode varchar(30), grade smallint, amount numeric(14, 2), amount2 numeric(14, 2),
                    reference varchar(60), organisation varchar(100), detail varchar(200), row_digest uuid,
                    id_key bigint, person_id bigint,
                    household_id bigint, region_code varchar(12)) on commit drop""");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (BufferedReader lines = Files.newBufferedReader(goodRows, StandardCharsets.UTF_8)) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy feed_staging (" + GoodRows.COLUMNS + ", person_id, household_id, region_code)"
                    + " from stdin with (format csv)", new MatchedLines(lines, matches, unmatchedRegion));
        } catch (SQLException e) {
            throw translate("COPY into feed_staging", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        int inserted = jdbc.update("insert into feed_fact (" + INSERT_COLUMNS + ") select ?, ?, " + GoodRows.COLUMNS
                + ", person_id, household_id, region_code, case when person_id is null then null else cast(? as timestamp with time zone) end"
                // in the unique index's order: each of its pages is visited once, not at random
                + " from feed_staging order by row_digest on conflict do nothing",
                importId, type.name(), Timestamp.from(now));
        jdbc.execute("drop table feed_staging");
        return inserted;
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

    /** The spool's lines, each followed by its match (person, household, region), as one character stream for COPY. */
    private static final class MatchedLines extends Reader {

        private final BufferedReader lines;
        private final Map<String, PersonLocation> matches;
        private final String unmatchedRegion;
        private final StringBuilder pending = new StringBuilder(8192);
        private int at;
        private boolean done;

        MatchedLines(BufferedReader lines, Map<String, PersonLocation> matches, String unmatchedRegion) {
            this.lines = lines;
            this.matches = matches;
            this.unmatchedRegion = unmatchedRegion;
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
                    PersonLocation p = matches.get(GoodRows.idHash(line));
                    pending.append(line).append(',');
                    if (p == null) {
                        pending.append(",,").append(unmatchedRegion);
                    } else {
                        pending.append(p.personId()).append(',');
                        if (p.householdId() != null) {
                            pending.append(p.householdId());
                        }
                        pending.append(',').append(p.regionCode());
                    }
                    pending.append('\n');
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

package org.doudi.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.doudi.exchange.FeedType;
import org.doudi.exchange.internal.FactStream.NewFact;
import org.doudi.registry.PersonLocation;
import org.doudi.shared.jdbc.BinaryCopy;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the new rows of a {@link FactStream} into {@code feed_fact}, in the caller's transaction, as they come.
 * PostgreSQL: one binary {@code COPY} straight into the table, fed while the file is still being checked. Other
 * databases (H2): JDBC batches of {@code insert … on conflict do nothing}. The stream has left out the rows
 * already stored; the unique index on the row digest still has the last word (decision 0024).
 */
@Component
class FactWriter {

    private static final String INSERT_COLUMNS = "import_id, kind, row_no, id_number_hash, id_number_masked, name,"
            + " row_key, fact_date, end_date, in_force_to, code, subcode, grade, amount, amount2, reference,"
            + " organisation, detail, row_digest, id_key, person_id, household_id, region_code, matched_at";

    /** How many fields each binary {@code COPY} row has: one per column named above. */
    private static final int FIELDS = INSERT_COLUMNS.split(",").length;

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
     * @param unmatchedRegion the region of the rows nobody registered has the ID number of (the uploader's)
     * @return how many rows were written
     */
    long write(long importId, FeedType type, FactStream facts, String unmatchedRegion, Instant now) {
        return isPostgres() ? copy(importId, type, facts, unmatchedRegion, now)
                : batches(importId, type, facts, unmatchedRegion, now);
    }

    /**
     * Whether a row stored already makes the write fail (PostgreSQL's {@code COPY}: the unique index refuses it)
     * instead of being skipped unnoticed (the batches' {@code on conflict do nothing}): only then may an import
     * leave rows unlooked-for ({@link FactStream}'s optimism).
     */
    boolean refusesStoredRows() {
        return isPostgres();
    }

    /** Which of these row digests {@code feed_fact} holds already (any transaction's committed rows). */
    Set<UUID> stored(Collection<UUID> digests) {
        Set<UUID> stored = new HashSet<>();
        jdbc.query("select row_digest from feed_fact where row_digest = any(?)",
                rs -> {
                    stored.add(rs.getObject(1, UUID.class));
                },
                new SqlParameterValue(Types.ARRAY, (SqlTypeValue) (ps, index, sqlType, typeName) ->
                        ps.setArray(index, ps.getConnection().createArrayOf("uuid", digests.toArray()))));
        return stored;
    }

    private long copy(long importId, FeedType type, FactStream facts, String unmatchedRegion, Instant now) {
        String kind = type.name();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (InputStream rows = new CopyRows(facts, (out, f) -> {
            FactRow r = f.row();
            PersonLocation at = f.match();
            out.row(FIELDS).int8(importId).text(kind).int4(r.rowNo()).text(r.idHash()).text(oneLine(r.idMasked()))
                    .text(oneLine(r.name())).text(oneLine(r.rowKey())).date(r.date()).date(r.endDate())
                    .date(r.inForceTo()).text(oneLine(r.code())).text(oneLine(r.subcode())).int2(r.grade())
                    .numeric(r.amount()).numeric(r.amount2()).text(oneLine(r.reference()))
                    .text(oneLine(r.organisation())).text(oneLine(r.detail())).uuid(r.rowDigest()).int8(r.idKey());
            if (at == null) {
                out.nul().nul().text(unmatchedRegion).nul();
            } else {
                out.int8(at.personId()).int8(at.householdId()).text(at.regionCode()).timestamptz(now);
            }
        })) {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy feed_fact (" + INSERT_COLUMNS + ") from stdin with (format binary)", rows);
        } catch (SQLException e) {
            throw translate("COPY into feed_fact", e);
        } catch (IOException e) {
            throw new IllegalStateException("could not stream the rows to the database", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A fact's text is one line, whatever the file held: line breaks become spaces. */
    static String oneLine(String s) {
        if (s == null || (s.indexOf('\n') < 0 && s.indexOf('\r') < 0)) {
            return s;
        }
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private long batches(long importId, FeedType type, FactStream facts, String unmatchedRegion, Instant now) {
        String sql = "insert into feed_fact (" + INSERT_COLUMNS + ") values (" + "?, ".repeat(FIELDS - 1) + "?)"
                + " on conflict do nothing";
        Timestamp matchedAt = Timestamp.from(now);
        long inserted = 0;
        List<NewFact> batch;
        while ((batch = facts.next()) != null) {
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (NewFact f : batch) {
                FactRow r = f.row();
                PersonLocation at = f.match();
                rows.add(new Object[] {importId, type.name(), r.rowNo(), r.idHash(), r.idMasked(), r.name(),
                        r.rowKey(), r.date(), r.endDate(), r.inForceTo(), r.code(), r.subcode(), r.grade(),
                        r.amount(), r.amount2(), r.reference(), r.organisation(), r.detail(), r.rowDigest(),
                        r.idKey(), at == null ? null : at.personId(), at == null ? null : at.householdId(),
                        at == null ? unmatchedRegion : at.regionCode(), at == null ? null : matchedAt});
            }
            for (int from = 0; from < rows.size(); from += 1_000) {
                for (int n : jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1_000)))) {
                    inserted += Math.max(n, 0);
                }
            }
        }
        return inserted;
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

    /** How a new fact becomes a row of binary {@code COPY} input. */
    private interface Row {
        void write(BinaryCopy out, NewFact fact);
    }

    /**
     * The stream's new facts as binary {@code COPY} input (decision 0037), a few hundred rows at a time, waiting
     * for the next batch while the file is still being read.
     */
    private static final class CopyRows extends InputStream {

        private final FactStream facts;
        private final Row row;
        private final BinaryCopy pending = new BinaryCopy().header();
        private List<NewFact> batch = List.of();
        private int next;
        private int at;
        private boolean done;

        CopyRows(FactStream facts, Row row) {
            this.facts = facts;
            this.row = row;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int off, int len) {
            while (at == pending.length()) {
                if (done) {
                    return -1;
                }
                pending.clear();
                at = 0;
                for (int i = 0; i < 256; i++) {
                    if (next == batch.size()) {
                        batch = facts.next();
                        next = 0;
                        if (batch == null) {
                            done = true;
                            pending.trailer();
                            break;
                        }
                        if (batch.isEmpty()) {
                            continue;
                        }
                    }
                    row.write(pending, batch.get(next++));
                }
            }
            int n = Math.min(len, pending.length() - at);
            System.arraycopy(pending.bytes(), at, into, off, n);
            at += n;
            return n;
        }
    }
}

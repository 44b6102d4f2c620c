package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Many rows into one table inside the caller's transaction: PostgreSQL {@code COPY … FROM STDIN} on the
 * transaction's own connection, JDBC batches elsewhere (H2). Values are Long, Integer, String, BigDecimal,
 * Boolean, LocalDate or null.
 */
@Component
class BulkRows {

    private static final int BATCH = 2000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    BulkRows(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, rows);
            } else {
                batch(connection, table, columns, rows);
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("insert into " + table, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(PGConnection pg, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                appendCsv(text, row[i]);
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = pg.getCopyAPI().copyIn("copy " + table + " (" + String.join(", ", columns)
                + ") from stdin with (format csv)");
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** CSV as COPY reads it: an empty unquoted field is NULL, so every text is quoted. */
    private static void appendCsv(StringBuilder text, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            text.append('"').append(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\"")).append('"');
        } else {
            text.append(value);
        }
    }

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(insert, i + 1, row[i]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setObject(index, null);
        } else if (value instanceof LocalDate d) {
            s.setDate(index, Date.valueOf(d));
        } else if (value instanceof BigDecimal b) {
            s.setBigDecimal(index, b);
        } else {
            s.setObject(index, value);
        }
    }
}

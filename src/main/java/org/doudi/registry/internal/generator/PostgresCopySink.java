package org.doudi.registry.internal.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL: each table's rows of a chunk go in one {@code COPY … FROM STDIN (FORMAT csv)} on the
 * transaction's own connection (unwrapped from the pool's proxy), an order of magnitude faster than
 * inserts.
 */
final class PostgresCopySink extends DatabaseSink {

    private final DataSource dataSource;

    PostgresCopySink(JdbcTemplate jdbc, TransactionTemplate transaction, DataSource dataSource) {
        super(jdbc, transaction);
        this.dataSource = dataSource;
    }

    @Override
    public String method() {
        return "postgresql-copy";
    }

    @Override
    protected void insert(RegistryTable table, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (Object[] row : rows) {
            CsvText.appendRow(text, row);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table.tableName() + " (" + table.columnList() + ") from stdin with (format csv)");
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("COPY into " + table.tableName(), null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}

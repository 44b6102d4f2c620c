package org.doudi.registry.internal.generator;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Any JDBC database (H2 in particular): prepared inserts in batches of {@value #BATCH} rows. */
final class JdbcBatchSink extends DatabaseSink {

    static final int BATCH = 1000;

    JdbcBatchSink(JdbcTemplate jdbc, TransactionTemplate transaction) {
        super(jdbc, transaction);
    }

    @Override
    public String method() {
        return "jdbc-batch";
    }

    @Override
    protected void insert(RegistryTable table, List<Object[]> rows) {
        String sql = table.insertSql();
        int[] types = table.sqlTypes();
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
        }
    }
}

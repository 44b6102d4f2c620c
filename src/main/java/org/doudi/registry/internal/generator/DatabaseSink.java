package org.doudi.registry.internal.generator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each chunk in a transaction of its own, so a run stopped part-way leaves whole households
 * only. Rows carry explicit ids following the highest id in each table; before a chunk is written,
 * each table's identity is moved past the chunk's ids ({@code alter table … restart with}, valid in
 * H2 and PostgreSQL), so whatever the application inserts meanwhile or later never collides.
 */
abstract class DatabaseSink implements RowSink {

    protected final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DatabaseSink(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public NextIds nextIds() {
        Map<RegistryTable, Long> first = new EnumMap<>(RegistryTable.class);
        for (RegistryTable t : RegistryTable.values()) {
            if (t.hasIdentity()) {
                first.put(t, jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + t.tableName(), Long.class));
            }
        }
        return new NextIds(first);
    }

    @Override
    public void write(ChunkRows rows, Runnable alongside) {
        reserve(rows);
        transaction.executeWithoutResult(status -> {
            alongside.run();
            for (RegistryTable t : RegistryTable.values()) {
                List<Object[]> tableRows = rows.of(t);
                if (!tableRows.isEmpty()) {
                    insert(t, tableRows);
                }
            }
        });
    }

    /** Inserts the rows of one table, inside the chunk's transaction. */
    protected abstract void insert(RegistryTable table, List<Object[]> rows);

    private void reserve(ChunkRows rows) {
        for (RegistryTable t : RegistryTable.values()) {
            List<Object[]> tableRows = rows.of(t);
            if (t.hasIdentity() && !tableRows.isEmpty()) {
                long last = (Long) tableRows.get(tableRows.size() - 1)[0];
                jdbc.execute("alter table " + t.tableName() + " alter column id restart with " + (last + 1));
            }
        }
    }

    @Override
    public void close() {
    }
}

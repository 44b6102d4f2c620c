package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Payrolls (payment module; docs/decisions/0026): the tables a generation fills by the hundred thousand rows lose
 * their foreign keys. Each key cost a trigger and a look-up per row inserted — three on every payroll line, half of
 * a million-line generation's time on PostgreSQL — and guarded against nothing that can happen: their rows are only
 * ever written by the generation's own {@code insert … select} from the rows they point to (the payroll, locked; its
 * recipients; the benefits), and payrolls, recipients and benefits are never deleted. The keys were declared
 * inline in V16, so their names are the database's own ({@code payroll_line_payroll_id_fkey} on PostgreSQL,
 * {@code CONSTRAINT_…} on H2): they are found by the database's metadata, not named here. The small tables
 * (payroll_month, payroll_rate, payment_failure, the recoveries) keep theirs.
 */
public class V22__payroll_bulk_tables_without_foreign_keys extends BaseJavaMigration {

    /** Table → the columns whose foreign key goes. */
    private static final Map<String, Set<String>> DROPPED = Map.of(
            "payroll_line", Set.of("payroll_id", "recipient_id", "benefit_id"),
            "payroll_recipient", Set.of("payroll_id"),
            "payroll_member", Set.of("payroll_id"),
            "payroll_candidate", Set.of("payroll_id"));

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String schema = c.getSchema();
        List<String> drops = new ArrayList<>();
        for (var table : DROPPED.entrySet()) {
            try (ResultSet keys = c.getMetaData().getImportedKeys(c.getCatalog(), schema, table.getKey())) {
                while (keys.next()) {
                    if (table.getValue().contains(keys.getString("FKCOLUMN_NAME").toLowerCase())) {
                        drops.add("alter table " + table.getKey() + " drop constraint \"" + keys.getString("FK_NAME")
                                + "\"");
                    }
                }
            }
        }
        if (drops.size() != 6) {
            throw new IllegalStateException("expected the 6 foreign keys of V16's payroll tables, found " + drops);
        }
        try (Statement s = c.createStatement()) {
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }
}

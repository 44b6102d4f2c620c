package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Warnings (monitoring module; docs/decisions/0038) lose their foreign keys, as payroll lines did in V22. A province's
 * first screening of the month writes a hundred thousand warnings, and each of the six keys fired a trigger and a
 * look-up per row: about half of PostgreSQL's time in that run. They guarded against nothing that can happen: a
 * warning is only ever written by a screening run, from the household, member, region, rule version and run it has
 * just read or written itself, and none of those is ever deleted. The keys were declared inline in V18, so they are
 * found by the database's metadata, not by name.
 */
public class V26__warning_written_without_foreign_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> drops = new ArrayList<>();
        try (ResultSet keys = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), "warning")) {
            while (keys.next()) {
                String drop = "alter table warning drop constraint \"" + keys.getString("FK_NAME") + "\"";
                if (!drops.contains(drop)) {
                    drops.add(drop);
                }
            }
        }
        if (drops.size() != 6) {
            throw new IllegalStateException("expected the 6 foreign keys of V18's warning table, found " + drops);
        }
        try (Statement s = c.createStatement()) {
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }
}

package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fewer, cheaper indexes on {@code feed_fact} (docs/decisions/0034-lean-feed-fact-indexes.md): each one is paid
 * for by every row of a million-row import, and on PostgreSQL the foreign key and the indexes over every row on
 * random keys cost more than the rows themselves. A Java migration because PostgreSQL gets partial indexes, which
 * H2 (the embedded first-run database, where a feed has thousands of rows, not millions) does not have.
 */
public class V20__feed_fact_lean_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = "PostgreSQL".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("drop index feed_fact_id_key");
            s.execute("drop index feed_fact_person");
            s.execute("drop index feed_fact_household");
            s.execute("drop index feed_fact_import");
            // every row of an import has the same key: the index only grows at its right edge
            s.execute("create index feed_fact_import on feed_fact (import_id)");
            if (postgres) {
                // facts are only written by the import that writes their feed_import row, in its transaction, and
                // imports are never deleted: the check fired a trigger for every row
                s.execute("alter table feed_fact drop constraint feed_fact_import_id_fkey");
                s.execute("create index feed_fact_person on feed_fact (person_id) where person_id is not null");
                // screening reads a household's facts of some kinds in a window: all three checked in the index
                s.execute("create index feed_fact_household on feed_fact (household_id, kind, in_force_to)"
                        + " where household_id is not null");
                // the blind index's key is needed only to find the rows nobody matched yet (the re-match)
                s.execute("create index feed_fact_unmatched on feed_fact (id_key) where person_id is null");
            } else {
                s.execute("create index feed_fact_person on feed_fact (person_id)");
                s.execute("create index feed_fact_household on feed_fact (household_id, kind, in_force_to)");
                s.execute("create index feed_fact_unmatched on feed_fact (id_key)");
            }
        }
    }
}

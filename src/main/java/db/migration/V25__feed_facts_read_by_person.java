package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One index on {@code feed_fact} for every reader of a person's facts (docs/decisions/0037-feed-facts-by-person.md):
 * screening reads a household's facts through its members, the verification report through the case's members,
 * the re-match through the matched people. So {@code (person_id, kind, in_force_to)} replaces both the person's
 * index and the household's, and a million-row import enters one random-keyed index fewer. On PostgreSQL the
 * import's index becomes a BRIN index: an import's rows lie together in the table, and a summary per block range
 * finds them at almost no cost to the import. A Java migration because H2 has neither partial nor BRIN indexes.
 */
public class V25__feed_facts_read_by_person extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = "PostgreSQL".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("drop index feed_fact_household");
            s.execute("drop index feed_fact_person");
            if (postgres) {
                s.execute("create index feed_fact_person on feed_fact (person_id, kind, in_force_to)"
                        + " where person_id is not null");
                s.execute("drop index feed_fact_import");
                s.execute("create index feed_fact_import on feed_fact using brin (import_id)"
                        + " with (autosummarize = on)");
            } else {
                s.execute("create index feed_fact_person on feed_fact (person_id, kind, in_force_to)");
            }
        }
    }
}

package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Codes and blind indexes compared byte by byte on PostgreSQL (docs/decisions/0036-byte-order-codes.md). A
 * database created with a language's collation (C.UTF-8 here) compares every text through the C library, a few
 * times slower than comparing bytes, and an index on such a column pays it at every step down the tree: the feed
 * facts' household index, which every imported row enters, carries the feed type; the registry finds a person by
 * the blind index of their ID number. Neither is ever shown sorted to a person, and their characters are ASCII, so
 * byte order is their order. A Java migration because only PostgreSQL has per-column collations to set; H2 compares
 * bytes already.
 */
public class V24__byte_order_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            // the type stays: only the indexes on these columns are rebuilt, the rows are not rewritten
            s.execute("alter table feed_fact alter column kind type varchar(20) collate \"C\"");
            s.execute("alter table person alter column id_number_hash type varchar(64) collate \"C\"");
        }
    }
}

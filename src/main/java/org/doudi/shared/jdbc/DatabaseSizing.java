package org.doudi.shared.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start when PostgreSQL runs with a memory and WAL budget too small for a province (docs/decisions/0039).
 * A feed import enters every row into indexes keyed at random (the row digest, the person): once those indexes
 * outgrow {@code shared_buffers}, nearly every entry costs a page read and a dirty page written back, and the
 * database needs twice the time (docs/PERFORMANCE.md, "Feed import"). Debian's configuration gives 128 MB.
 * Nothing is changed: the settings are the database administrator's; this only tells them.
 */
@Component
class DatabaseSizing {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSizing.class);
    static final long MIN_SHARED_BUFFERS = 1L << 30;
    static final long MIN_MAX_WAL_SIZE = 4L << 30;

    /** The two settings, in bytes. */
    record Settings(long sharedBuffers, long maxWalSize) {
    }

    private final JdbcClient jdbc;

    DatabaseSizing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        read().ifPresent(s -> advice(s).forEach(log::warn));
    }

    /** The settings of the database, when it is PostgreSQL (H2 has nothing of the kind). */
    Optional<Settings> read() {
        try {
            return Optional.of(jdbc.sql("""
                            select pg_size_bytes(current_setting('shared_buffers')),
                                   pg_size_bytes(current_setting('max_wal_size'))""")
                    .query((rs, n) -> new Settings(rs.getLong(1), rs.getLong(2))).single());
        } catch (org.springframework.dao.DataAccessException notPostgres) {
            return Optional.empty();
        }
    }

    /** What to tell the administrator about these settings: nothing when both are at least the minimum. */
    static List<String> advice(Settings s) {
        List<String> advice = new ArrayList<>();
        if (s.sharedBuffers() < MIN_SHARED_BUFFERS) {
            advice.add("PostgreSQL's shared_buffers is " + mb(s.sharedBuffers()) + ": a province's feed imports and"
                    + " screening need at least " + mb(MIN_SHARED_BUFFERS) + ", better a quarter of the machine's memory"
                    + " (docs/decisions/0039-postgresql-sized-for-the-machine.md)");
        }
        if (s.maxWalSize() < MIN_MAX_WAL_SIZE) {
            advice.add("PostgreSQL's max_wal_size is " + mb(s.maxWalSize()) + ": a feed import of a million rows writes"
                    + " about 1 GB of WAL; at least " + mb(MIN_MAX_WAL_SIZE) + " keeps it from forcing checkpoints"
                    + " (docs/decisions/0039-postgresql-sized-for-the-machine.md)");
        }
        return advice;
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}

package org.doudi.registry;

import java.nio.file.Path;
import java.util.Objects;

/** Where a synthetic population goes: the application's database, or CSV files (one per table). */
public sealed interface GenerationTarget {

    /** The configured database: PostgreSQL {@code COPY} where it is PostgreSQL, JDBC batches elsewhere. */
    record Database() implements GenerationTarget {
    }

    /** One CSV file per registry table, with a header line, in the directory (created if missing). */
    record CsvDirectory(Path directory) implements GenerationTarget {

        public CsvDirectory {
            Objects.requireNonNull(directory, "directory");
        }
    }

    static GenerationTarget database() {
        return new Database();
    }

    static GenerationTarget csv(Path directory) {
        return new CsvDirectory(directory);
    }
}

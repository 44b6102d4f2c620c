package org.doudi.registry.internal.generator;

/** Where chunks of rows go. A chunk is written whole or not at all. */
interface RowSink extends AutoCloseable {

    /** {@code postgresql-copy}, {@code jdbc-batch} or {@code csv}: for the report. */
    String method();

    /** Where the ids of the next chunk start. */
    NextIds nextIds();

    /**
     * Writes the chunk; {@code alongside} (the run's audit record, for the first chunk) is done in the
     * same transaction where there is one.
     */
    void write(ChunkRows rows, Runnable alongside);

    @Override
    void close();
}

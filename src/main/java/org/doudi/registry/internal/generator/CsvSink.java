package org.doudi.registry.internal.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** One {@code <table>.csv} per registry table, header first, ids from 1; existing files are replaced. */
final class CsvSink implements RowSink {

    private final Map<RegistryTable, Writer> files = new EnumMap<>(RegistryTable.class);
    private final NextIds ids = NextIds.startingAtOne();

    CsvSink(Path directory) {
        try {
            Files.createDirectories(directory);
            for (RegistryTable t : RegistryTable.values()) {
                Writer w = Files.newBufferedWriter(directory.resolve(t.tableName() + ".csv"), StandardCharsets.UTF_8);
                StringBuilder header = new StringBuilder();
                CsvText.appendHeader(header, t);
                w.append(header);
                files.put(t, w);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write CSV files into " + directory, e);
        }
    }

    @Override
    public String method() {
        return "csv";
    }

    @Override
    public NextIds nextIds() {
        return ids;
    }

    @Override
    public void write(ChunkRows rows, Runnable alongside) {
        alongside.run();
        StringBuilder text = new StringBuilder(1 << 16);
        try {
            for (RegistryTable t : RegistryTable.values()) {
                text.setLength(0);
                for (Object[] row : rows.of(t)) {
                    CsvText.appendRow(text, row);
                }
                files.get(t).append(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        IOException first = null;
        for (Writer w : files.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }
}

package org.doudi.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.ParameterSnapshot;

/** The demo parameter file as entries, and snapshots of it — the calculator's parameters in pure tests. */
public final class DemoParameters {

    private static List<ParameterEntry> entries;

    private DemoParameters() {
    }

    public static synchronized List<ParameterEntry> entries() {
        if (entries == null) {
            try (InputStream in = Files.newInputStream(WorkedCases.parameterFile())) {
                entries = ParameterFile.read(in).entries();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    public static ParameterSnapshot snapshot(String regionCode, LocalDate date) {
        return ParameterResolution.snapshot(entries(), regionCode, date);
    }
}

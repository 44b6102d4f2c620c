package org.doudi.assessment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.ParameterSnapshot;
import org.yaml.snakeyaml.Yaml;

/** The demo parameter file as entries, and snapshots of it — the calculator's parameters in pure tests. */
public final class DemoParameters {

    private static List<ParameterEntry> entries;

    private DemoParameters() {
    }

    public static synchronized List<ParameterEntry> entries() {
        if (entries == null) {
            entries = read();
        }
        return entries;
    }

    public static ParameterSnapshot snapshot(String regionCode, LocalDate date) {
        return ParameterResolution.snapshot(entries(), regionCode, date);
    }

    @SuppressWarnings("unchecked")
    private static List<ParameterEntry> read() {
        try (Reader in = Files.newBufferedReader(WorkedCases.parameterFile())) {
            Map<String, Map<String, Object>> file = new Yaml().load(in);
            List<ParameterEntry> out = new ArrayList<>();
            file.forEach((name, definition) -> {
                var values = (Map<String, Map<String, Object>>) definition.get("values");
                values.forEach((region, dated) -> dated.forEach((date, value) ->
                        out.add(new ParameterEntry(name, region, LocalDate.parse(date), text(value)))));
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value.toString();
    }
}

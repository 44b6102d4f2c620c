package org.doudi.registry.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.doudi.region.Regions;
import org.doudi.registry.GenerationProgress;
import org.doudi.registry.GenerationReport;
import org.doudi.registry.GenerationTarget;
import org.doudi.registry.PopulationSpec;
import org.doudi.shared.pii.PiiProtector;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@DoudiTest
class CsvOutputTest {

    @Autowired
    SyntheticPopulationService generator;

    @Autowired
    Regions regions;

    @Autowired
    PiiProtector pii;

    @Test
    void twoRunsOfOneSeedWriteTheSameFilesApartFromTheFreshlyEncryptedValues(@TempDir Path first, @TempDir Path second)
            throws IOException {
        String city = TestRegions.city(regions, 20);
        PopulationSpec spec = PopulationSpec.of(1500, 77, city);

        GenerationReport report = generator.generate(spec, GenerationTarget.csv(first), GenerationProgress.NONE);
        generator.generate(spec, GenerationTarget.csv(second), GenerationProgress.NONE);

        assertThat(report.writer()).isEqualTo("csv");
        for (RegistryTable table : RegistryTable.values()) {
            List<String> a = Files.readAllLines(first.resolve(table.tableName() + ".csv"), StandardCharsets.UTF_8);
            List<String> b = Files.readAllLines(second.resolve(table.tableName() + ".csv"), StandardCharsets.UTF_8);
            assertThat(a.get(0)).isEqualTo(table.columnList().replace(", ", ","));
            assertThat(a).hasSize(report.rowsWritten().get(table.tableName()).intValue() + 1);
            assertThat(decrypted(a)).as(table.tableName()).isEqualTo(decrypted(b));
            if (table.columnList().contains("_enc")) {
                assertThat(a).isNotEqualTo(b);
            }
        }
        assertThat(report.rowsWritten().get("household")).isEqualTo(1500);
        assertThat(report.rowsWritten().get("membership")).isEqualTo(report.rowsWritten().get("person"));
    }

    @Test
    void aSeedWritesAPopulationOfItsOwn(@TempDir Path first, @TempDir Path second) throws IOException {
        String city = TestRegions.city(regions, 21);
        generator.generate(PopulationSpec.of(200, 1, city), GenerationTarget.csv(first), GenerationProgress.NONE);
        generator.generate(PopulationSpec.of(200, 2, city), GenerationTarget.csv(second), GenerationProgress.NONE);

        assertThat(decrypted(Files.readAllLines(first.resolve("person.csv"))))
                .isNotEqualTo(decrypted(Files.readAllLines(second.resolve("person.csv"))));
    }

    /** The lines with every encrypted column (…_enc) replaced by its plain value. */
    private List<String> decrypted(List<String> lines) {
        String[] header = lines.get(0).split(",");
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).doesNotContain("\"");
            String[] fields = line.split(",", -1);
            assertThat(fields).hasSize(header.length);
            for (int i = 0; i < fields.length; i++) {
                if (header[i].endsWith("_enc") && !fields[i].isEmpty()) {
                    fields[i] = pii.decrypt(fields[i]);
                }
            }
            out.add(String.join(",", fields));
        }
        return out;
    }
}

package org.doudi.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParameterFileTest {

    @Test
    void theDemoFileIsReadWithEveryParameterAndValuesAsWritten() {
        ParameterFile demo = DemoParameters.file();
        long topLevelKeys = DemoParameters.text().lines().filter(l -> l.matches("[a-z].*:.*")).count();
        assertThat(demo.parameters()).hasSize((int) topLevelKeys);
        ParameterFile.Parameter rural = demo.parameters().get(0);
        assertThat(rural.definition()).isEqualTo(new ParameterDefinition("dibao.standard.rural",
                "农村低保标准 rural minimum-living standard", "yuan per person per month", null));
        assertThat(rural.entries()).containsExactly(
                new ParameterEntry("dibao.standard.rural", "990100000000", LocalDate.of(2015, 1, 1), "240"),
                new ParameterEntry("dibao.standard.rural", "990100000000", LocalDate.of(2021, 1, 1), "500"),
                new ParameterEntry("dibao.standard.rural", "990100000000", LocalDate.of(2026, 1, 1), "620"),
                new ParameterEntry("dibao.standard.rural", "990121000000", LocalDate.of(2026, 1, 1), "650"));
        assertThat(valueOf(demo, "dibao.employment_cost.ratio")).isEqualTo("0.20");
        assertThat(valueOf(demo, "medical.share.tekun")).isEqualTo("1.00");
        assertThat(valueOf(demo, "disability.exclude_tekun")).isEqualTo("true");
        assertThat(valueOf(demo, "medical.cap.tekun")).isNull();
    }

    @Test
    void writingAndReadingBackGivesTheSameFile() {
        ParameterFile demo = DemoParameters.file();
        String written = demo.write();
        ParameterFile back = ParameterFile.read(written);
        assertThat(back).isEqualTo(demo);
        assertThat(back.write()).isEqualTo(written);
        assertThat(written).contains("\"2015-01-01\": 0.20").contains("\"2015-01-01\": null");
    }

    @Test
    void textsWithQuotesColonsAndHashesSurviveTheRoundTrip() {
        ParameterFile tricky = new ParameterFile(List.of(new ParameterFile.Parameter(
                new ParameterDefinition("local.extra", "a \"quoted\" text: with # and\nnew line", "yuan: per 'case'",
                        "民发〔2021〕57号 §3"),
                List.of(new ParameterEntry("local.extra", "990121000000", LocalDate.of(2027, 1, 1), "0.50"),
                        new ParameterEntry("local.extra", "990121000000", LocalDate.of(2028, 1, 1), null),
                        new ParameterEntry("local.extra", "990121000000", LocalDate.of(2029, 1, 1), "null"),
                        new ParameterEntry("local.extra", "990121000000", LocalDate.of(2030, 1, 1), "a: b")))));
        assertThat(ParameterFile.read(tricky.write())).isEqualTo(tricky);
    }

    @Test
    void everyBadRowIsNamedByParameterRegionAndDate() {
        String yaml = """
                dibao.standard.rural:
                  description: rural standard
                  unit: yuan per person per month
                  values:
                    "990121000000": {"2027-13-01": 700, "2028-01-01": [1, 2]}
                    "99012100": {"2027-01-01": 700}
                dibao.min_per_person:
                  description: floor
                  values: {"990100000000": {"2027-01-01": 60}}
                  colour: blue
                """;
        assertThatThrownBy(() -> ParameterFile.read(yaml))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("dibao.standard.rural[990121000000][2027-13-01]",
                                "dibao.standard.rural[990121000000][2028-01-01]", "dibao.standard.rural[99012100]",
                                "dibao.min_per_person.colour", "dibao.min_per_person.unit"));
    }

    @Test
    void aDateGivenTwiceForOneRegionIsRefused() {
        String yaml = """
                monitoring.line:
                  description: line
                  unit: yuan per person per year
                  values: {"990000000000": {"2027-01-01": 8000, 2027-01-01: 8100}}
                """;
        assertThatThrownBy(() -> ParameterFile.read(yaml))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("monitoring.line[990000000000][2027-01-01]"));
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> ParameterFile.read("a.b:\n  values: {\"x\": [}\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("body");
                    assertThat(e.problems().get(0).message()).contains("line 2");
                });
    }

    private static String valueOf(ParameterFile file, String name) {
        return file.parameters().stream().filter(p -> p.definition().name().equals(name)).findFirst().orElseThrow()
                .entries().get(0).value();
    }
}

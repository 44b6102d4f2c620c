package org.doudi.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked cases every build must reproduce: the project's own copy (test resources) and, when it
 * exists, whatever {@code ../shared/cases} holds now — so new cases apply without code changes. The
 * comparison is the one {@code cases/README.md} describes.
 */
public final class WorkedCases {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Case(String name, JsonNode request, JsonNode expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    private WorkedCases() {
    }

    /** Cases of one folder ({@code assessment} or {@code medical}), from both sources. */
    public static List<Case> load(String folder) {
        List<Case> cases = new ArrayList<>();
        cases.addAll(read("project", projectCopy().resolve(folder)));
        Path shared = Path.of("..", "shared", "cases", folder);
        if (Files.isDirectory(shared)) {
            cases.addAll(read("shared", shared));
        }
        return cases;
    }

    public static Path projectCopy() {
        try {
            return Path.of(Objects.requireNonNull(WorkedCases.class.getResource("/cases")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo parameter file: the project's copy, or the shared one when it exists (it is the newer). */
    public static Path parameterFile() {
        Path shared = Path.of("..", "shared", "cases", "demo-parameters.yaml");
        return Files.exists(shared) ? shared : projectCopy().resolve("demo-parameters.yaml");
    }

    private static List<Case> read(String source, Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                JsonNode node = JSON.readTree(f.toFile());
                return new Case(source + ":" + f.getFileName(), node.get("request"), node.get("expect"));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What differs between an expected assessment answer and an actual one; empty when they agree. */
    public static List<String> assessmentDifferences(JsonNode expect, JsonNode actual) {
        List<String> out = new ArrayList<>();
        same(out, "window.from", expect.at("/window/from"), actual.at("/window/from"));
        same(out, "window.to", expect.at("/window/to"), actual.at("/window/to"));
        same(out, "householdSize", expect.get("householdSize"), actual.get("householdSize"));
        for (String f : List.of("perCapitaMonthly", "perCapitaAnnual", "monitoringPerCapitaAnnual")) {
            same(out, "income." + f, expect.at("/income/" + f), actual.at("/income/" + f));
        }
        for (JsonNode e : expect.get("results")) {
            String programme = e.get("programme").asString();
            JsonNode member = e.get("member");
            String label = programme + (member == null || member.isNull() ? "" : "/" + member.asString());
            JsonNode a = find(actual.get("results"), programme, member);
            if (a == null) {
                if (!(member != null && !member.isNull() && "INELIGIBLE".equals(e.get("status").asString()))) {
                    out.add(label + ": missing from the answer");
                }
                continue;
            }
            same(out, label + ".status", e.get("status"), a.get("status"));
            for (String f : List.of("monthlyAmount", "amount", "type", "until")) {
                if (e.has(f)) {
                    same(out, label + "." + f, e.get(f), a.get(f));
                }
            }
        }
        return out;
    }

    public static List<String> medicalDifferences(JsonNode expect, JsonNode actual) {
        List<String> out = new ArrayList<>();
        for (String f : List.of("regular", "extra", "total", "leftToPerson")) {
            same(out, f, expect.get(f), actual.get(f));
        }
        return out;
    }

    private static JsonNode find(JsonNode results, String programme, JsonNode member) {
        for (JsonNode r : results) {
            JsonNode m = r.get("member");
            boolean sameMember = (member == null || member.isNull()) ? (m == null || m.isNull())
                    : (m != null && !m.isNull() && m.asString().equals(member.asString()));
            if (r.get("programme").asString().equals(programme) && sameMember) {
                return r;
            }
        }
        return null;
    }

    /** Numbers compare by value (320.0 = 320.00), everything else by text; null = missing = JSON null. */
    private static void same(List<String> out, String field, JsonNode expected, JsonNode actual) {
        boolean expectedNull = expected == null || expected.isNull() || expected.isMissingNode();
        boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
        if (expectedNull || actualNull) {
            if (expectedNull != actualNull) {
                out.add(field + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        boolean equal = expected.isNumber() && actual.isNumber()
                ? new BigDecimal(expected.asString()).compareTo(new BigDecimal(actual.asString())) == 0
                : expected.asString().equals(actual.asString());
        if (!equal) {
            out.add(field + ": expected " + expected + " but was " + actual);
        }
    }
}

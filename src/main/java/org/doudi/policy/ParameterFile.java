package org.doudi.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.doudi.region.RegionCodes;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The parameter file format (OpenFisca-like, see {@code policy/demo-parameters.yaml}): a map of
 * parameter name → {@code description}, {@code unit}, optional {@code reference} (the source
 * document) and {@code values}: region code → {effective date: value}. Pure reading and writing.
 * Values are kept exactly as written — {@code 0.20} stays "0.20" — because the YAML is read as a
 * node tree, never converted to numbers; {@code null} (or {@code ~}) is kept as a null value ("none").
 */
public record ParameterFile(List<Parameter> parameters) {

    /** One parameter of a file: its definition and its entries (of any regions). */
    public record Parameter(ParameterDefinition definition, List<ParameterEntry> entries) {

        public Parameter {
            entries = List.copyOf(entries);
        }
    }

    private static final String NAME_PATTERN = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*";
    private static final Set<String> KEYS = Set.of("description", "unit", "reference", "values");

    public ParameterFile {
        parameters = List.copyOf(parameters);
    }

    public List<ParameterDefinition> definitions() {
        return parameters.stream().map(Parameter::definition).toList();
    }

    public List<ParameterEntry> entries() {
        return parameters.stream().flatMap(p -> p.entries().stream()).toList();
    }

    // ------------------------------------------------------------------ reading

    public static ParameterFile read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file. Anything malformed is reported, all at once, as an {@link InvalidInputException}
     * whose fields name the place: {@code body}, {@code <name>.unit}, {@code <name>[<region>][<date>]}.
     */
    public static ParameterFile read(String yaml) {
        Node root;
        try {
            root = loader().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark();
            throw new InvalidInputException("body", "is not valid YAML: " + e.getProblem()
                    + (at == null ? "" : " (line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            throw new InvalidInputException("body", "is not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new ParameterFile(List.of());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!(root instanceof MappingNode top)) {
            throw new InvalidInputException("body", "must be a map of parameter name to description, unit and values");
        }
        List<Parameter> parameters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : top.getValue()) {
            String name = text(t.getKeyNode());
            if (name == null || !name.matches(NAME_PATTERN)) {
                problems.add(new FieldProblem(String.valueOf(name),
                        "is not a parameter name (lower-case words separated by dots, e.g. dibao.standard.rural)"));
                continue;
            }
            if (!seen.add(name)) {
                problems.add(new FieldProblem(name, "appears twice in the file"));
                continue;
            }
            Parameter p = readParameter(name, t.getValueNode(), problems);
            if (p != null) {
                parameters.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ParameterFile(parameters);
    }

    private static Parameter readParameter(String name, Node node, List<FieldProblem> problems) {
        if (!(node instanceof MappingNode map)) {
            problems.add(new FieldProblem(name, "must be a map with description, unit and values"));
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = text(t.getKeyNode());
            if (key == null || !KEYS.contains(key)) {
                problems.add(new FieldProblem(name + "." + key, "is not a known key (description, unit, reference, values)"));
            } else if (fields.put(key, t.getValueNode()) != null) {
                problems.add(new FieldProblem(name + "." + key, "appears twice"));
            }
        }
        String description = requiredText(name, "description", fields.get("description"), problems);
        String unit = requiredText(name, "unit", fields.get("unit"), problems);
        String reference = fields.containsKey("reference") ? text(fields.get("reference")) : null;
        List<ParameterEntry> entries = new ArrayList<>();
        Node values = fields.get("values");
        if (values == null) {
            problems.add(new FieldProblem(name + ".values", "is required (a map of region code to {date: value})"));
        } else if (!(values instanceof MappingNode byRegion)) {
            problems.add(new FieldProblem(name + ".values", "must be a map of region code to {date: value}"));
        } else {
            for (NodeTuple r : byRegion.getValue()) {
                readRegion(name, text(r.getKeyNode()), r.getValueNode(), entries, problems);
            }
        }
        return new Parameter(new ParameterDefinition(name, description, unit, blankToNull(reference)), entries);
    }

    private static void readRegion(String name, String region, Node node, List<ParameterEntry> entries,
                                   List<FieldProblem> problems) {
        String where = name + "[" + region + "]";
        if (!RegionCodes.isValid(region)) {
            problems.add(new FieldProblem(where, "is not a region code (12 digits)"));
            return;
        }
        if (!(node instanceof MappingNode byDate)) {
            problems.add(new FieldProblem(where, "must be a map of effective date to value"));
            return;
        }
        Set<LocalDate> dates = new HashSet<>();
        for (NodeTuple d : byDate.getValue()) {
            String dateText = text(d.getKeyNode());
            String row = where + "[" + dateText + "]";
            LocalDate since;
            try {
                since = LocalDate.parse(String.valueOf(dateText));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(row, "is not a date like 2027-01-01"));
                continue;
            }
            if (!dates.add(since)) {
                problems.add(new FieldProblem(row, "appears twice for the region"));
                continue;
            }
            if (!(d.getValueNode() instanceof ScalarNode value)) {
                problems.add(new FieldProblem(row, "must be a single value (a number, true/false or null)"));
                continue;
            }
            entries.add(new ParameterEntry(name, region, since, valueOf(value)));
        }
    }

    private static String requiredText(String name, String key, Node node, List<FieldProblem> problems) {
        String value = node == null ? null : text(node);
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(name + "." + key, "is required"));
            return null;
        }
        return value.strip();
    }

    /** The scalar's text as written, or null for a non-scalar or a YAML null. */
    private static String text(Node node) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        return null;
    }

    private static String valueOf(ScalarNode node) {
        return Tag.NULL.equals(node.getTag()) ? null : node.getValue().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(2_000_000);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes the file in the same format: one block per parameter in the order given, regions by
     * code, dates in order, each region's entries on one line. Reading the result gives this file back.
     */
    public String write() {
        Resolver resolver = new Resolver();
        List<NodeTuple> top = new ArrayList<>();
        for (Parameter p : parameters) {
            ParameterDefinition d = p.definition();
            List<NodeTuple> fields = new ArrayList<>();
            fields.add(new NodeTuple(plain("description"), quoted(d.description())));
            fields.add(new NodeTuple(plain("unit"), quoted(d.unit())));
            if (d.reference() != null) {
                fields.add(new NodeTuple(plain("reference"), quoted(d.reference())));
            }
            Map<String, Map<LocalDate, String>> byRegion = new TreeMap<>();
            p.entries().forEach(e -> byRegion.computeIfAbsent(e.regionCode(), r -> new TreeMap<>()).put(e.since(), e.value()));
            List<NodeTuple> regions = new ArrayList<>();
            byRegion.forEach((region, dated) -> {
                List<NodeTuple> values = new ArrayList<>();
                dated.forEach((since, value) -> values.add(new NodeTuple(quoted(since.toString()), value(value, resolver))));
                regions.add(new NodeTuple(quoted(region), new MappingNode(Tag.MAP, values, DumperOptions.FlowStyle.FLOW)));
            });
            fields.add(new NodeTuple(plain("values"), new MappingNode(Tag.MAP, regions, DumperOptions.FlowStyle.BLOCK)));
            top.add(new NodeTuple(plain(d.name()), new MappingNode(Tag.MAP, fields, DumperOptions.FlowStyle.BLOCK)));
        }
        if (top.isEmpty()) {
            return "{}\n";
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(10_000);
        options.setIndent(2);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(new MappingNode(Tag.MAP, top, DumperOptions.FlowStyle.BLOCK), out);
        return out.toString();
    }

    /** Parameters sorted by name; a convenience for writers that collect entries from a database. */
    public static ParameterFile of(List<ParameterDefinition> definitions, List<ParameterEntry> entries) {
        Map<String, List<ParameterEntry>> byName = new TreeMap<>();
        entries.forEach(e -> byName.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e));
        List<Parameter> parameters = definitions.stream()
                .filter(d -> byName.containsKey(d.name()))
                .sorted(Comparator.comparing(ParameterDefinition::name))
                .map(d -> new Parameter(d, byName.get(d.name())))
                .toList();
        return new ParameterFile(parameters);
    }

    private static ScalarNode plain(String text) {
        return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static ScalarNode quoted(String text) {
        return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    /** Numbers and true/false stay plain (as written), null is {@code null}, anything else is quoted. */
    private static ScalarNode value(String value, Resolver resolver) {
        if (value == null) {
            return new ScalarNode(Tag.NULL, "null", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        Tag tag = resolver.resolve(NodeId.scalar, value, true);
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) || Tag.BOOL.equals(tag)) {
            return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        return quoted(value);
    }
}

package org.doudi.calendar.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.calendar.CalendarYear;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a calendar file ({@code year}, {@code holidays: [{from, to, name}]}, {@code workdays: [date]}) as
 * YAML nodes, so dates stay text until parsed here (SnakeYAML would otherwise turn them into
 * {@code java.util.Date} in the server's time zone). Every problem is collected and reported at once.
 */
public final class CalendarFile {

    private final List<String> problems = new ArrayList<>();

    private CalendarFile() {
    }

    public static CalendarYear read(Reader reader, String source) {
        CalendarFile file = new CalendarFile();
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        CalendarYear year = file.year(root);
        if (!file.problems.isEmpty()) {
            throw new IllegalArgumentException("calendar " + source + ": " + String.join("; ", file.problems));
        }
        return year;
    }

    private CalendarYear year(Node root) {
        Map<String, Node> top = mapping(root, "file");
        int year = 0;
        try {
            year = Integer.parseInt(scalar(top.get("year"), "year"));
        } catch (NumberFormatException e) {
            problems.add("year must be a number");
        }
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        List<Node> holidayNodes = sequence(top.get("holidays"), "holidays");
        for (int i = 0; i < holidayNodes.size(); i++) {
            String at = "holidays[" + i + "]";
            Map<String, Node> h = mapping(holidayNodes.get(i), at);
            LocalDate from = date(h.get("from"), at + ".from");
            LocalDate to = date(h.get("to"), at + ".to");
            String name = scalar(h.get("name"), at + ".name");
            if (from == null || to == null) {
                continue;
            }
            if (to.isBefore(from)) {
                problems.add(at + ": to is before from");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (holidays.put(d, name) != null) {
                    problems.add(at + ": " + d + " is listed twice");
                }
            }
        }
        Set<LocalDate> workdays = new HashSet<>();
        List<Node> workdayNodes = sequence(top.get("workdays"), "workdays");
        for (int i = 0; i < workdayNodes.size(); i++) {
            LocalDate d = date(workdayNodes.get(i), "workdays[" + i + "]");
            if (d != null && !workdays.add(d)) {
                problems.add("workdays[" + i + "]: " + d + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new CalendarYear(year, holidays, workdays);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private Map<String, Node> mapping(Node node, String at) {
        Map<String, Node> map = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    map.put(key.getValue(), t.getValueNode());
                }
            }
        } else {
            problems.add(at + " must be a mapping");
        }
        return map;
    }

    private List<Node> sequence(Node node, String at) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        problems.add(at + " must be a list");
        return List.of();
    }

    private String scalar(Node node, String at) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        problems.add(at + " is required");
        return "";
    }

    private LocalDate date(Node node, String at) {
        String text = scalar(node, at);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at + " must be a date YYYY-MM-DD, not " + text);
            return null;
        }
    }
}

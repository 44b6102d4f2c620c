package org.doudi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A worked case's request as the what-if form would post it: every field under its path in the API's
 * body ({@code members[0].incomes[1].monthly}), the region typed as a code, the current dibao amount in
 * its own field. Absent and null fields are left empty, as a person would leave them.
 */
final class CalculatorFormFields {

    private CalculatorFormFields() {
    }

    static List<String> of(JsonNode request) {
        List<String> fields = new ArrayList<>();
        flatten(request, "", fields);
        return fields;
    }

    static String[] array(JsonNode request, String... more) {
        List<String> fields = of(request);
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    private static void flatten(JsonNode node, String path, List<String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (path.equals("current")) {
            JsonNode dibao = node.at("/DIBAO/monthlyAmount");
            if (!dibao.isMissingNode() && !dibao.isNull()) {
                out.add("currentDibao");
                out.add(dibao.asString());
            }
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isBoolean()) {
            if (node.booleanValue()) {
                out.add(path);
                out.add("true");
            }
        } else {
            out.add(path);
            out.add(node.asString());
        }
    }
}

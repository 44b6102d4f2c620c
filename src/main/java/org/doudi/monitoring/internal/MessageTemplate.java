package org.doudi.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.monitoring.RuleSubject;

/**
 * A warning's text with placeholders for the view's values: {@code {member.name}},
 * {@code {household.medicalOutOfPocket}}, {@code {params.monitoringLine}}, {@code {today}}. Checked when the
 * rule is saved — every placeholder must name a field of a variable the rule's subject has — so that a run never
 * meets one it cannot fill. Money shows with at most two decimals; lists joined with "、"; an unknown number "?".
 */
final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:\\.([A-Za-z]+))?}");

    private MessageTemplate() {
    }

    /** The problems of a template for the subject, each naming the placeholder at fault; empty when it is fine. */
    static List<String> problems(String template, RuleSubject subject) {
        List<String> problems = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        var variables = ViewSchema.variables(subject).keySet();
        while (m.find()) {
            String variable = m.group(1);
            String field = m.group(2);
            if (ViewSchema.TODAY.equals(variable) && field == null) {
                continue;
            }
            if (!variables.contains(variable) || ViewSchema.fieldsOf(variable) == null) {
                problems.add("{" + variable + (field == null ? "" : "." + field) + "}: no such value for a "
                        + subject.name().toLowerCase(java.util.Locale.ROOT) + " rule (use household, "
                        + (subject == RuleSubject.MEMBER ? "member, " : "") + "assessment, params or today)");
            } else if (field == null || !ViewSchema.fieldsOf(variable).containsKey(field)) {
                problems.add("{" + variable + (field == null ? "" : "." + field) + "}: " + variable
                        + " has no field " + (field == null ? "named" : "'" + field + "'"));
            }
        }
        return problems;
    }

    static String render(String template, Map<String, Object> activation) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = activation.get(m.group(1));
            if (m.group(2) != null && value instanceof Map<?, ?> map) {
                value = map.get(m.group(2));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() : "?";
        }
        if (value instanceof List<?> list) {
            return String.join("、", list.stream().map(MessageTemplate::text).toList());
        }
        return value == null ? "" : value.toString();
    }
}

package org.doudi.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.shared.web.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * The problems of a submitted form, ready for the page: one entry per field for the error summary
 * at the top (linking to the field) and the message beside the field. The registry names fields by
 * their path in its own form ({@code regionCode}, {@code members[0].idNumber}); {@link Fields} maps
 * those paths to the fields of the page. A problem with no field on the page is still listed in the
 * summary, linked to the form itself.
 *
 * <p>The registry's messages are plain English for API clients; the page leads with its own words
 * in the person's language ("enter the …" / "check the …") and keeps the registry's reason beside them.
 */
final class FormErrors {

    static final String FORM_ANCHOR = "form";
    private static final String REQUIRED = "is required";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** One problem: the page field (null when none), the element to link to, and what to say. */
    record Problem(String field, String anchor, String text, String reason) {
    }

    /** A page's fields, and which registry paths stand for which of them. */
    record Fields(Set<String> names, Map<String, String> renamed) {

        static Fields of(Set<String> names, Map<String, String> renamed) {
            return new Fields(Set.copyOf(names), Map.copyOf(renamed));
        }

        /** {@code categories[2]} is the field {@code categories}; renamed paths first, by their longest match. */
        String fieldFor(String path) {
            String best = null;
            for (String from : renamed.keySet()) {
                if ((path.equals(from) || path.startsWith(from + ".") || path.startsWith(from + "["))
                        && (best == null || from.length() > best.length())) {
                    best = from;
                }
            }
            if (best != null) {
                return renamed.get(best);
            }
            String plain = path.replaceAll("\\[\\d+]$", "");
            return names.contains(plain) ? plain : null;
        }
    }

    private final List<Problem> problems;

    private FormErrors(List<Problem> problems) {
        this.problems = List.copyOf(problems);
    }

    static FormErrors none() {
        return new FormErrors(List.of());
    }

    static FormErrors of(List<FieldProblem> found, Fields fields, MessageSource messages, Locale locale) {
        List<Problem> list = new ArrayList<>();
        for (FieldProblem p : found) {
            String field = fields.fieldFor(p.field());
            if (field != null && list.stream().anyMatch(q -> field.equals(q.field()))) {
                continue; // one message per field, the first found
            }
            list.add(field == null ? general(p, messages, locale) : onField(field, p, messages, locale));
        }
        return new FormErrors(list);
    }

    /** Problems the page words itself, each beside its field (or, with no field, above the form). */
    static FormErrors onFields(List<Problem> problems) {
        return new FormErrors(problems);
    }

    /** A problem the page words itself, not from the registry (e.g. a conflict). */
    static FormErrors general(String text) {
        return general(text, null);
    }

    /** A refusal the page words itself, with the module's own reason kept beside it. */
    static FormErrors general(String text, String reason) {
        return new FormErrors(List.of(new Problem(null, FORM_ANCHOR, text, reason)));
    }

    private static Problem onField(String field, FieldProblem p, MessageSource messages, Locale locale) {
        String label = label(field, messages, locale);
        boolean missing = REQUIRED.equals(p.message());
        String text = messages.getMessage(missing ? "form.error.required" : "form.error.check",
                new Object[] {label}, locale);
        return new Problem(field, field, text, missing ? null : p.message());
    }

    /**
     * A field's name inside an error sentence. A field of a repeated row ({@code members[1].incomes[0].from})
     * is named by its key without the indices ({@code fieldName.members.incomes.from}), the rows counted from
     * 1 as its arguments: "成员 2 的第 1 项收入的起始月份".
     */
    static String label(String field, MessageSource messages, Locale locale) {
        Matcher m = INDEX.matcher(field);
        List<Object> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(Integer.parseInt(m.group(1)) + 1);
        }
        String key = "fieldName." + INDEX.matcher(field).replaceAll("");
        return messages.getMessage(key, rows.isEmpty() ? null : rows.toArray(), field, locale);
    }

    private static Problem general(FieldProblem p, MessageSource messages, Locale locale) {
        return new Problem(null, FORM_ANCHOR, messages.getMessage("form.error.general", null, locale),
                p.field() + " " + p.message());
    }

    public List<Problem> getAll() {
        return problems;
    }

    /** The problems tied to no field (a refusal of the whole step), to show beside the form as well. */
    public List<Problem> getGeneral() {
        return problems.stream().filter(p -> p.field() == null).toList();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return on(field) != null;
    }

    public Problem on(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).findFirst().orElse(null);
    }
}

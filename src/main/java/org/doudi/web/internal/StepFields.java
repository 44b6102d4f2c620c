package org.doudi.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.Outcome;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/**
 * What a step form posts, as typed (every form posts some of these). The page turns text into values
 * (a date, a code) and reports text that is not one under the API's field name; everything else is
 * casework's to check. Each form's fields have ids of their own on the page ({@code investigation-on}),
 * since a case page may show two forms at once.
 */
record StepFields(String version, String on, List<String> documents, List<String> visitors, String findings,
                  String result, String note, String recommendation, String reasons, String place, String summary,
                  String outcome, String method) {

    /** The API's fields of each step, as named in casework's problems. */
    static final Map<CaseAction, List<String>> FIELDS = Map.of(
            CaseAction.DOCUMENTS, List.of("on", "documents"),
            CaseAction.INVESTIGATION, List.of("on", "visitors", "findings"),
            CaseAction.VERIFICATION, List.of("on", "result", "note"),
            CaseAction.ASSESSMENT, List.of("on"),
            CaseAction.TOWN_OPINION, List.of("on", "recommendation", "reasons"),
            CaseAction.PUBLICITY, List.of("on", "place"),
            CaseAction.OBJECTION, List.of("on", "summary"),
            CaseAction.DECISION, List.of("on", "outcome", "reasons"),
            CaseAction.NOTIFICATION, List.of("on", "method"));

    /** A form's page ids: {@code on} of the investigation form is {@code investigation-on}. */
    static FormErrors.Fields pageFields(CaseAction action) {
        Map<String, String> renamed = new java.util.HashMap<>();
        Set<String> names = new java.util.HashSet<>();
        for (String f : FIELDS.get(action)) {
            renamed.put(f, id(action, f));
            names.add(id(action, f));
        }
        return FormErrors.Fields.of(names, renamed);
    }

    static String id(CaseAction action, String field) {
        return action.path() + "-" + field;
    }

    static StepFields empty() {
        return new StepFields(null, null, List.of(), List.of(), null, null, null, null, null, null, null, null, null);
    }

    /** A form's values by field name, for showing it again as it was posted. */
    Map<String, Object> values() {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("on", on);
        v.put("documents", documents == null ? List.of() : documents);
        List<String> names = new ArrayList<>(visitors == null ? List.of() : visitors);
        while (names.size() < 4) {
            names.add("");
        }
        v.put("visitors", names);
        v.put("findings", findings);
        v.put("result", result);
        v.put("note", note);
        v.put("recommendation", recommendation);
        v.put("reasons", reasons);
        v.put("place", place);
        v.put("summary", summary);
        v.put("outcome", outcome);
        v.put("method", method);
        return v;
    }

    /** The body of the step; {@link InvalidInputException} naming every field whose text is no value. */
    Object body(CaseAction action) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer v = parse("version", version, Integer::valueOf, problems);
        LocalDate date = parse("on", on, LocalDate::parse, problems);
        Object body = switch (action) {
            case DOCUMENTS -> new CaseBodies.Documents(v, date, codes("documents", documents, DibaoDocument::valueOf,
                    problems));
            case INVESTIGATION -> new CaseBodies.Investigation(v, date, visitors == null ? List.of() : visitors, findings);
            case VERIFICATION -> new CaseBodies.Verification(v, date, parse("result", result,
                    CaseBodies.VerificationResult::valueOf, problems), note);
            case ASSESSMENT -> new CaseBodies.Assessment(v, date);
            case TOWN_OPINION -> new CaseBodies.TownOpinion(v, date, parse("recommendation", recommendation,
                    Outcome::valueOf, problems), reasons);
            case PUBLICITY -> new CaseBodies.Publicity(v, date, place);
            case OBJECTION -> new CaseBodies.Objection(v, date, summary);
            case DECISION -> new CaseBodies.Decision(v, date, parse("outcome", outcome, Outcome::valueOf, problems),
                    reasons);
            case NOTIFICATION -> new CaseBodies.Notification(v, date, method);
            case INTAKE -> throw new IllegalArgumentException("intake has a form of its own");
        };
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    /** Blank is left out (casework says whether it is required); other text that is no value is a problem. */
    static <T> T parse(String field, String text, Function<String, T> parser, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be " + (field.equals("on") || field.endsWith("On")
                    ? "a date like 2026-10-09" : "one of the choices offered")));
            return null;
        }
    }

    static <T> List<T> codes(String field, List<String> texts, Function<String, T> parser, List<FieldProblem> problems) {
        List<T> out = new ArrayList<>();
        if (texts != null) {
            for (int i = 0; i < texts.size(); i++) {
                T value = parse(field + "[" + i + "]", texts.get(i), parser, problems);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }
}

package org.doudi.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseDocument;
import org.doudi.casework.CountyVisit;
import org.doudi.casework.Outcome;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/**
 * What a step form posts, as typed (every form posts some of these). The page turns text into values
 * (a date, a code, an amount) and reports text that is not one under the API's field name; everything
 * else is casework's to check. Each form's fields have ids of their own on the page
 * ({@code investigation-on}), since a case page may show several forms at once. The county's visit
 * ({@link #COUNTY_VISIT}) is no step of the procedure but is posted the same way.
 */
record StepFields(String version, String on, List<String> documents, List<String> visitors, String findings,
                  String result, String note, String recommendation, String reasons, String place, String summary,
                  String outcome, String method, String amount, String reason, String participants,
                  String conclusion, String severity, List<String> stageMonth, List<String> stageAmount) {

    /** The address word (and id prefix) of the county visit's form. */
    static final String COUNTY_VISIT = "county-visit";
    /** How many stage rows the decision of temporary assistance offers (casework allows up to 12). */
    static final int STAGE_ROWS = 4;
    /** How many visitor boxes a visit form offers. */
    static final int VISITOR_BOXES = 4;

    /** The API's fields of each step, as named in casework's problems. */
    static final Map<CaseAction, List<String>> FIELDS = Map.ofEntries(
            Map.entry(CaseAction.ACCEPTANCE, List.of("on", "documents")),
            Map.entry(CaseAction.DOCUMENTS, List.of("on", "documents")),
            Map.entry(CaseAction.PAY_FIRST, List.of("on", "amount", "method", "reason")),
            Map.entry(CaseAction.INVESTIGATION, List.of("on", "visitors", "findings")),
            Map.entry(CaseAction.REVIEW, List.of("on", "findings")),
            Map.entry(CaseAction.VERIFICATION, List.of("on", "result", "note")),
            Map.entry(CaseAction.APPRAISAL, List.of("on", "participants", "conclusion", "summary")),
            Map.entry(CaseAction.ASSESSMENT, List.of("on", "severity")),
            Map.entry(CaseAction.TOWN_OPINION, List.of("on", "recommendation", "reasons", "amount")),
            Map.entry(CaseAction.PUBLICITY, List.of("on", "place")),
            Map.entry(CaseAction.OBJECTION, List.of("on", "summary")),
            Map.entry(CaseAction.DECISION, List.of("on", "outcome", "reasons", "amount", "stages")),
            Map.entry(CaseAction.NOTIFICATION, List.of("on", "method")));

    static final List<String> COUNTY_VISIT_FIELDS = List.of("on", "visitors", "findings");

    /** A form's page ids: {@code on} of the investigation form is {@code investigation-on}. */
    static FormErrors.Fields pageFields(CaseAction action) {
        return pageFields(action.path(), FIELDS.get(action));
    }

    static FormErrors.Fields pageFields(String form, List<String> fields) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (String f : fields) {
            renamed.put(f, id(form, f));
            names.add(id(form, f));
        }
        return FormErrors.Fields.of(names, renamed);
    }

    static String id(CaseAction action, String field) {
        return id(action.path(), field);
    }

    static String id(String form, String field) {
        return form + "-" + field;
    }

    static StepFields empty() {
        return new StepFields(null, null, List.of(), List.of(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of(), List.of());
    }

    /** A form's values by field name, for showing it again as it was posted. */
    Map<String, Object> values() {
        Map<String, Object> v = new HashMap<>();
        v.put("on", on);
        v.put("documents", documents == null ? List.of() : documents);
        v.put("visitors", padded(visitors, VISITOR_BOXES));
        v.put("findings", findings);
        v.put("result", result);
        v.put("note", note);
        v.put("recommendation", recommendation);
        v.put("reasons", reasons);
        v.put("place", place);
        v.put("summary", summary);
        v.put("outcome", outcome);
        v.put("method", method);
        v.put("amount", amount);
        v.put("reason", reason);
        v.put("participants", participants);
        v.put("conclusion", conclusion);
        v.put("severity", severity);
        v.put("stageMonth", padded(stageMonth, STAGE_ROWS));
        v.put("stageAmount", padded(stageAmount, STAGE_ROWS));
        return v;
    }

    private static List<String> padded(List<String> given, int rows) {
        List<String> out = new ArrayList<>(given == null ? List.of() : given);
        while (out.size() < rows) {
            out.add("");
        }
        return out;
    }

    /** The body of the step; {@link InvalidInputException} naming every field whose text is no value. */
    Object body(CaseAction action) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer v = parse("version", version, Integer::valueOf, problems);
        LocalDate date = parse("on", on, LocalDate::parse, problems);
        Object body = switch (action) {
            case ACCEPTANCE -> new CaseBodies.Acceptance(v, date, codes("documents", documents, CaseDocument::valueOf,
                    problems));
            case DOCUMENTS -> new CaseBodies.Documents(v, date, codes("documents", documents, CaseDocument::valueOf,
                    problems));
            case PAY_FIRST -> new CaseBodies.PayFirst(v, date, parse("amount", amount, BigDecimal::new, problems),
                    method, reason);
            case INVESTIGATION -> new CaseBodies.Investigation(v, date, visitors == null ? List.of() : visitors, findings);
            case REVIEW -> new CaseBodies.Review(v, date, findings);
            case VERIFICATION -> new CaseBodies.Verification(v, date, parse("result", result,
                    CaseBodies.VerificationResult::valueOf, problems), note);
            case APPRAISAL -> new CaseBodies.Appraisal(v, date, parse("participants", participants, Integer::valueOf,
                    problems), parse("conclusion", conclusion, CaseBodies.AppraisalConclusion::valueOf, problems), summary);
            case ASSESSMENT -> new CaseBodies.Assessment(v, date, parse("severity", severity, Integer::valueOf, problems));
            case TOWN_OPINION -> new CaseBodies.TownOpinion(v, date, parse("recommendation", recommendation,
                    Outcome::valueOf, problems), reasons, parse("amount", amount, BigDecimal::new, problems));
            case PUBLICITY -> new CaseBodies.Publicity(v, date, place);
            case OBJECTION -> new CaseBodies.Objection(v, date, summary);
            case DECISION -> new CaseBodies.Decision(v, date, parse("outcome", outcome, Outcome::valueOf, problems),
                    reasons, parse("amount", amount, BigDecimal::new, problems), stages(problems));
            case NOTIFICATION -> new CaseBodies.Notification(v, date, method);
            case INTAKE, SUBMISSION -> throw new IllegalArgumentException("an application has a form of its own");
        };
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    /** The county's visit as typed; {@link InvalidInputException} when the date is no date. */
    CountyVisit.Report countyVisit() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = parse("on", on, LocalDate::parse, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CountyVisit.Report(date, visitors == null ? List.of() : visitors, findings);
    }

    /**
     * The stages of a staged approval: the rows with a month or an amount (blank rows are left out); none
     * filled in means one payment, as casework takes a missing list.
     */
    private List<CaseBodies.Stage> stages(List<FieldProblem> problems) {
        List<String> months = stageMonth == null ? List.of() : stageMonth;
        List<String> amounts = stageAmount == null ? List.of() : stageAmount;
        List<CaseBodies.Stage> out = new ArrayList<>();
        for (int i = 0; i < Math.max(months.size(), amounts.size()); i++) {
            String m = i < months.size() ? months.get(i) : null;
            String a = i < amounts.size() ? amounts.get(i) : null;
            if ((m == null || m.isBlank()) && (a == null || a.isBlank())) {
                continue;
            }
            int row = out.size();
            out.add(new CaseBodies.Stage(parse("stages[" + row + "].month", m, YearMonth::parse, problems),
                    parse("stages[" + row + "].amount", a, BigDecimal::new, problems)));
        }
        return out.isEmpty() ? null : out;
    }

    /** Blank is left out (casework says whether it is required); other text that is no value is a problem. */
    static <T> T parse(String field, String text, Function<String, T> parser, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            problems.add(new FieldProblem(field, "must be " + expected(field)));
            return null;
        }
    }

    /** What a field's text must be, in the API's words. */
    static String expected(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        if (name.equals("on") || name.endsWith("On") || name.equals("date") || name.endsWith("Date")) {
            return "a date like 2026-10-09";
        }
        if (name.equals("month")) {
            return "a month like 2026-11";
        }
        if (name.equals("amount") || name.endsWith("Amount") || name.equals("inPolicyOutOfPocket")) {
            return "an amount in yuan, like 800";
        }
        if (name.equals("participants") || name.equals("severity") || name.endsWith("Id") || name.equals("version")) {
            return "a whole number";
        }
        return "one of the choices offered";
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

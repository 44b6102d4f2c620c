package org.doudi.web.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.Status;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ParameterChanges;
import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.Region;
import org.doudi.region.Regions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calculator's answer as a caseworker would explain it: per programme its status in plain words,
 * its amount, the reasons, and one sentence per step of its trace. A step is worded by the message
 * {@code trace.<step>.<parameter>}, else {@code trace.<step>.<PROGRAMME>}, else {@code trace.<step>},
 * with the arguments {0} the step's value, {1} the parameter's value in its unit, {2} the parameter's
 * name, {3} the member. A step that used a parameter ends with where its figure came from — the region
 * and the date of the entry — linked to the parameter's history.
 */
@Component
class Explanations {

    /** Where a parameter's figure came from, and the address of its history. */
    record Source(String text, String href, String hidden) {
    }

    /** {@code unworded}: the step's code when no message words it (a step added to a rule since): shown as code and value. */
    record Sentence(String text, Source source, String unworded) {
    }

    /** {@code figure} and {@code type}: the amount (monthly or one-off) and the monitoring type as codes. */
    record Result(String anchor, Programme programme, String title, String member, Status status, String statusText,
                  String amount, String figure, String type, boolean receiving, List<String> reasons,
                  List<Sentence> steps) {
    }

    /** The whole answer: a line about the household and its period, the income figures, every result. */
    record Explained(String household, String perCapitaMonthly, String perCapitaAnnual, String monitoringPerCapitaAnnual,
                     List<Result> results) {

        public List<Result> getReceiving() {
            return results.stream().filter(Result::receiving).toList();
        }

        public List<Result> getNotReceiving() {
            return results.stream().filter(r -> !r.receiving()).toList();
        }
    }

    private final MessageSource messages;
    private final ParameterTexts parameterTexts;
    private final PolicyParameters parameters;
    private final ParameterChanges changes;
    private final Regions regions;

    Explanations(MessageSource messages, ParameterTexts parameterTexts, PolicyParameters parameters,
                 ParameterChanges changes, Regions regions) {
        this.messages = messages;
        this.parameterTexts = parameterTexts;
        this.parameters = parameters;
        this.changes = changes;
        this.regions = regions;
    }

    Explained explain(Assessment a, AssessmentRequest request, Locale locale) {
        Context c = new Context(request, locale, parameters.snapshot(request.regionCode(), request.asOf()),
                changes.definitions().stream().collect(Collectors.toMap(ParameterDefinition::name, Function.identity())));
        List<ProgrammeResult> ordered = new ArrayList<>(a.results());
        ordered.sort(Comparator.comparing(ProgrammeResult::programme)); // stable: members keep their order
        List<Result> results = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            results.add(result("result-" + (i + 1), ordered.get(i), c));
        }
        String household = text("explain.household", locale, a.householdSize(),
                Figures.month(YearMonth.from(a.window().from()), messages, locale),
                Figures.month(YearMonth.from(a.window().to()), messages, locale));
        return new Explained(household, twoDecimals(a.income().perCapitaMonthly()),
                twoDecimals(a.income().perCapitaAnnual()), twoDecimals(a.income().monitoringPerCapitaAnnual()),
                results);
    }

    private Result result(String anchor, ProgrammeResult r, Context c) {
        Locale locale = c.locale;
        boolean singlePerson = r.programme() == Programme.DIBAO && r.member() != null;
        String title = text(singlePerson ? "programme.DIBAO.single" : "programme." + r.programme().name(), locale);
        List<Sentence> steps = new ArrayList<>(r.trace().size() + 1);
        if (singlePerson) {
            steps.add(new Sentence(text("explain.singlePerson", locale, r.member(), describe(r.member(), c)), null, null));
        }
        for (TraceStep step : r.trace()) {
            steps.add(sentence(r, step, c));
        }
        List<String> reasons = r.reasons().stream().map(Reason::name).map(code -> text("reason." + code, locale)).toList();
        BigDecimal figure = r.monthlyAmount() != null ? r.monthlyAmount() : r.amount();
        return new Result(anchor, r.programme(), title, r.member(), r.status(),
                text("status." + r.status().name(), locale), amount(r, locale),
                figure == null ? null : figure.toPlainString(), r.type() == null ? null : r.type().name(),
                r.receiving(), reasons, steps);
    }

    private String amount(ProgrammeResult r, Locale locale) {
        if (r.status() == Status.GRADUAL_EXIT) {
            return text("amount.gradualExit", locale, Figures.money(r.monthlyAmount()),
                    r.until() == null ? "" : Figures.month(r.until(), messages, locale));
        }
        if (r.monthlyAmount() != null) {
            return text("amount.monthly", locale, Figures.money(r.monthlyAmount()));
        }
        if (r.amount() != null) {
            return text("amount.oneOff", locale, Figures.money(r.amount()));
        }
        if (r.type() != null) {
            return text("monitoringType." + r.type().name(), locale);
        }
        return null;
    }

    private Sentence sentence(ProgrammeResult r, TraceStep step, Context c) {
        String code = step.step();
        String member = r.member();
        int colon = code.indexOf(':');
        if (colon >= 0) {
            member = code.substring(colon + 1);
            code = code.substring(0, colon);
        }
        String parameter = step.parameter();
        Object[] args = {value(step.value(), c.locale), parameter == null ? "" : parameterValue(step, c),
                parameter == null ? "" : label(parameter, c), member == null ? "" : member};
        String text = null;
        if (parameter != null) {
            text = messages.getMessage("trace." + code + "." + parameter, args, null, c.locale);
        }
        if (text == null) {
            text = messages.getMessage("trace." + code + "." + r.programme().name(), args, null, c.locale);
        }
        if (text == null) {
            text = messages.getMessage("trace." + code, args, null, c.locale);
        }
        Source source = parameter == null ? null : source(step, c);
        return text == null ? new Sentence(code + ": " + args[0], source, code) : new Sentence(text, source, null);
    }

    private Source source(TraceStep step, Context c) {
        String where = step.region() == null ? "" : c.regionName(step.region());
        String text = text("trace.source", c.locale, where, step.since() == null ? "" : step.since().toString());
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/parameters/{name}");
        String region = c.readable(c.request.regionCode()) ? c.request.regionCode()
                : step.region() != null && c.readable(step.region()) ? step.region() : null;
        if (region != null) {
            href.queryParam("region", region);
        }
        href.queryParam("date", c.request.asOf());
        return new Source(text, href.buildAndExpand(step.parameter()).encode().toUriString(),
                text("trace.sourceHidden", c.locale, label(step.parameter(), c)));
    }

    /** The parameter's value in its unit, as the snapshot the calculator read holds it. */
    private String parameterValue(TraceStep step, Context c) {
        ParameterDefinition d = c.definitions.get(step.parameter());
        String unit = d == null ? null : d.unit();
        ResolvedParameter p = c.snapshot.find(step.parameter()).orElse(null);
        if (p != null) {
            return parameterTexts.value(p.value(), unit, c.locale);
        }
        return step.value() == null ? parameterTexts.value(null, unit, c.locale)
                : parameterTexts.value(step.value().toString(), unit, c.locale);
    }

    private String label(String parameter, Context c) {
        ParameterDefinition d = c.definitions.get(parameter);
        return parameterTexts.label(parameter, d == null ? null : d.description(), c.locale);
    }

    /** "一级肢体残疾" or "患重病": why a member is covered on their own. */
    private String describe(String ref, Context c) {
        MemberInput m = c.request.members().stream().filter(x -> x.ref().equals(ref)).findFirst().orElse(null);
        if (m == null) {
            return "";
        }
        if (m.disability() != null && m.disability().severe()) {
            return text("explain.disability", c.locale, text("grade.word." + m.disability().grade(), c.locale),
                    text("disability." + m.disability().kind().name(), c.locale));
        }
        return m.seriousIllness() ? text("explain.seriousIllness", c.locale) : "";
    }

    private String value(Object v, Locale locale) {
        if (v == null) {
            return text("answer.none", locale);
        }
        if (v instanceof BigDecimal d) {
            return Figures.money(d);
        }
        if (v instanceof Boolean b) {
            return text(b ? "answer.yes" : "answer.no", locale);
        }
        if (v instanceof String s && s.matches("\\d{4}-\\d{2}")) {
            return Figures.month(YearMonth.parse(s), messages, locale);
        }
        return v.toString();
    }

    private static String twoDecimals(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** What one explanation looks up more than once: names of regions, and which the person may read. */
    private final class Context {
        final AssessmentRequest request;
        final Locale locale;
        final ParameterSnapshot snapshot;
        final Map<String, ParameterDefinition> definitions;
        private final Map<String, String> regionNames = new HashMap<>();
        private final Map<String, Boolean> readable = new HashMap<>();

        Context(AssessmentRequest request, Locale locale, ParameterSnapshot snapshot,
                Map<String, ParameterDefinition> definitions) {
            this.request = request;
            this.locale = locale;
            this.snapshot = snapshot;
            this.definitions = definitions;
        }

        String regionName(String code) {
            return regionNames.computeIfAbsent(code, k -> regions.find(k).map(Region::name).orElse(k));
        }

        boolean readable(String code) {
            return readable.computeIfAbsent(code, changes::mayRead);
        }
    }
}

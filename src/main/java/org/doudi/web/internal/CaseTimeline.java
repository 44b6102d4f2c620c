package org.doudi.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.doudi.casework.CaseViews;
import org.doudi.shared.Today;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A case's timeline in words: per step what was recorded, for which day, by whom and when, whether it was
 * late, and its details as short sentences ("走访人员：张明、李华"), read from the step's details as the
 * API keeps them.
 */
@Component
class CaseTimeline {

    record Row(String action, String actionCode, LocalDate on, LocalDate dueOn, boolean late, String by,
               LocalDateTime at, List<String> details) {
    }

    private final MessageSource messages;

    CaseTimeline(MessageSource messages) {
        this.messages = messages;
    }

    List<Row> rows(CaseViews.Case c, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (CaseViews.Step s : c.timeline()) {
            rows.add(new Row(text("caseAction." + s.action().name(), locale), s.action().name(), s.on(), s.dueOn(),
                    s.late(), s.by(), LocalDateTime.ofInstant(s.at(), Today.ZONE), details(s, locale)));
        }
        return rows;
    }

    private List<String> details(CaseViews.Step s, Locale locale) {
        JsonNode d = s.details();
        List<String> lines = new ArrayList<>();
        if (d == null || d.isNull()) {
            return lines;
        }
        switch (s.action()) {
            case INTAKE, SUBMISSION, ACCEPTANCE, DOCUMENTS -> {
                line(lines, "case.detail.programme", code("programme.", string(d, "programme"), locale), locale);
                line(lines, "case.detail.channel", code("channel.", string(d, "channel"), locale), locale);
                JsonNode hotline = d.get("hotline");
                if (hotline != null && hotline.isObject()) {
                    line(lines, "case.detail.hotline", string(hotline, "line") + " · " + string(hotline, "caller")
                            + " · " + string(hotline, "callReference"), locale);
                }
                JsonNode temporary = d.get("temporary");
                if (temporary != null && temporary.isObject()) {
                    line(lines, "case.detail.temporaryKind", code("temporaryKind.", string(temporary, "kind"), locale),
                            locale);
                    line(lines, "case.detail.happened", join(", ", string(temporary, "happenedOn"),
                            string(temporary, "what")), locale);
                    line(lines, "case.detail.severity", string(temporary, "severity"), locale);
                }
                JsonNode bill = d.get("bill");
                if (bill != null && bill.isObject()) {
                    line(lines, "case.detail.bill", join(" · ", string(bill, "date"), string(bill, "reference"),
                            string(bill, "hospital")), locale);
                    line(lines, "case.detail.billAmount", money(bill.get("inPolicyOutOfPocket")), locale);
                }
                line(lines, "case.detail.documents", documents(d.get("documents"), locale), locale);
                String missing = documents(d.get("missingDocuments"), locale);
                lines.add(missing == null ? text("case.detail.complete", locale)
                        : text("case.detail.missing", locale, missing));
            }
            case PAY_FIRST -> {
                line(lines, "case.detail.oneOffAmount", money(d.get("amount")), locale);
                line(lines, "case.detail.method", string(d, "method"), locale);
                line(lines, "case.detail.reasons", string(d, "reason"), locale);
            }
            case INVESTIGATION -> {
                line(lines, "case.detail.visitors", join(d.get("visitors"), locale), locale);
                line(lines, "case.detail.findings", string(d, "findings"), locale);
            }
            case REVIEW -> line(lines, "case.detail.findings", string(d, "findings"), locale);
            case VERIFICATION -> {
                line(lines, "case.detail.result", code("verificationResult.", string(d, "result"), locale), locale);
                line(lines, "case.detail.note", string(d, "note"), locale);
            }
            case APPRAISAL -> {
                line(lines, "case.detail.participants", string(d, "participants"), locale);
                line(lines, "case.detail.conclusion", code("appraisalConclusion.", string(d, "conclusion"), locale),
                        locale);
                line(lines, "case.detail.summary", string(d, "summary"), locale);
            }
            case ASSESSMENT -> {
                line(lines, "case.detail.status", code("status.", string(d, "status"), locale), locale);
                line(lines, "case.detail.severity", string(d, "severity"), locale);
                line(lines, "case.detail.amount", money(d.get("monthlyAmount")), locale);
                line(lines, "case.detail.oneOffAmount", money(d.get("amount")), locale);
            }
            case TOWN_OPINION -> {
                line(lines, "case.detail.recommendation", code("recommendation.", string(d, "recommendation"), locale),
                        locale);
                line(lines, "case.detail.proposedAmount", money(d.get("amount")), locale);
                line(lines, "case.detail.decider", code("deciderLevel.", string(d, "decider"), locale), locale);
                line(lines, "case.detail.reasons", string(d, "reasons"), locale);
            }
            case PUBLICITY -> {
                line(lines, "case.detail.place", string(d, "place"), locale);
                line(lines, "case.detail.amount", money(d.get("monthlyAmount")), locale);
                line(lines, "case.detail.oneOffAmount", money(d.get("amount")), locale);
            }
            case OBJECTION -> line(lines, "case.detail.summary", string(d, "summary"), locale);
            case DECISION -> {
                line(lines, "case.detail.outcome", code("outcome.", string(d, "outcome"), locale), locale);
                line(lines, "case.detail.amount", money(d.get("monthlyAmount")), locale);
                line(lines, "case.detail.oneOffAmount", money(d.get("amount")), locale);
                String start = string(d, "startMonth");
                line(lines, "case.detail.startMonth", start == null ? null
                        : Figures.month(YearMonth.parse(start), messages, locale), locale);
                String until = string(d, "untilMonth");
                line(lines, "case.detail.untilMonth", until == null ? null
                        : Figures.month(YearMonth.parse(until), messages, locale), locale);
                JsonNode stages = d.get("stages");
                if (stages != null && stages.isArray()) {
                    for (JsonNode stage : stages) {
                        lines.add(text(stage.path("payFirst").asBoolean() ? "case.detail.payFirstStage" : "case.detail.stage",
                                locale, Figures.month(YearMonth.parse(string(stage, "month")), messages, locale),
                                money(stage.get("amount"))));
                    }
                }
                line(lines, "case.detail.reasons", string(d, "reasons"), locale);
            }
            case NOTIFICATION -> line(lines, "case.detail.method", string(d, "method"), locale);
        }
        return lines;
    }

    private void line(List<String> lines, String key, String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            lines.add(text(key, locale, value));
        }
    }

    /** Document codes, or {code, title} objects, as their names in the person's language. */
    private String documents(JsonNode list, Locale locale) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(text("document." + (n.isObject() ? n.get("code").asString() : n.asString()), locale)));
        return String.join(text("list.separator", locale), names);
    }

    private String join(JsonNode list, Locale locale) {
        if (list == null || !list.isArray()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.asString()));
        return String.join(text("list.separator", locale), names);
    }

    /** The parts that are there, joined. */
    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static String string(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }

    private String code(String prefix, String code, Locale locale) {
        return code == null ? null : messages.getMessage(prefix + code, null, code, locale);
    }

    private static String money(JsonNode n) {
        return n == null || n.isNull() ? null : Figures.money(new BigDecimal(n.asString()));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}

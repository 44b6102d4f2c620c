package org.doudi.web.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.doudi.policy.ParameterDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a parameter reads on the pages: its name in the person's language (falling back to the
 * definition's own description for parameters added later), and a value with its unit — "820 元/人·月",
 * "20%", "6 个月", "是". Values stay as the policy module keeps them; only their wording is decided here.
 */
@Component
class ParameterTexts {

    private final MessageSource messages;

    ParameterTexts(MessageSource messages) {
        this.messages = messages;
    }

    String label(String name, String description, Locale locale) {
        return messages.getMessage("parameter." + name, null, description == null ? name : description, locale);
    }

    String label(ParameterDefinition d, Locale locale) {
        return label(d.name(), d.description(), locale);
    }

    /** The value as written, in its unit; {@code null} is "none" (e.g. no cap). */
    String value(String value, String unit, Locale locale) {
        if (value == null || "null".equals(value)) {
            return messages.getMessage("parameter.value.none", null, locale);
        }
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (u.equals("boolean")) {
            return messages.getMessage(Boolean.parseBoolean(value) ? "answer.yes" : "answer.no", null, locale);
        }
        if (u.equals("rate")) {
            try {
                return Figures.percent(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return messages.getMessage(unitKey(u), new Object[] {value}, value + " " + unit, locale);
    }

    /** The unit in words ("元/人·月"), for the list of parameters. */
    String unit(String unit, Locale locale) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        return messages.getMessage(unitKey(u) + ".name", null, unit, locale);
    }

    private static String unitKey(String unit) {
        return "unit." + unit.replaceAll("[^a-z0-9]+", "_");
    }
}

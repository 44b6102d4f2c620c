package org.doudi.policy.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a valid value looks like, by the parameter's unit: {@code boolean} → true or false; a unit in
 * yuan → an amount with at most two decimals; {@code count} and {@code months} → a whole number;
 * {@code rate} → a fraction from 0 to 1 (0.20 = 20 %); anything else (multiples) → a number. Numbers
 * are plain decimals, never negative; {@code null} means "none" (e.g. no cap) and is allowed for
 * numbers only.
 */
final class ValueRules {

    private static final String DECIMAL = "\\d{1,12}(\\.\\d{1,8})?";

    private ValueRules() {
    }

    enum Kind { BOOLEAN, AMOUNT, WHOLE, RATE, NUMBER }

    static Kind kindOf(String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(java.util.Locale.ROOT);
        if (u.equals("boolean")) {
            return Kind.BOOLEAN;
        }
        if (u.startsWith("yuan")) {
            return Kind.AMOUNT;
        }
        if (u.equals("count") || u.equals("months")) {
            return Kind.WHOLE;
        }
        if (u.equals("rate")) {
            return Kind.RATE;
        }
        return Kind.NUMBER;
    }

    /** Why the value is not acceptable for the unit, or empty when it is. */
    static Optional<String> problem(String unit, String value) {
        Kind kind = kindOf(unit);
        if (value == null) {
            return kind == Kind.BOOLEAN ? Optional.of("must be true or false") : Optional.empty();
        }
        return switch (kind) {
            case BOOLEAN -> value.equals("true") || value.equals("false")
                    ? Optional.empty() : Optional.of("must be true or false");
            case AMOUNT -> value.matches("\\d{1,12}(\\.\\d{1,2})?")
                    ? Optional.empty() : Optional.of("must be an amount in yuan (" + unit + "), e.g. 650 or 650.50");
            case WHOLE -> value.matches("\\d{1,9}")
                    ? Optional.empty() : Optional.of("must be a whole number (" + unit + ")");
            case RATE -> !value.matches(DECIMAL) ? Optional.of("must be a fraction from 0 to 1, e.g. 0.20 for 20 %")
                    : new BigDecimal(value).compareTo(BigDecimal.ONE) > 0
                    ? Optional.of("must be a fraction from 0 to 1 (0.20 = 20 %), not more than 1") : Optional.empty();
            case NUMBER -> value.matches(DECIMAL)
                    ? Optional.empty() : Optional.of("must be a number (" + unit + "), e.g. 1.5");
        };
    }
}

package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.doudi.region.RegionCodes;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/** Reads input field by field, collecting every problem, then refuses them all at once (400, nothing changed). */
final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        return optional(field, value, maxLength);
    }

    String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            problem(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return v;
    }

    String region(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        if (!RegionCodes.isValid(value.strip())) {
            problem(field, "must be a 12-digit region code");
            return null;
        }
        return value.strip();
    }

    YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(field, "must be a month as yyyy-MM, e.g. 2026-12");
            return null;
        }
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(field, "must be a date as yyyy-MM-dd");
            return null;
        }
    }

    /** Yuan: more than zero (or zero when allowed), at most two decimals. */
    BigDecimal money(String field, BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            problem(field, "is required");
            return null;
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            problem(field, zeroAllowed ? "must be 0 or more" : "must be more than 0");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problem(field, "must have at most two decimals (fen)");
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problem(field, "must be a number");
            return null;
        }
    }
}

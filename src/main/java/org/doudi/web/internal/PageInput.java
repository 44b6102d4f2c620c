package org.doudi.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/**
 * Form values as typed on the monitoring pages (dates, numbers, choices), read into what the module APIs take.
 * What cannot be read is collected as field problems, so the page reports them all beside their fields.
 */
final class PageInput {

    private final List<FieldProblem> problems = new ArrayList<>();

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-11-15"));
            return null;
        }
    }

    Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a number"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "is not one of the choices"));
            return null;
        }
    }

    Boolean yesNo(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf("true".equals(value));
    }

    /** Ids separated by commas, spaces or new lines. */
    List<Long> ids(String field, String value) {
        List<Long> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (String part : value.split("[,，\\s]+")) {
            if (!part.isBlank()) {
                Long id = id(field, part);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Throws what was found unreadable, if anything. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

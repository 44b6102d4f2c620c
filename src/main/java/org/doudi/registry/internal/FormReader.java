package org.doudi.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/**
 * Reads the text of a form into values and collects one problem for every field that cannot be read,
 * under the field's path as the client sent it ({@code members[1].incomes[0].monthly}). A value that
 * cannot be read comes back as null; nothing may be written while {@link #problems()} is not empty.
 */
final class FormReader {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final List<FieldProblem> problems = new ArrayList<>();

    static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    static String path(String prefix, String list, int index) {
        return path(prefix, list) + "[" + index + "]";
    }

    void problem(String path, String message) {
        if (!hasProblem(path)) {
            problems.add(new FieldProblem(path, message));
        }
    }

    boolean hasProblem(String path) {
        return problems.stream().anyMatch(p -> p.field().equals(path));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Ends the reading: refuses the whole input when any field was at fault. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    String requiredText(String path, String text, int maxLength) {
        if (blank(text)) {
            problem(path, "is required");
            return null;
        }
        return optionalText(path, text, maxLength);
    }

    String optionalText(String path, String text, int maxLength) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        if (value.length() > maxLength) {
            problem(path, "must have at most " + maxLength + " characters");
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            problem(path, "must not contain control characters");
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E requiredEnum(String path, String text, Class<E> type) {
        if (blank(text)) {
            problem(path, "is required; one of " + namesOf(type));
            return null;
        }
        return optionalEnum(path, text, type);
    }

    <E extends Enum<E>> E optionalEnum(String path, String text, Class<E> type) {
        if (blank(text)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        problem(path, "must be one of " + namesOf(type));
        return null;
    }

    /** Each element read as an enum constant, duplicates dropped; problems at {@code path[i]}. */
    <E extends Enum<E>> List<E> enumList(String path, List<String> texts, Class<E> type) {
        List<E> values = new ArrayList<>();
        if (texts == null) {
            return values;
        }
        for (int i = 0; i < texts.size(); i++) {
            E value = requiredEnum(path + "[" + i + "]", texts.get(i), type);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    LocalDate requiredDate(String path, String text) {
        if (blank(text)) {
            problem(path, "is required (yyyy-MM-dd)");
            return null;
        }
        return optionalDate(path, text);
    }

    LocalDate optionalDate(String path, String text) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value);
                if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                    return date;
                }
                problem(path, "must be a date between 1900 and 2199");
                return null;
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below: the digits do not make a calendar date
        }
        problem(path, "must be a date yyyy-MM-dd");
        return null;
    }

    YearMonth requiredMonth(String path, String text) {
        if (blank(text)) {
            problem(path, "is required (yyyy-MM)");
            return null;
        }
        return optionalMonth(path, text);
    }

    YearMonth optionalMonth(String path, String text) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                if (month.getYear() >= EARLIEST.getYear() && month.getYear() <= LATEST.getYear()) {
                    return month;
                }
                problem(path, "must be a month between 1900 and 2199");
                return null;
            }
        } catch (DateTimeParseException e) {
            // falls through: not a month of the calendar
        }
        problem(path, "must be a month yyyy-MM");
        return null;
    }

    /** Yuan: 0 or more, at most two decimals, below {@code limit}. */
    BigDecimal requiredAmount(String path, String text, BigDecimal limit) {
        if (blank(text)) {
            problem(path, "is required (yuan)");
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problem(path, "must be an amount in yuan, e.g. 1500 or 1500.50");
            return null;
        }
        if (amount.signum() < 0) {
            problem(path, "must be 0 or more");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problem(path, "must have at most two decimals");
            return null;
        }
        if (amount.compareTo(limit) >= 0) {
            problem(path, "must be less than " + limit.toPlainString());
            return null;
        }
        return amount.setScale(2);
    }

    Integer requiredInteger(String path, String text, int min, int max) {
        if (blank(text)) {
            problem(path, "is required (" + min + "–" + max + ")");
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through: not a whole number
        }
        problem(path, "must be a whole number from " + min + " to " + max);
        return null;
    }

    /** A closed range must not end before it starts; the problem goes on the end. */
    <T extends Comparable<? super T>> void endNotBeforeStart(String toPath, T from, T to) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            problem(toPath, "must not be before the start (" + from + ")");
        }
    }

    private static String namesOf(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}

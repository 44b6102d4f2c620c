package org.doudi.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.doudi.shared.Today;

/**
 * A citizen ID number (居民身份证号码, GB 11643-1999): six digits of the region of issue, the birth
 * date {@code yyyyMMdd}, a three-digit sequence whose last digit is odd for men and even for women,
 * and a check digit (ISO 7064 MOD 11-2, {@code 0}–{@code 9} or {@code X}).
 * A value of this type is always well-formed; {@link #parse} also refuses a birth date in the future.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public IdNumber {
        String problem = formProblem(value);
        if (problem != null) {
            throw new InvalidIdNumber(problem);
        }
    }

    /** Why {@link #parse} refuses a text: one message per kind of problem. */
    public static final class InvalidIdNumber extends IllegalArgumentException {

        InvalidIdNumber(String message) {
            super(message);
        }
    }

    /**
     * The ID number in {@code text} (surrounding spaces and a lower-case {@code x} are accepted).
     *
     * @throws InvalidIdNumber saying what is wrong: length, characters, birth date or check digit
     */
    public static IdNumber parse(String text, LocalDate today) {
        String normalised = text == null ? "" : text.strip().toUpperCase();
        IdNumber id = new IdNumber(normalised);
        if (id.birthDate().isAfter(today)) {
            throw new InvalidIdNumber("encodes a birth date in the future (" + id.birthDate() + ")");
        }
        return id;
    }

    /** {@link #parse(String, LocalDate)} with today's date in China. */
    public static IdNumber parse(String text) {
        return parse(text, LocalDate.now(Today.ZONE));
    }

    /** What is wrong with {@code text} as an ID number, or empty when it is a valid one. */
    public static Optional<String> problem(String text, LocalDate today) {
        try {
            parse(text, today);
            return Optional.empty();
        } catch (InvalidIdNumber e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The check digit (ISO 7064 MOD 11-2) of the first 17 digits. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17, 0, 17)) {
            throw new IllegalArgumentException("the check digit is computed from exactly 17 digits");
        }
        return checkDigitOf(first17);
    }

    /** The check digit of the first 17 characters of {@code s}, which are digits. */
    private static char checkDigitOf(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * A valid ID number from its parts: six digits of the region of issue, the birth date and a
     * sequence 0–999 (odd for a man, even for a woman).
     */
    public static IdNumber compose(String regionOfIssue, LocalDate birthDate, int sequence) {
        if (regionOfIssue == null || regionOfIssue.length() != 6 || !allDigits(regionOfIssue, 0, 6)) {
            throw new IllegalArgumentException("the region of issue is six digits");
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("the sequence is 0–999");
        }
        String first17 = regionOfIssue + String.format(Locale.ROOT, "%04d%02d%02d%03d", birthDate.getYear(),
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        return new IdNumber(first17 + checkDigit(first17));
    }

    public LocalDate birthDate() {
        return birthDateIn(value);
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six digits of the region where the number was issued. */
    public String regionOfIssue() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        // a full ID number must not end up in a log line by accident
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    private static String formProblem(String value) {
        if (value == null || value.isEmpty()) {
            return "is required";
        }
        if (value.length() != 18) {
            return "must have 18 characters, not " + value.length();
        }
        char last = value.charAt(17);
        if (!allDigits(value, 0, 17) || !(last >= '0' && last <= '9' || last == 'X')) {
            return "must be 17 digits followed by a digit or X";
        }
        try {
            if (birthDateIn(value).getYear() < 1800) {
                return "encodes the birth date " + value.substring(6, 14) + ", long before anyone living was born";
            }
        } catch (DateTimeException e) {
            return "encodes the birth date " + value.substring(6, 14) + ", which is not a date";
        }
        if (checkDigitOf(value) != last) {
            return "has a wrong check digit: a character is mistyped";
        }
        return null;
    }

    /** The birth date of a number whose first 17 characters are digits (a feed's import checks millions). */
    private static LocalDate birthDateIn(String value) {
        return LocalDate.of(digits(value, 6, 10), digits(value, 10, 12), digits(value, 12, 14));
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

package org.doudi.exchange.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

import org.doudi.exchange.RowProblem;
import org.doudi.exchange.internal.Column.Field;
import org.doudi.exchange.internal.FeedLayout.CrossCheck;
import org.doudi.registry.IdNumber;
import org.doudi.shared.pii.Masking;

/**
 * Checks one row of a feed file against its layout and turns it into a {@link FactRow}, or reports every
 * problem of the row, each naming its column. Pure: the only outside things are today's date (nothing may
 * happen in the future) and the blind-index function.
 */
final class RowValidator {

    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final FeedLayout layout;
    private final int[] cellOf;
    private final LocalDate today;
    private final UnaryOperator<String> blindIndex;
    private final java.security.MessageDigest sha256;
    /** The column each of the layout's cross checks reports on, in the order of the checks. */
    private final Column[] reportedOn;

    private RowValidator(FeedLayout layout, int[] cellOf, LocalDate today, UnaryOperator<String> blindIndex) {
        this.layout = layout;
        this.reportedOn = layout.checks().stream().map(c -> layout.column(c.reportedOn()).orElseThrow())
                .toArray(Column[]::new);
        this.cellOf = cellOf;
        this.today = today;
        this.blindIndex = blindIndex;
        try {
            this.sha256 = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The validator for a file whose header row is {@code header}, or null after adding the header's problems
     * (an unknown or repeated column, a required one missing) to {@code problems}: such a file cannot be read.
     */
    static RowValidator forHeader(FeedLayout layout, String[] header, LocalDate today, UnaryOperator<String> blindIndex,
                                  List<RowProblem> problems) {
        List<Column> columns = layout.columns();
        int[] cellOf = new int[columns.size()];
        java.util.Arrays.fill(cellOf, -1);
        int before = problems.size();
        for (int i = 0; i < header.length; i++) {
            String h = header[i] == null ? "" : header[i].strip();
            if (h.isEmpty()) {
                continue;
            }
            int found = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).isNamed(h)) {
                    found = c;
                }
            }
            if (found < 0) {
                problems.add(new RowProblem(1, h, "is not a column of the " + layout.type().word()
                        + " layout (see its template)"));
            } else if (cellOf[found] >= 0) {
                problems.add(new RowProblem(1, columns.get(found).name(), "appears twice in the header"));
            } else {
                cellOf[found] = i;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (cellOf[c] < 0 && columns.get(c).required()) {
                problems.add(new RowProblem(1, columns.get(c).name(), "is a required column and is missing from the header"));
            }
        }
        return problems.size() > before ? null : new RowValidator(layout, cellOf, today, blindIndex);
    }

    /** Whether every cell of the row is empty (such rows, common at the end of a spreadsheet, are skipped). */
    static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row as a fact, or null after adding its problems to {@code problems}. */
    FactRow validate(int rowNo, String[] cells, List<RowProblem> problems) {
        Draft d = new Draft(rowNo, problems);
        List<Column> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int at = cellOf[c];
            String text = at >= 0 && at < cells.length && cells[at] != null ? cells[at].strip() : "";
            if (text.isEmpty()) {
                if (column.required()) {
                    d.problem(column, "is required");
                }
                continue;
            }
            read(column, text, d);
        }
        if (d.problems == 0) {
            List<CrossCheck> checks = layout.checks();
            for (int i = 0; i < checks.size(); i++) {
                cross(checks.get(i), reportedOn[i], d);
            }
        }
        if (d.problems > 0) {
            return null;
        }
        LocalDate inForceTo = layout.type().isState() ? (d.endDate == null ? OPEN_END : d.endDate)
                : d.monthly ? d.date.withDayOfMonth(d.date.lengthOfMonth()) : d.date;
        String hash = blindIndex.apply(d.id.value());
        String key = key(d);
        return new FactRow(rowNo, hash, Masking.idNumber(d.id.value()), d.name, key, digest(hash, key), idKey(hash),
                d.date, d.endDate, inForceTo, d.code, d.subcode, d.grade, d.amount, d.amount2, d.reference,
                d.organisation, d.detail);
    }

    private void read(Column column, String text, Draft d) {
        switch (column.kind()) {
            case ID_NUMBER -> {
                try {
                    d.id = IdNumber.parse(text, today);
                } catch (IdNumber.InvalidIdNumber e) {
                    d.problem(column, e.getMessage());
                }
            }
            case NAME, TEXT -> {
                if (text.codePointCount(0, text.length()) > column.maxLength()) {
                    d.problem(column, "has more than " + column.maxLength() + " characters");
                } else {
                    set(column.field(), text, d);
                }
            }
            case CREDIT_CODE -> {
                String code = text.toUpperCase(java.util.Locale.ROOT);
                String problem = CreditCode.problem(code);
                if (problem != null) {
                    d.problem(column, problem);
                } else {
                    set(column.field(), code, d);
                }
            }
            case CODE -> column.code(text).ifPresentOrElse(code -> set(column.field(), code.code(), d),
                    () -> d.problem(column, "is not one of " + String.join(", ",
                            column.codes().stream().map(Column.Code::code).toList())));
            case GRADE -> {
                if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '4') {
                    d.grade = text.charAt(0) - '0';
                } else {
                    d.problem(column, "must be a grade from 1 to 4");
                }
            }
            case AMOUNT -> {
                BigDecimal amount = amount(text);
                if (amount == null) {
                    d.problem(column, "must be an amount of 0 or more with at most 2 decimals, like 1234.50");
                } else if (column.field() == Field.AMOUNT) {
                    d.amount = amount;
                } else {
                    d.amount2 = amount;
                }
            }
            case DATE -> {
                LocalDate date = date(text);
                if (date == null) {
                    d.problem(column, "must be a date like 2026-03-01");
                } else if (date.isBefore(EARLIEST)) {
                    d.problem(column, "is before 1900");
                } else if (!column.futureAllowed() && date.isAfter(today)) {
                    d.problem(column, "is in the future");
                } else {
                    setDate(column.field(), date, d);
                }
            }
            case MONTH -> {
                YearMonth month = month(text);
                if (month == null) {
                    d.problem(column, "must be a month like 2026-03");
                } else if (month.getYear() < 1900) {
                    d.problem(column, "is before 1900");
                } else if (month.isAfter(YearMonth.from(today))) {
                    d.problem(column, "is in the future");
                } else {
                    d.monthly = true;
                    setDate(column.field(), month.atDay(1), d);
                }
            }
        }
    }

    private static void set(Field field, String value, Draft d) {
        switch (field) {
            case NAME -> d.name = value;
            case CODE -> d.code = value;
            case SUBCODE -> d.subcode = value;
            case REFERENCE -> d.reference = value.toUpperCase(java.util.Locale.ROOT);
            case ORGANISATION -> d.organisation = value;
            case DETAIL -> d.detail = value;
            default -> throw new IllegalStateException("a text column cannot fill " + field);
        }
    }

    private static void setDate(Field field, LocalDate date, Draft d) {
        if (field == Field.DATE) {
            d.date = date;
        } else {
            d.endDate = date;
        }
    }

    private static void cross(CrossCheck check, Column column, Draft d) {
        boolean broken = switch (check.rule()) {
            case END_NOT_BEFORE_DATE -> d.endDate != null && d.date != null && d.endDate.isBefore(d.date);
            case DATE_NOT_BEFORE_BIRTH -> d.date != null && d.id != null
                    && (d.monthly ? d.date.withDayOfMonth(d.date.lengthOfMonth()) : d.date).isBefore(d.id.birthDate());
            case AMOUNT_NOT_OVER_AMOUNT2 -> d.amount != null && d.amount2 != null && d.amount.compareTo(d.amount2) > 0;
        };
        if (broken) {
            d.problem(column, check.message());
        }
    }

    private String key(Draft d) {
        StringBuilder key = new StringBuilder(64);
        for (Field f : layout.key()) {
            if (!key.isEmpty()) {
                key.append('|');
            }
            key.append(switch (f) {
                case DATE -> d.date.toString();
                case CODE -> d.code;
                case REFERENCE -> d.reference;
                case ORGANISATION -> SPACES.matcher(d.organisation).replaceAll(" ");
                default -> throw new IllegalStateException("not a key field: " + f);
            });
        }
        return key.toString();
    }

    /** The first 128 bits of SHA-256 of the person, the feed type and the row key: what the unique index holds. */
    private java.util.UUID digest(String hash, String key) {
        sha256.reset();
        sha256.update(hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha256.update((byte) '|');
        sha256.update(layout.type().name().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha256.update((byte) '|');
        byte[] d = sha256.digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new java.util.UUID(java.nio.ByteBuffer.wrap(d, 0, 8).getLong(), java.nio.ByteBuffer.wrap(d, 8, 8).getLong());
    }

    /** The first 64 bits of a blind index (64 hex characters), as the compact key to find a person's rows. */
    static long idKey(String hash) {
        return Long.parseUnsignedLong(hash.substring(0, 16), 16);
    }

    /** Digits with an optional point and at most two decimals; null when the text is anything else. */
    static BigDecimal amount(String text) {
        int point = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' && point < 0 && i > 0) {
                point = i;
            } else if (ch < '0' || ch > '9') {
                return null;
            }
        }
        if (point == text.length() - 1) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (point >= 0 && text.length() - point - 1 > 2) {
            // a spreadsheet's number cell may carry binary noise (12.300000000000001): fine if it is 2 decimals really
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > 2) {
                return null;
            }
            value = stripped;
        }
        value = value.setScale(2);
        return value.compareTo(MAX_AMOUNT) > 0 ? null : value;
    }

    /** 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301; null when not a real date. */
    static LocalDate date(String text) {
        int[] parts = numbers(text, 3);
        try {
            if (parts == null) {
                if (text.length() == 8 && digits(text)) {
                    return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                            Integer.parseInt(text.substring(6)));
                }
                return null;
            }
            return LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 2026-03, 2026/3, 2026年3月, 202603, or a whole date (its month). */
    static YearMonth month(String text) {
        int[] parts = numbers(text, 2);
        try {
            if (parts != null) {
                return YearMonth.of(parts[0], parts[1]);
            }
            if (text.length() == 6 && digits(text)) {
                return YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4)));
            }
            LocalDate date = date(text);
            return date == null ? null : YearMonth.from(date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Exactly {@code count} groups of digits separated by one of {@code - / .} or the characters 年 月 (日 or 月 may
     * end it), the first of four digits; null otherwise.
     */
    private static int[] numbers(String text, int count) {
        int[] parts = new int[count];
        int n = 0;
        int i = 0;
        int len = text.length();
        if (len > 0 && (text.charAt(len - 1) == '日' || text.charAt(len - 1) == '月')) {
            len--;
        }
        while (i < len) {
            int start = i;
            int value = 0;
            while (i < len && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 4) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || n == count || (n == 0 && i - start != 4) || (n > 0 && i - start > 2)) {
                return null;
            }
            parts[n++] = value;
            if (i < len) {
                char sep = text.charAt(i);
                if (sep != '-' && sep != '/' && sep != '.' && sep != '年' && sep != '月') {
                    return null;
                }
                i++;
                if (i == len) {
                    return null;
                }
            }
        }
        return n == count ? parts : null;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The row's values as they are read; {@link #problem} counts what was wrong. */
    private static final class Draft {

        final int rowNo;
        final List<RowProblem> out;
        int problems;
        IdNumber id;
        String name;
        LocalDate date;
        LocalDate endDate;
        boolean monthly;
        String code;
        String subcode;
        Integer grade;
        BigDecimal amount;
        BigDecimal amount2;
        String reference;
        String organisation;
        String detail;

        Draft(int rowNo, List<RowProblem> out) {
            this.rowNo = rowNo;
            this.out = out;
        }

        void problem(Column column, String message) {
            problems++;
            out.add(new RowProblem(rowNo, column.name(), message));
        }
    }
}

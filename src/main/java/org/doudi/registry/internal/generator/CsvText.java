package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * RFC 4180 text as PostgreSQL's {@code COPY … (FORMAT csv)} reads it: an empty unquoted field is
 * NULL, an empty string is written quoted, fields with a comma, quote or line break are quoted.
 */
final class CsvText {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private CsvText() {
    }

    static void appendRow(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, values[i]);
        }
        out.append('\n');
    }

    static void appendHeader(StringBuilder out, RegistryTable table) {
        out.append(String.join(",", table.columns().stream().map(RegistryTable.Column::name).toList())).append('\n');
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            appendText(out, s);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof OffsetDateTime t) {
            out.append(TIMESTAMP.format(t));
        } else {
            out.append(value);
        }
    }

    private static void appendText(StringBuilder out, String s) {
        boolean quote = s.isEmpty();
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}

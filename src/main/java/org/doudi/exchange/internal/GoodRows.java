package org.doudi.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A good row as a line of PostgreSQL's {@code COPY … (FORMAT csv)} input, in the order of {@link #COLUMNS}
 * (the import, the kind and the match are added around it by {@link FactWriter}): an empty field is NULL, a
 * text with a comma or a quote is quoted.
 */
final class GoodRows {

    static final String COLUMNS = "row_no, id_number_hash, id_number_masked, name, row_key, fact_date, end_date,"
            + " in_force_to, code, subcode, grade, amount, amount2, reference, organisation, detail, row_digest, id_key";

    private GoodRows() {
    }

    /** Appends the row as a line of {@code COPY … (FORMAT csv)} input, without the line break. */
    static void append(StringBuilder line, FactRow r) {
        line.append(r.rowNo()).append(',').append(r.idHash()).append(',');
        text(line, r.idMasked());
        text(line.append(','), r.name());
        text(line.append(','), r.rowKey());
        date(line.append(','), r.date());
        date(line.append(','), r.endDate());
        date(line.append(','), r.inForceTo());
        text(line.append(','), r.code());
        text(line.append(','), r.subcode());
        line.append(',');
        if (r.grade() != null) {
            line.append(r.grade());
        }
        amount(line.append(','), r.amount());
        amount(line.append(','), r.amount2());
        text(line.append(','), r.reference());
        text(line.append(','), r.organisation());
        text(line.append(','), r.detail());
        line.append(',').append(r.rowDigest()).append(',').append(r.idKey());
    }

    private static void date(StringBuilder line, LocalDate d) {
        if (d != null) {
            line.append(d);
        }
    }

    private static void amount(StringBuilder line, BigDecimal a) {
        if (a != null) {
            line.append(a.toPlainString());
        }
    }

    /** Line breaks become spaces (a fact's text is one line); commas and quotes are quoted. */
    static void text(StringBuilder line, String s) {
        if (s == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(s);
            return;
        }
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                line.append("\"\"");
            } else if (c == '\n' || c == '\r') {
                line.append(' ');
            } else {
                line.append(c);
            }
        }
        line.append('"');
    }
}

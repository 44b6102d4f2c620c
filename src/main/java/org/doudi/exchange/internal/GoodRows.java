package org.doudi.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The spool of a file's good rows: one line per row, in the column order of the staging table
 * ({@link #COLUMNS}, the match columns last and left out here), as PostgreSQL's {@code COPY … (FORMAT csv)}
 * reads it: an empty field is NULL, a text with a comma or a quote is quoted. The blind index is the second
 * field and always 64 characters, so a writer finds it without parsing the line.
 */
final class GoodRows {

    static final String COLUMNS = "row_no, id_number_hash, id_number_masked, name, row_key, fact_date, end_date,"
            + " in_force_to, code, subcode, grade, amount, amount2, reference, organisation, detail, row_digest, id_key";

    private GoodRows() {
    }

    static void write(BufferedWriter out, FactRow r) throws IOException {
        StringBuilder line = new StringBuilder(256);
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
        out.append(line).append('\n');
    }

    /** The blind index in a spooled line: the field after the row number. */
    static String idHash(String line) {
        int start = line.indexOf(',') + 1;
        return line.substring(start, start + 64);
    }

    /** The row digest in a spooled line: the field before the last (neither of the two is ever quoted). */
    static String rowDigest(String line) {
        int last = line.lastIndexOf(',');
        return line.substring(line.lastIndexOf(',', last - 1) + 1, last);
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

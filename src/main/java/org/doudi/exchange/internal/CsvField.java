package org.doudi.exchange.internal;

/** A text as a field of the CSV files the exchange writes: the row-problem reports and the templates. */
final class CsvField {

    private CsvField() {
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

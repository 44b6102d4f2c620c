package org.doudi.exchange.internal;

import java.util.List;
import java.util.Optional;

/**
 * One column of a feed's file layout: its name (as in the header, or its Chinese label), what kind of value
 * it takes, whether it is required, which field of the fact it fills, and the documentation and example the
 * template and {@code docs/feeds/} show.
 */
record Column(String name, String label, Kind kind, boolean required, Field field, int maxLength,
              boolean futureAllowed, List<Code> codes, String description, String example) {

    /** The kinds of value a cell may hold; each is validated and normalised by {@link RowValidator}. */
    enum Kind {
        /** 居民身份证号码, GB 11643 */
        ID_NUMBER,
        /** a person's name, up to 50 characters */
        NAME,
        /** a day: 2026-03-01, 2026/3/1, 20260301, or a date cell */
        DATE,
        /** a month: 2026-03, 2026/3, 202603, or a date cell (its month) */
        MONTH,
        /** yuan (or m²): not negative, at most two decimals, no thousands separators */
        AMOUNT,
        /** a disability grade 1–4 */
        GRADE,
        /** one of {@link #codes}, by code or Chinese label */
        CODE,
        /** free text up to {@link #maxLength} */
        TEXT,
        /** 统一社会信用代码, GB 32100: 18 characters with a check character */
        CREDIT_CODE
    }

    /** The fact's typed fields a column may fill (the ID number and the name always fill their own). */
    enum Field {
        ID_NUMBER, NAME, DATE, END_DATE, CODE, SUBCODE, GRADE, AMOUNT, AMOUNT2, REFERENCE, ORGANISATION, DETAIL
    }

    record Code(String code, String label) {
    }

    Optional<Code> code(String text) {
        return codes.stream().filter(c -> c.code().equalsIgnoreCase(text) || c.label().equals(text)).findFirst();
    }

    /** Whether a header cell names this column (its name in any case, or its label). */
    boolean isNamed(String header) {
        String h = header.strip();
        return name.equalsIgnoreCase(h) || label.equals(h);
    }

    /** The kind of value in words, for the documentation and the report. */
    String kindInWords() {
        return switch (kind) {
            case ID_NUMBER -> "ID number (18 characters, GB 11643), as text";
            case NAME -> "text, at most 50 characters";
            case DATE -> "date: 2026-03-01, 2026/3/1 or 20260301" + (futureAllowed ? "" : ", not in the future");
            case MONTH -> "month: 2026-03, 2026/3 or 202603, not in the future";
            case AMOUNT -> "amount: 0 or more, at most 2 decimals, no thousands separators";
            case GRADE -> "whole number 1–4";
            case CODE -> "one of the codes (or their Chinese labels)";
            case TEXT -> "text, at most " + maxLength + " characters";
            case CREDIT_CODE -> "unified social credit code (18 characters, GB 32100)";
        };
    }
}

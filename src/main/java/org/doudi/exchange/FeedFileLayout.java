package org.doudi.exchange;

import java.util.List;

/**
 * The layout of a feed's file as people read it — what the templates and {@code docs/feeds/} say: the columns
 * in template order, each by its name and its Chinese label (a header may use either), and the columns whose
 * values, with the ID number, identify a row (a row with the same ones is a duplicate and adds nothing).
 * The texts of {@code value} and {@code description} are English.
 */
public record FeedFileLayout(FeedType type, String description, List<Column> columns, List<String> identifiedBy) {

    public FeedFileLayout {
        columns = List.copyOf(columns);
        identifiedBy = List.copyOf(identifiedBy);
    }

    /** A column: {@code value} says what a cell may hold, {@code codes} the codes a code column takes. */
    public record Column(String name, String label, boolean required, String value, String description,
                         List<Code> codes, String example) {

        public Column {
            codes = List.copyOf(codes);
        }
    }

    public record Code(String code, String label) {
    }

    /** The column of that name, if the layout has it (a problem names its column so). */
    public java.util.Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}

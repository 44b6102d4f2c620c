package org.doudi.exchange.internal;

import java.util.List;
import java.util.Optional;

import org.doudi.exchange.FeedType;

/**
 * The file layout of one feed type: its columns in template order, the fields whose values identify a row
 * (with the ID number: the natural key that makes a second import of the row add nothing), and the
 * row-level checks across columns.
 */
record FeedLayout(FeedType type, String description, List<Column> columns, List<Column.Field> key,
                  List<CrossCheck> checks) {

    Optional<Column> column(Column.Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no column " + name));
    }

    /** A check across the columns of a row: which column it reports on, and the rule. */
    record CrossCheck(Column.Field reportedOn, Rule rule, String message) {
    }

    enum Rule {
        /** the end date is not before the date */
        END_NOT_BEFORE_DATE,
        /** the date is not before the birth date the ID number encodes */
        DATE_NOT_BEFORE_BIRTH,
        /** amount is at most amount2 (e.g. the out-of-pocket part of a bill is at most the bill) */
        AMOUNT_NOT_OVER_AMOUNT2
    }
}

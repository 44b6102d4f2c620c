package org.doudi.payment.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

/** Months are {@code YearMonth} in Java and the first day of the month in SQL. */
final class Months {

    private Months() {
    }

    static LocalDate first(YearMonth m) {
        return m == null ? null : m.atDay(1);
    }

    static Date sql(YearMonth m) {
        return m == null ? null : Date.valueOf(m.atDay(1));
    }

    static YearMonth of(LocalDate d) {
        return d == null ? null : YearMonth.from(d);
    }

    static YearMonth of(Date d) {
        return d == null ? null : YearMonth.from(d.toLocalDate());
    }
}

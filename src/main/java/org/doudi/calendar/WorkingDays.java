package org.doudi.calendar;

import java.time.LocalDate;

/** Counting working days: the loaded calendars as one function. */
public interface WorkingDays {

    /**
     * The {@code n}-th working day after {@code from}: the day after {@code from} is the first that may
     * count, so "within 3 working days of 30 September 2026" ends on 10 October 2026 (the National Day
     * holiday, then the make-up working Saturday). {@code n = 0} answers {@code from} itself.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    WorkingDay add(LocalDate from, int n);

    /** The date alone (see {@link #add}). */
    default LocalDate addWorkingDays(LocalDate from, int n) {
        return add(from, n).date();
    }
}

package org.doudi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@link WorkingDays#add}: the date, and the years counted through for which no calendar
 * is loaded — there Monday–Friday were taken as the working days, so the date may be off by the
 * holidays of those years. Empty when every counted day came from an official calendar.
 */
public record WorkingDay(LocalDate date, List<Integer> yearsWithoutCalendar) {

    public WorkingDay {
        yearsWithoutCalendar = List.copyOf(yearsWithoutCalendar);
    }

    /** True when the whole count used official calendars; false when some year fell back to Monday–Friday. */
    public boolean official() {
        return yearsWithoutCalendar.isEmpty();
    }
}

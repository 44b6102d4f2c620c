package org.doudi.calendar;

import java.io.Reader;
import java.time.LocalDate;
import java.util.Map;

import org.doudi.calendar.internal.CalendarFile;

/**
 * One year's official arrangement: the days off ({@code holidays}, with the festival's name) and the
 * weekend days that are working days ({@code workdays}, 调休上班). Every other date of the year follows
 * the week: Monday–Friday work.
 */
public record CalendarYear(int year, Map<LocalDate, String> holidays, java.util.Set<LocalDate> workdays) {

    public CalendarYear {
        holidays = Map.copyOf(holidays);
        workdays = java.util.Set.copyOf(workdays);
        for (LocalDate d : holidays.keySet()) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("holiday " + d + " is not in " + year);
            }
            if (workdays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a working day");
            }
        }
        for (LocalDate d : workdays) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("working day " + d + " is not in " + year);
            }
        }
    }

    /**
     * A calendar file as in {@code src/main/resources/calendar/2026.yaml}; every problem of the file is
     * named in one {@link IllegalArgumentException}.
     */
    public static CalendarYear read(Reader yaml, String source) {
        return CalendarFile.read(yaml, source);
    }
}

package org.doudi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The working-day rule over a set of loaded years, pure and immutable: a date is a working day when its
 * year's calendar lists it as a make-up working day, or it is Monday–Friday and not a holiday. A year
 * without a calendar follows the plain week, and the answer says so.
 */
public final class WorkingCalendar implements WorkingDays {

    private final Map<Integer, CalendarYear> years = new HashMap<>();

    public WorkingCalendar(Collection<CalendarYear> years) {
        for (CalendarYear y : years) {
            if (this.years.put(y.year(), y) != null) {
                throw new IllegalArgumentException("year " + y.year() + " given twice");
            }
        }
    }

    public boolean knows(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year != null) {
            if (year.workdays().contains(date)) {
                return true;
            }
            if (year.holidays().containsKey(date)) {
                return false;
            }
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    @Override
    public WorkingDay add(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must be 0 or more, not " + n);
        }
        TreeSet<Integer> unknown = new TreeSet<>();
        LocalDate date = from;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (!years.containsKey(date.getYear())) {
                unknown.add(date.getYear());
            }
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return new WorkingDay(date, unknown.stream().toList());
    }
}

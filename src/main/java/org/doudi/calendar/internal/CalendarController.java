package org.doudi.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day arithmetic for any signed-in user: the calendar is public information. */
@RestController
class CalendarController {

    /** Thirty years of working days: far beyond any time limit, and a bound on the work of one request. */
    static final int MAX_DAYS = 7500;

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /**
     * {@code official}: every counted day came from a loaded calendar; otherwise {@code yearsWithoutCalendar}
     * names the years where Monday–Friday were assumed.
     */
    record Answer(LocalDate from, int days, LocalDate date, boolean official, List<Integer> yearsWithoutCalendar) {
    }

    @GetMapping("/api/v1/calendar/add-working-days")
    Answer addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "must be from 0 to " + MAX_DAYS);
        }
        if (from.getYear() < 1949 || from.getYear() > 2200) {
            throw new InvalidInputException("from", "must be a date from 1949 to 2200");
        }
        WorkingDay day = workingDays.add(from, days);
        return new Answer(from, days, day.date(), day.official(), day.yearsWithoutCalendar());
    }
}

package org.doudi.calendar.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.doudi.calendar.CalendarYear;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.error.YAMLException;

/** Working-day arithmetic for any signed-in user: the calendar is public information. */
@RestController
class CalendarController {

    /** Thirty years of working days: far beyond any time limit, and a bound on the work of one request. */
    static final int MAX_DAYS = 7500;

    private final WorkingDays workingDays;
    private final LoadedCalendar calendar;

    CalendarController(WorkingDays workingDays, LoadedCalendar calendar) {
        this.workingDays = workingDays;
        this.calendar = calendar;
    }

    /** The years whose holidays are loaded; other years count Monday–Friday, flagged as estimates. */
    @GetMapping("/api/v1/calendar/years")
    List<LoadedYear> years() {
        return calendar.years();
    }

    /**
     * Loads a year published after this release, for administrators: the body is the calendar file
     * (YAML, as {@code src/main/resources/calendar/2026.yaml}). 400 naming every fault of the file, 409 when the
     * year is already loaded.
     */
    @PostMapping(path = "/api/v1/calendar/years", consumes = {"application/yaml", "text/yaml", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    LoadedYear load(@RequestBody String file) {
        Actor actor = Actor.current();
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("loading a calendar is for administrators");
        }
        CalendarYear year;
        try {
            year = CalendarFile.read(new StringReader(file), "in the request");
        } catch (IllegalArgumentException | YAMLException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return calendar.load(year, "api:" + actor.username(), actor);
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

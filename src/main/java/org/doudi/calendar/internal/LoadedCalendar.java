package org.doudi.calendar.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.calendar.CalendarYear;
import org.doudi.calendar.WorkingCalendar;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working days of the loaded calendars. At start-up — before the server takes requests — every
 * {@code classpath:calendar/*.yaml} whose year is not in the database yet is loaded, each year in one
 * audited transaction ({@code calendar.load}); then the years are held in memory (a few dozen dates each).
 * A year already loaded is never replaced: a correction of an official calendar is a new migration.
 */
@Component
class LoadedCalendar implements WorkingDays, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LoadedCalendar.class);

    private final CalendarStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile WorkingCalendar calendar;

    LoadedCalendar(CalendarStore store, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<Integer> loaded = store.loadedYears();
        for (Resource file : files()) {
            CalendarYear year = read(file);
            if (!loaded.contains(year.year())) {
                insert(year, "classpath:calendar/" + file.getFilename(), Actor.SYSTEM);
            }
        }
        calendar = new WorkingCalendar(store.all());
    }

    /**
     * Loads a year published after this release (an administrator's API call or {@code calendar load FILE}),
     * or refuses it when the year is already loaded: a published year is never replaced.
     */
    synchronized LoadedYear load(CalendarYear year, String source, Actor actor) {
        if (store.loadedYears().contains(year.year())) {
            throw new ConflictException("the calendar of " + year.year() + " is already loaded; a published year is "
                    + "never replaced (a correction is a migration)");
        }
        LoadedYear answer = insert(year, source, actor);
        calendar = new WorkingCalendar(store.all());
        return answer;
    }

    /** The loaded years, oldest first. */
    List<LoadedYear> years() {
        return store.years();
    }

    private LoadedYear insert(CalendarYear year, String source, Actor actor) {
        transaction.executeWithoutResult(t -> {
            store.insert(year, source, clock.instant());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("source", source);
            summary.put("by", actor.username());
            summary.put("holidays", year.holidays().size());
            summary.put("workdays", year.workdays().stream().sorted().map(LocalDate::toString).toList());
            audit.recordWrite("calendar.load", "calendar_year", Integer.toString(year.year()), null, null, summary);
        });
        log.info("Loaded the working-day calendar of {} from {}", year.year(), source);
        return new LoadedYear(year.year(), source, year.holidays().size(), year.workdays().size());
    }

    @Override
    public WorkingDay add(LocalDate from, int n) {
        return calendar.add(from, n);
    }

    private static Resource[] files() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the calendar files", e);
        }
    }

    private static CalendarYear read(Resource file) {
        try (Reader r = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return CalendarFile.read(r, file.getDescription());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.getDescription(), e);
        }
    }
}

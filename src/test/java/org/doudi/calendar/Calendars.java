package org.doudi.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The calendars shipped with the application, for unit tests of anything that counts working days. */
public final class Calendars {

    private Calendars() {
    }

    public static CalendarYear year2026() {
        try (Reader r = new InputStreamReader(Calendars.class.getResourceAsStream("/calendar/2026.yaml"),
                StandardCharsets.UTF_8)) {
            return CalendarYear.read(r, "calendar/2026.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped 2026 calendar and nothing else: other years fall back to Monday–Friday. */
    public static WorkingCalendar only2026() {
        return new WorkingCalendar(List.of(year2026()));
    }
}

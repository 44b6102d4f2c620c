package org.doudi.calendar.internal;

import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar doudi.jar calendar load FILE}: loads the holiday calendar of a year published after this
 * release (the State Council's notice, written as in {@code src/main/resources/calendar/2026.yaml}).
 * Exit 0 when loaded, 2 when the file is wrong, 4 when the year is already loaded.
 */
@Component
class CalendarLoadCommand implements org.doudi.shared.cli.Command {

    private final LoadedCalendar calendar;

    CalendarLoadCommand(LoadedCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "calendar load";
    }

    @Override
    public String usage() {
        return "calendar load FILE                load a year's public holidays and make-up working days";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.size() != 1) {
            out.println("Usage: " + usage());
            return 2;
        }
        Path file = Path.of(args.get(0));
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoadedYear y = calendar.load(CalendarFile.read(r, file.toString()), file.toAbsolutePath().toString(),
                    Actor.SYSTEM);
            out.println("Loaded the calendar of " + y.year() + ": " + y.holidays() + " holidays, " + y.workdays()
                    + " make-up working days.");
            return 0;
        } catch (NoSuchFileException e) {
            out.println("No such file: " + file);
            return 2;
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        } catch (ConflictException e) {
            out.println(e.getMessage());
            return 4;
        }
    }
}

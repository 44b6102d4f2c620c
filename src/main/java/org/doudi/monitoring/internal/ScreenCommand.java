package org.doudi.monitoring.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.doudi.monitoring.RunBodies;
import org.doudi.monitoring.RunMode;
import org.doudi.monitoring.RunState;
import org.doudi.region.RegionCodes;
import org.doudi.shared.cli.Command;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar doudi.jar screen --region R [--incremental] [--as-of D] [--chunk-size N]}: a screening run over
 * a region, worked in this process with a progress line per chunk. An interrupted run of the same region and mode
 * (its process killed) is resumed from its checkpoint instead of starting anew. Exit code 0 when the run completed,
 * 1 when it failed (resume it with the same command), 2 for bad arguments, 3 when another run covers the region.
 */
@Component
class ScreenCommand implements Command {

    private final RunService runs;
    private final RunStore store;
    private final ScreeningRunner runner;

    ScreenCommand(RunService runs, RunStore store, ScreeningRunner runner) {
        this.runs = runs;
        this.store = store;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String usage() {
        return "screen --region CODE [--incremental] [--as-of YYYY-MM-DD] [--chunk-size N]"
                + "   run the screening rules over a region";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: java -jar doudi.jar " + usage());
            return 2;
        }
        return RunAs.actor(RunAs.system(o.region()), () -> screen(o, out));
    }

    private int screen(Options o, PrintStream out) {
        long id;
        Optional<RunStore.RunRow> interrupted = store.unfinishedOverlapping(o.region()).stream()
                .filter(r -> r.regionCode().equals(o.region()) && r.mode() == o.mode() && !runs.live(r)).findFirst();
        try {
            if (interrupted.isPresent()) {
                RunStore.RunRow r = interrupted.get();
                runs.claim(r);
                id = r.id();
                out.printf("Resuming screening run %d over %s after household %d (%,d done)%n", id, r.regionCode(),
                        r.lastHouseholdId(), r.householdsDone());
            } else {
                id = runs.create(new RunBodies.Start(o.region(), o.mode(), o.asOf(), o.chunkSize()));
                out.printf("Screening run %d over %s (%s, as of %s)%n", id, o.region(), o.mode(),
                        o.asOf() == null ? "today" : o.asOf());
            }
        } catch (ConflictException e) {
            out.println("Not started: " + e.getMessage());
            return 3;
        } catch (InvalidInputException | NotFoundException e) {
            out.println("Not started: " + e.getMessage());
            return 2;
        }
        RunState end = runner.execute(id, r -> out.printf("  %,d of %s households, %,d warnings%n", r.householdsDone(),
                r.householdsTotal() == null ? "?" : String.format("%,d", r.householdsTotal()), r.warningsCreated()));
        RunStore.RunRow r = store.find(id).orElseThrow();
        out.printf("%s: %,d households, %,d matches, %,d new warnings, %,d already open, %,d quiet, %,d errors%n",
                end, r.householdsDone(), r.matches(), r.warningsCreated(), r.alreadyOpen(), r.quiet(),
                r.evaluationErrors());
        return end == RunState.COMPLETED ? 0 : 1;
    }

    record Options(String region, RunMode mode, LocalDate asOf, Integer chunkSize) {

        static Options parse(List<String> args) {
            String region = null;
            RunMode mode = RunMode.FULL;
            LocalDate asOf = null;
            Integer chunk = null;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--incremental")) {
                    mode = RunMode.INCREMENTAL;
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(++i);
                try {
                    switch (option) {
                        case "--region" -> region = value;
                        case "--as-of" -> asOf = LocalDate.parse(value);
                        case "--chunk-size" -> chunk = Integer.parseInt(value);
                        default -> throw new IllegalArgumentException("unknown option " + option);
                    }
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new IllegalArgumentException(option + ": not a valid value: " + value);
                }
            }
            if (region == null || !RegionCodes.isValid(region)) {
                throw new IllegalArgumentException("--region needs a 12-digit region code");
            }
            return new Options(region, mode, asOf, chunk);
        }
    }
}

package org.doudi.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.doudi.region.Region;
import org.doudi.region.Regions;
import org.doudi.registry.GenerationRefusedException;
import org.doudi.registry.GenerationReport;
import org.doudi.registry.GenerationTarget;
import org.doudi.registry.PopulationSpec;
import org.doudi.registry.SyntheticPopulation;
import org.doudi.shared.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar doudi.jar generate --households 1000000 --seed 42 [--region 990100000000]
 * [--as-of 2026-11-01] [--csv DIR]}: a synthetic population into the configured database, or into
 * CSV files. The demo region tree is added first, so the default region always exists. Exit code 0
 * when done, 2 for bad arguments, 3 when the run is refused (the message says how to go on).
 */
@Component
class GenerateCommand implements Command {

    private final SyntheticPopulation population;
    private final Regions regions;

    GenerateCommand(SyntheticPopulation population, Regions regions) {
        this.population = population;
        this.regions = regions;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --households N --seed S [--region CODE] [--as-of YYYY-MM-DD] [--csv DIR]"
                + "   a synthetic population into the database or CSV files";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: java -jar doudi.jar " + usage());
            return 2;
        }
        regions.addMissing(DemoRegions.all());
        PopulationSpec spec = options.spec();
        String regionName = regions.find(spec.regionCode()).map(Region::name).orElse("?");
        out.printf("Generating %,d households (seed %d, as of %s) over %s %s into %s%n", spec.households(), spec.seed(),
                spec.referenceDate(), regionName, spec.regionCode(),
                options.csv() == null ? "the database" : options.csv().toAbsolutePath());
        GenerationReport report;
        try {
            report = population.generate(spec, options.target(), new ProgressLine(out, System.console() != null,
                    System::nanoTime));
        } catch (GenerationRefusedException e) {
            out.println();
            out.println("Not generated: " + e.getMessage());
            return 3;
        }
        print(report, out);
        return 0;
    }

    private static void print(GenerationReport report, PrintStream out) {
        if (report.householdsPresent() > 0) {
            out.printf("%,d households were there from an earlier run of the same command.%n", report.householdsPresent());
        }
        if (report.householdsWritten() == 0) {
            out.println("Nothing to do: this population is complete.");
            return;
        }
        double seconds = report.elapsed().toMillis() / 1000.0;
        out.printf("Done: %,d households, %,d rows in %s (%,.0f households/s, %,.0f rows/s) by %s%n",
                report.householdsWritten(), report.totalRows(), ProgressLine.duration(Math.round(seconds)),
                report.householdsPerSecond(), seconds > 0 ? report.totalRows() / seconds : 0, report.writer());
        for (Map.Entry<String, Long> e : report.rowsWritten().entrySet()) {
            out.printf("  %-18s %,12d%n", e.getKey(), e.getValue());
        }
    }

    record Options(long households, long seed, String region, LocalDate asOf, Path csv) {

        static Options parse(List<String> args) {
            Long households = null;
            Long seed = null;
            String region = DemoRegions.CITY;
            LocalDate asOf = PopulationSpec.DEFAULT_REFERENCE_DATE;
            Path csv = null;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(++i);
                try {
                    switch (option) {
                        case "--households" -> households = Long.parseLong(value.replace("_", "").replace(",", ""));
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--region" -> region = value;
                        case "--as-of" -> asOf = LocalDate.parse(value);
                        case "--csv" -> csv = Path.of(value);
                        default -> throw new IllegalArgumentException("unknown option " + option);
                    }
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new IllegalArgumentException(option + ": not a valid value: " + value);
                }
            }
            if (households == null || seed == null) {
                throw new IllegalArgumentException("--households and --seed are required");
            }
            Options options = new Options(households, seed, region, asOf, csv);
            options.spec();
            return options;
        }

        PopulationSpec spec() {
            return new PopulationSpec(households, seed, region, asOf);
        }

        GenerationTarget target() {
            return csv == null ? GenerationTarget.database() : GenerationTarget.csv(csv);
        }
    }
}

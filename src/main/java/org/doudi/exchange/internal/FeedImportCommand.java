package org.doudi.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.doudi.exchange.FeedImport;
import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.exchange.ImportStatus;
import org.doudi.exchange.RowProblem;
import org.doudi.region.RegionCodes;
import org.doudi.shared.cli.Command;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar doudi.jar feed import --type deaths FILE [--mode reject-file|import-good] [--region CODE]
 * [--report REPORT.csv]}: the same import as {@code POST /api/v1/feeds}, as the system user of the region
 * (default: the whole tree). Exit code 0 when imported, 2 for bad arguments, 3 when the file was rejected,
 * 4 when the same file was imported before (nothing done).
 */
@Component
class FeedImportCommand implements Command {

    private static final int PROBLEMS_SHOWN = 20;
    private static final int CHECKED_LINE_EVERY = 50_000;

    private final FeedImports imports;
    private final FactWriter writer;

    FeedImportCommand(FeedImports imports, FactWriter writer) {
        this.imports = imports;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "feed import";
    }

    @Override
    public String usage() {
        return "feed import --type TYPE FILE [--mode reject-file|import-good] [--region CODE] [--report OUT.csv]"
                + "   a department feed (CSV or XLSX)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: java -jar doudi.jar " + usage());
            out.println("Types: " + String.join(", ", java.util.Arrays.stream(FeedType.values()).map(FeedType::word)
                    .toList()));
            return 2;
        }
        Actor actor = new Actor(Actor.SYSTEM.username(), o.region(), Set.of(Role.ADMINISTRATOR));
        out.printf("Importing %s as %s feed (%s) into the %s region %s by %s%n", o.file(), o.type().word(),
                o.mode().word(), actor.username(), o.region(), writer.method());
        long started = System.nanoTime();
        FeedImport done;
        try (InputStream content = Files.newInputStream(o.file())) {
            done = RunAs.actor(actor, () -> imports.importFile(o.type(), o.mode(), o.file().getFileName().toString(),
                    content, (phase, n, percent) -> progress(out, phase, n, percent, started)));
        } catch (ConflictException e) {
            out.println("Not imported: " + e.getMessage());
            return 4;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (o.report() != null) {
            try (Writer w = Files.newBufferedWriter(o.report(), StandardCharsets.UTF_8)) {
                RunAs.actor(actor, () -> {
                    imports.writeReport(done.id(), w);
                    return null;
                });
            }
            out.println("Report written to " + o.report());
        }
        print(done, seconds, out);
        return done.status() == ImportStatus.IMPORTED ? 0 : 3;
    }

    /** A line as each phase begins, and every {@value #CHECKED_LINE_EVERY} rows checked. */
    private static void progress(PrintStream out, FeedImports.Phase phase, long n, int percent, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        switch (phase) {
            case RECEIVING -> out.printf("  reading the file (%.1f s)%n", seconds);
            case CHECKING -> {
                if (n > 0 && (n % CHECKED_LINE_EVERY == 0 || percent == 100)) {
                    out.printf("  %,d rows checked (%.1f s)%n", n, seconds);
                }
            }
            case WRITING -> out.printf("  writing %,d rows (%.1f s)%n", n, seconds);
        }
    }

    private static void print(FeedImport i, double seconds, PrintStream out) {
        for (RowProblem p : i.problems().subList(0, Math.min(PROBLEMS_SHOWN, i.problems().size()))) {
            out.printf("  row %d%s: %s%n", p.row(), p.column() == null ? "" : " " + p.column(), p.message());
        }
        if (i.problemsTotal() > PROBLEMS_SHOWN) {
            out.printf("  … %,d problems in all (--report FILE writes them all)%n", i.problemsTotal());
        }
        if (i.status() == ImportStatus.REJECTED) {
            out.printf("Rejected (import %d): %,d of %,d rows have problems; nothing was imported.%n", i.id(),
                    i.rejected(), i.rows());
            return;
        }
        out.printf("Imported (import %d): %,d rows read, %,d new, %,d duplicates, %,d unmatched, %,d rejected"
                        + " in %.1f s (%,.0f rows/s; this JVM's CPU so far: %.1f s)%n", i.id(), i.rows(), i.imported(),
                i.duplicates(), i.unmatched(), i.rejected(), seconds, seconds > 0 ? i.rows() / seconds : 0,
                ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0));
    }

    record Options(FeedType type, ImportMode mode, Path file, String region, Path report) {

        static Options parse(List<String> args) {
            FeedType type = null;
            ImportMode mode = ImportMode.REJECT_FILE;
            Path file = null;
            String region = Actor.SYSTEM.regionCode();
            Path report = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!a.startsWith("--")) {
                    if (file != null) {
                        throw new IllegalArgumentException("one file at a time: " + a);
                    }
                    file = Path.of(a);
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args.get(++i);
                switch (a) {
                    case "--type" -> type = FeedType.fromWord(v)
                            .orElseThrow(() -> new IllegalArgumentException("--type: not a feed type: " + v));
                    case "--mode" -> mode = ImportMode.fromWord(v)
                            .orElseThrow(() -> new IllegalArgumentException("--mode: reject-file or import-good"));
                    case "--region" -> {
                        if (!RegionCodes.isValid(v)) {
                            throw new IllegalArgumentException("--region: a 12-digit region code");
                        }
                        region = v;
                    }
                    case "--report" -> report = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (type == null || file == null) {
                throw new IllegalArgumentException("--type and a FILE are required");
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            return new Options(type, mode, file, region, report);
        }
    }
}

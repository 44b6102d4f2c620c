package org.doudi.payment.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.doudi.payment.Payroll;
import org.doudi.payment.PayrollRequest;
import org.doudi.payment.Payrolls;
import org.doudi.payment.ReturnImport;
import org.doudi.shared.cli.Command;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.ActorPrincipal;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar doudi.jar payroll generate --county 990121000000 --programme DIBAO --month 2026-12} and
 * {@code payroll import-return --payroll 17 --file return.csv}, run as the system (an administrator of the whole
 * tree): the payroll then needs a county officer's approval like any other. {@code --county} and {@code --programme}
 * may each list several, comma-separated: one payroll per county and programme, each in its own transaction (a
 * month's payrolls in one command, without a JVM's start for each), one after the other or, with {@code --threads
 * N}, N at a time. A generation that failed or was killed is finished by running the same command again. Exit code
 * 0 when done, 2 for bad arguments, 1 on failure.
 */
@Component
class PayrollCommand implements Command {

    private final Payrolls payrolls;

    PayrollCommand(Payrolls payrolls) {
        this.payrolls = payrolls;
    }

    @Override
    public String name() {
        return "payroll";
    }

    @Override
    public String usage() {
        return "payroll generate --county CODE[,CODE…] --programme DIBAO[,TEKUN…] --month YYYY-MM [--threads N] | "
                + "payroll import-return --payroll ID --file FILE   monthly payrolls";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty() || !Set.of("generate", "import-return").contains(args.get(0))) {
            out.println("Usage: java -jar doudi.jar " + usage());
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
                out.println(args.get(i) + " needs a value");
                return 2;
            }
            options.put(args.get(i).substring(2), args.get(i + 1));
        }
        actAsSystem();
        try {
            return args.get(0).equals("generate") ? generate(options, out) : importReturn(options, out);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> out.println(p.field() + ": " + p.message()));
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int generate(Map<String, String> o, PrintStream out) throws Exception {
        List<String> counties = list(o.get("county"));
        List<String> programmes = list(o.get("programme"));
        int threads = threads(o.get("threads"));
        if (threads < 1) {
            out.println("--threads must be a number from 1 to 8");
            return 2;
        }
        // a programme unknown is refused before any payroll is made (a county is checked by each generation)
        List<String> unknown = programmes.stream().filter(p -> p != null && !payrolls.programmes().contains(p))
                .toList();
        if (!unknown.isEmpty()) {
            out.println("programme: must be one of " + payrolls.programmes() + ", not " + unknown);
            return 2;
        }
        long start = System.nanoTime();
        long lines = 0;
        if (threads == 1) {
            for (String county : counties) {
                for (String programme : programmes) {
                    lines += generate(county, programme, o.get("month"), out);
                }
            }
        } else {
            // payrolls are independent (each its own transaction and lock): several at once, each printed whole
            // when it is done, so that their lines do not mix
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> done = new ArrayList<>();
                for (String county : counties) {
                    for (String programme : programmes) {
                        done.add(pool.submit(new DelegatingSecurityContextCallable<>(() -> {
                            ByteArrayOutputStream block = new ByteArrayOutputStream();
                            long made;
                            try (PrintStream own = new PrintStream(block, true, StandardCharsets.UTF_8)) {
                                made = generate(county, programme, o.get("month"), own);
                            } finally {
                                synchronized (out) {
                                    out.print(block.toString(StandardCharsets.UTF_8));
                                    out.flush();
                                }
                            }
                            return made;
                        })));
                    }
                }
                for (Future<Long> f : done) {
                    try {
                        lines += f.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (counties.size() * programmes.size() > 1) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("%d payrolls, %,d lines, in %.1f s%n", counties.size() * programmes.size(), lines, seconds);
        }
        return 0;
    }

    private static int threads(String value) {
        try {
            int n = value == null ? 1 : Integer.parseInt(value.strip());
            return n >= 1 && n <= 8 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One payroll; answers the number of its lines. */
    private long generate(String county, String programme, String month, PrintStream out) {
        long start = System.nanoTime();
        out.printf("Generating the %s payroll of %s for %s%n", programme, county, month);
        out.flush();
        Payrolls.Generated g = payrolls.generate(new PayrollRequest(county, programme, month),
                new ProgressPrinter(out));
        Payroll p = g.payroll();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!g.created()) {
            out.println("The open payroll of these parameters was there already; it is answered as it is now.");
        }
        out.printf("Payroll %d: %s, %,d lines, %,d to pay (%s yuan), %,d held, in %.1f s%n", p.id(), p.state(),
                p.totals().lines(), p.totals().payableLines(), p.totals().payable().toPlainString(),
                p.totals().heldLines(), seconds);
        p.totals().byKind().forEach(k -> out.printf("  %-14s %,10d  %s%n", k.kind(), k.lines(),
                k.amount().toPlainString()));
        return p.totals().lines();
    }

    /** A comma-separated option; a missing one is one null, which the checks name as missing. */
    private static List<String> list(String value) {
        List<String> values = value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        return values.isEmpty() ? Collections.singletonList(null) : values;
    }

    private int importReturn(Map<String, String> o, PrintStream out) throws Exception {
        if (!o.containsKey("payroll") || !o.containsKey("file")) {
            out.println("--payroll and --file are required");
            return 2;
        }
        long start = System.nanoTime();
        Path file = Path.of(o.get("file"));
        out.printf("Importing %s into payroll %s%n", file, o.get("payroll"));
        out.flush();
        ReturnImport r = payrolls.importReturn(Long.parseLong(o.get("payroll")), Files.readAllBytes(file),
                file.getFileName().toString());
        out.printf("%s: %,d rows, %,d newly paid, %,d newly failed, %,d as before; payroll %s, in %.1f s%n",
                r.repeated() ? "Imported before, nothing changed" : "Done", r.rows(), r.paid(), r.failed(),
                r.unchanged(), r.state(), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static void actAsSystem() {
        Actor system = Actor.SYSTEM;
        ActorPrincipal principal = () -> system;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, system.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /**
     * A line per step, and per tenth of the recipients read, with the seconds since the start: readable in a log,
     * enough to see it move and where the time goes.
     */
    static final class ProgressPrinter implements Payrolls.GenerationListener {

        private final PrintStream out;
        private final long start = System.nanoTime();
        private String step = "";
        private long lastTenth = -1;

        ProgressPrinter(PrintStream out) {
            this.out = out;
        }

        @Override
        public void progress(String now, long done, long total) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (!now.equals(step) || tenth != lastTenth) {
                if (!now.equals(step) || total > 1) {
                    out.printf("  %-16s %,d / %,d   %.1f s%n", now, done, total, (System.nanoTime() - start) / 1e9);
                    out.flush();
                }
                step = now;
                lastTenth = tenth;
            }
        }
    }
}

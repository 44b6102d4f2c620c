package org.doudi.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.postgresql.PGConnection;

/**
 * The screening benchmark (issue 5 point 9, docs/PERFORMANCE.md "Screening"). Two steps:
 * <ol>
 * <li>{@code prepare [rows] [seed] [jar]}: on a registry made by {@code generate}, adds the benefits in force and
 *     the monitored households ({@link ScreeningSetup}), writes the five seeded feeds ({@link ScreeningFeeds}) and
 *     imports each through the real import ({@code java -jar doudi.jar feed import}), so {@code feed_fact} holds
 *     exactly what an import stores. Done once; a second call finds everything there and changes nothing.</li>
 * <li>{@code run [as-of] [jar]}: in one run, (1) the real screening path, {@code java -jar doudi.jar screen
 *     --region 990000000000 --as-of D}, over the whole registry with the built-in rules; (2) the same command again,
 *     which must add no warning; (3) the same joins and conditions as one PostgreSQL query ({@link ScreeningSql});
 *     (4) the same query in DuckDB on tables loaded from PostgreSQL (exported with {@code COPY … TO STDOUT}, loaded
 *     with {@code read_csv}, each timed apart from the query). The match counts per rule of the three are printed
 *     side by side; a difference is a failure (exit code 1), except for the rules with a calculator's alternative,
 *     where SQL must find a subset of the application's matches (checked as sets against the warnings).</li>
 * </ol>
 * Environment: {@code DOUDI_DB_URL}, {@code DOUDI_DB_USER}, {@code DOUDI_DB_PASSWORD}, {@code DOUDI_SECRET_KEY}
 * (the application's, for the screening and imports run as child processes), and optionally
 * {@code SCREEN_JAVA_OPTS} (JVM options of the {@code screen} processes, e.g. a flight recording).
 */
public final class ScreeningBench {

    static final String PROVINCE = "990000000000";

    private ScreeningBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("sql")) {
            System.out.println(ScreeningSql.matches(args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 11, 23)));
            return;
        }
        if (args.length > 0 && args[0].equals("duckdb")) {
            try (Connection c = connect()) {
                DuckDbScreening.run(c, ScreeningSql.matches(LocalDate.of(2026, 11, 23)), Path.of("target", "duckdb")
                        .toAbsolutePath()).forEach((rule, count) -> System.out.println(rule + " " + count));
            }
            return;
        }
        if (args.length > 0 && args[0].equals("in-app")) {
            LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 11, 23);
            Path jar = Path.of(args.length > 2 ? args[2] : "../target/doudi.jar");
            System.exit(InAppScreening.run(asOf, jar) ? 0 : 1);
        }
        if (args.length == 0 || !(args[0].equals("prepare") || args[0].equals("run"))) {
            System.err.println("Usage: ScreeningBench prepare [rows 1000000] [seed 42] [jar ../target/doudi.jar]");
            System.err.println("       ScreeningBench run [as-of 2026-11-23] [jar ../target/doudi.jar] [skip-screen]");
            System.err.println("       ScreeningBench in-app [as-of 2026-11-23] [jar ../target/doudi.jar]");
            System.err.println("       ScreeningBench sql [as-of 2026-11-23]   (prints the query)");
            System.exit(2);
        }
        if (args[0].equals("prepare")) {
            int rows = args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", "")) : 1_000_000;
            long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
            Path jar = Path.of(args.length > 3 ? args[3] : "../target/doudi.jar");
            prepare(rows, seed, jar);
        } else {
            LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 11, 23);
            Path jar = Path.of(args.length > 2 ? args[2] : "../target/doudi.jar");
            boolean screen = !(args.length > 3 && args[3].equals("skip-screen"));
            System.exit(run(asOf, jar, screen) ? 0 : 1);
        }
    }

    // ---------------------------------------------------------------- prepare

    static void prepare(int rows, long seed, Path jar) throws Exception {
        // the demo parameters (the thresholds the rules compare with) are loaded by a first start of the application
        exec(List.of("java", "-Ddoudi.demo.load=always", "-jar", jar.toString(), "help"), true);
        try (Connection c = connect()) {
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // a database just made by generate (or copied from one) has no statistics yet: the planner needs them
                s.execute("analyze");
            }
            System.out.printf("analyze: %.1f s%n", Bench.secs(t0));
            t0 = System.nanoTime();
            System.out.print(ScreeningSetup.apply(c));
            System.out.printf("benefits and monitoring records: %.1f s%n", Bench.secs(t0));
            Path dir = Path.of("target", "screening-feeds").toAbsolutePath();
            List<Path> files = new ArrayList<>();
            for (String type : ScreeningFeeds.TYPES) {
                files.add(dir.resolve(type + "-" + rows + "-" + seed + ".csv"));
            }
            if (files.stream().allMatch(Files::exists)) {
                System.out.println("feed files are there: " + dir);
            } else {
                t0 = System.nanoTime();
                ScreeningFeeds feeds = ScreeningFeeds.read(c, Bench.env("DOUDI_SECRET_KEY"), seed, rows);
                System.out.printf("%,d registered people read and their ID numbers decrypted in %.1f s%n", feeds.people(),
                        Bench.secs(t0));
                t0 = System.nanoTime();
                files = feeds.write(dir);
                System.out.printf("five feeds of %,d rows written to %s in %.1f s%n", rows, dir, Bench.secs(t0));
            }
            for (int i = 0; i < files.size(); i++) {
                t0 = System.nanoTime();
                int exit = exec(List.of("java", "-Xmx3g", "-jar", jar.toString(), "feed", "import", "--type",
                        ScreeningFeeds.TYPES.get(i), "--mode", "import-good", files.get(i).toString()), true);
                System.out.printf("feed import %s: exit %d (4: imported before) in %.1f s%n", ScreeningFeeds.TYPES.get(i),
                        exit, Bench.secs(t0));
                if (exit != 0 && exit != 4) {
                    throw new IllegalStateException("the import of " + files.get(i) + " failed");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze feed_fact");
                try (ResultSet rs = s.executeQuery("""
                        select kind, count(*), count(person_id) from feed_fact group by kind order by kind""")) {
                    while (rs.next()) {
                        System.out.printf("  feed_fact %-13s %,9d rows, %,9d matched%n", rs.getString(1), rs.getLong(2),
                                rs.getLong(3));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- run

    record Count(long matches, long householdSum, long personSum) {
    }

    static boolean run(LocalDate asOf, Path jar, boolean screen) throws Exception {
        System.out.printf("Screening benchmark as of %s, %s%n", asOf, Bench.loadAverage());
        Map<String, Count> java = new TreeMap<>();
        boolean ok = true;
        long firstRun = -1;
        try (Connection c = connect()) {
            if (screen) {
                List<String> cmd = Bench.java("SCREEN_JAVA_OPTS", "-jar", jar.toString(), "screen", "--region", PROVINCE,
                        "--as-of", asOf.toString());
                String before = Bench.loadAverage();
                long t0 = System.nanoTime();
                String cpu;
                int exit;
                try (Connection sampling = connect(); CpuSampler sampler = new CpuSampler(sampling)) {
                    exit = exec(cmd, sampler);
                    cpu = sampler.summary();
                }
                double wall = Bench.secs(t0);
                firstRun = lastRun(c);
                System.out.printf("screen (1st): exit %d, %.1f s wall with the JVM's start; %s; %s; load before %s, after %s%n",
                        exit, wall, describeRun(c, firstRun), cpu, before, Bench.loadAverage());
                before = Bench.loadAverage();
                t0 = System.nanoTime();
                try (Connection sampling = connect(); CpuSampler sampler = new CpuSampler(sampling)) {
                    exit = exec(cmd, sampler);
                    cpu = sampler.summary();
                }
                wall = Bench.secs(t0);
                long second = lastRun(c);
                System.out.printf("screen (2nd): exit %d, %.1f s wall; %s; %s; load before %s, after %s%n", exit, wall,
                        describeRun(c, second), cpu, before, Bench.loadAverage());
                long created = single(c, "select warnings_created from screening_run where id = " + second);
                if (created != 0) {
                    System.out.println("FAILURE: the second run added " + created + " warnings");
                    ok = false;
                }
            } else {
                firstRun = single(c, "select min(id) from screening_run where mode = 'FULL' and state = 'COMPLETED'"
                        + " and as_of = date '" + asOf + "'");
                System.out.println("screen: not run again; comparing with run " + firstRun + ": " + describeRun(c, firstRun));
            }
            java.putAll(javaCounts(c, firstRun));

            // PostgreSQL: the same joins and conditions, one query
            String sql = ScreeningSql.matches(asOf);
            Map<String, Count> postgres;
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_sql_matches");
                long backend = single(c, "select pg_backend_pid()");
                double cpu0 = CpuSampler.cpu(backend);
                String before = Bench.loadAverage();
                long t0 = System.nanoTime();
                s.execute("create unlogged table bench_sql_matches as " + sql);
                double t = Bench.secs(t0);
                double cpu = CpuSampler.cpu(backend) - cpu0;
                postgres = counts(c, "bench_sql_matches");
                System.out.printf("PostgreSQL query: %.1f s (%,d matches; its backend's processor time %.1f s, parallel"
                                + " workers' not counted); load before %s, after %s%n", t,
                        postgres.values().stream().mapToLong(Count::matches).sum(), cpu, before, Bench.loadAverage());
                ok &= checkSets(c, firstRun);
            }

            // DuckDB: the tables exported from PostgreSQL, loaded, then the same query
            Map<String, Count> duck = DuckDbScreening.run(c, sql, Path.of("target", "duckdb").toAbsolutePath());

            ok &= compare(java, postgres, duck);
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_sql_matches");
            }
        }
        System.out.println(ok ? "RESULT: the three agree" : "RESULT: MISMATCH");
        return ok;
    }

    /** The application's matches per rule (its own counts) and the sums of its warnings' subjects. */
    static Map<String, Count> javaCounts(Connection c, long runId) throws Exception {
        Map<String, Count> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select v.rule_code, r.matches,
                       (select coalesce(sum(w.household_id), 0) from warning w where w.run_id = r.run_id
                         and w.rule_version_id = r.rule_version_id),
                       (select coalesce(sum(w.person_id), 0) from warning w where w.run_id = r.run_id
                         and w.rule_version_id = r.rule_version_id)
                  from screening_run_rule r join screening_rule_version v on v.id = r.rule_version_id
                 where r.run_id = %d""".formatted(runId))) {
            while (rs.next()) {
                out.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    static Map<String, Count> counts(Connection c, String table) throws Exception {
        Map<String, Count> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select rule_code, count(*), coalesce(sum(household_id), 0), coalesce(sum(person_id), 0) from " + table
                        + " group by rule_code")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /**
     * The SQL matches against the warnings the first run wrote (every match of a first run is a new warning): for
     * the exact rules the same subjects, for the others a subset.
     */
    static boolean checkSets(Connection c, long runId) throws Exception {
        boolean ok = true;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                with w as (select rule_code, household_id, person_id from warning where run_id = %d),
                     q as (select rule_code, household_id, person_id from bench_sql_matches)
                select rule_code,
                       (select count(*) from (select * from q where q.rule_code = r.rule_code
                                              except select * from w where w.rule_code = r.rule_code) x) as only_sql,
                       (select count(*) from (select * from w where w.rule_code = r.rule_code
                                              except select * from q where q.rule_code = r.rule_code) x) as only_java
                  from (select rule_code from w union select rule_code from q) r order by rule_code""".formatted(runId))) {
            while (rs.next()) {
                String rule = rs.getString(1);
                long onlySql = rs.getLong(2);
                long onlyJava = rs.getLong(3);
                boolean exact = ScreeningSql.EXACT.contains(rule);
                boolean subset = ScreeningSql.WITHOUT_CALCULATOR.contains(rule);
                if ((exact && (onlySql > 0 || onlyJava > 0)) || (subset && onlySql > 0)) {
                    System.out.printf("FAILURE: %s: %,d subjects only in SQL, %,d only in the application's warnings%n",
                            rule, onlySql, onlyJava);
                    ok = false;
                }
            }
        }
        System.out.println(ok ? "PostgreSQL's matches are the application's warnings, subject by subject"
                + " (a subset for the rules with a calculator's alternative)" : "sets differ");
        return ok;
    }

    static boolean compare(Map<String, Count> java, Map<String, Count> postgres, Map<String, Count> duck) {
        boolean ok = true;
        System.out.printf("%n%-26s %12s %12s %12s  %s%n", "rule", "application", "PostgreSQL", "DuckDB", "");
        List<String> rules = new ArrayList<>(ScreeningSql.EXACT);
        rules.addAll(ScreeningSql.WITHOUT_CALCULATOR);
        rules.addAll(ScreeningSql.CALCULATOR_ONLY);
        for (String rule : rules) {
            Count j = java.getOrDefault(rule, new Count(0, 0, 0));
            Count p = postgres.getOrDefault(rule, new Count(0, 0, 0));
            Count d = duck.getOrDefault(rule, new Count(0, 0, 0));
            String verdict;
            if (ScreeningSql.CALCULATOR_ONLY.contains(rule)) {
                verdict = "the calculator's alone: not in SQL";
            } else if (!p.equals(d)) {
                verdict = "MISMATCH between PostgreSQL and DuckDB";
                ok = false;
            } else if (ScreeningSql.EXACT.contains(rule)) {
                boolean same = j.equals(p);
                verdict = same ? "same subjects (count and sums of ids)" : "MISMATCH";
                ok &= same;
            } else {
                boolean subset = p.matches() <= j.matches();
                verdict = subset ? String.format("%,d through the calculator alone", j.matches() - p.matches())
                        : "MISMATCH: SQL finds more";
                ok &= subset;
            }
            System.out.printf("%-26s %,12d %12s %12s  %s%n", rule, j.matches(),
                    ScreeningSql.CALCULATOR_ONLY.contains(rule) ? "–" : String.format("%,d", p.matches()),
                    ScreeningSql.CALCULATOR_ONLY.contains(rule) ? "–" : String.format("%,d", d.matches()), verdict);
        }
        return ok;
    }

    static String describeRun(Connection c, long runId) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select state, households_done, matches, warnings_created, already_open, evaluation_errors,
                       extract(epoch from finished_at - started_at), chunk_size
                  from screening_run where id = """ + runId)) {
            rs.next();
            double secs = rs.getDouble(7);
            return String.format("run %d %s: %,d households in %.1f s (%,.0f households/s, chunks of %d), %,d matches,"
                            + " %,d new warnings, %,d already open, %,d errors", runId, rs.getString(1), rs.getLong(2),
                    secs, rs.getLong(2) / secs, rs.getInt(8), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
        }
    }

    static long lastRun(Connection c) throws Exception {
        return single(c, "select max(id) from screening_run");
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Copies a query's result out of PostgreSQL as CSV into a file (the DuckDB load's input). */
    static long export(Connection c, String query, Path file) throws Exception {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout with (format csv)", out);
        }
    }

    static Connection connect() throws Exception {
        return DriverManager.getConnection(Bench.env("DOUDI_DB_URL"), Bench.env("DOUDI_DB_USER"), System.getenv("DOUDI_DB_PASSWORD"));
    }

    /** Runs a command with its output shown, its processor time (and its backends') sampled. */
    static int exec(List<String> command, CpuSampler sampler) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
        sampler.watch(p);
        return p.waitFor();
    }

    static int exec(List<String> command, boolean quiet) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        if (quiet) {
            Path log = Files.createTempFile("screening-bench", ".log");
            b.redirectOutput(log.toFile());
            int exit = b.start().waitFor();
            List<String> lines = Files.readAllLines(log);
            lines.stream().filter(l -> !l.contains(" INFO ") && !l.contains(" WARN ")).forEach(l -> System.out.println("    " + l));
            Files.delete(log);
            return exit;
        }
        return b.inheritIO().start().waitFor();
    }

    static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}

package org.doudi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The screening query in DuckDB (org.duckdb:duckdb_jdbc, in memory). DuckDB's postgres extension would have to be
 * downloaded, which this machine cannot, so the columns the query reads are exported from PostgreSQL as CSV
 * ({@code COPY (select …) TO STDOUT}) and loaded with DuckDB's {@code COPY … FROM}: the export, the load and the
 * query are timed apart. Every row of every table is exported (only the columns the query uses): the rules'
 * filtering happens in the query, as in PostgreSQL.
 */
final class DuckDbScreening {

    /** table → (DuckDB columns, the PostgreSQL query that exports them in that order). */
    private static final Map<String, String[]> TABLES = new LinkedHashMap<>();

    static {
        table("household", "id bigint, region_code varchar, residence varchar",
                "select id, region_code, residence from household");
        table("person", "id bigint, household_id bigint, birth_date date, died_on date",
                "select id, household_id, birth_date, died_on from person");
        table("household_tag", "household_id bigint, kind varchar, code varchar",
                "select household_id, kind, code from household_tag");
        table("person_fact", "id bigint, person_id bigint, kind varchar, fact_value varchar, valid_from date, valid_to date",
                "select id, person_id, kind, fact_value, valid_from, valid_to from person_fact");
        table("disability", "person_id bigint, grade smallint, valid_from date, valid_to date",
                "select person_id, grade, valid_from, valid_to from disability");
        table("household_asset", "household_id bigint, kind varchar, asset_value decimal(14, 2), exempt boolean,"
                        + " valid_from date, valid_to date",
                "select household_id, kind, asset_value, exempt, valid_from, valid_to from household_asset");
        table("household_expense", "household_id bigint, person_id bigint, kind varchar, amount decimal(12, 2),"
                        + " spent_month date",
                "select household_id, person_id, kind, amount, spent_month from household_expense");
        table("benefit", "household_id bigint, person_id bigint, programme varchar, from_month date, to_month date",
                "select household_id, person_id, programme, from_month, to_month from benefit");
        table("monitored_household", "id bigint, open_household_id bigint, state varchar",
                "select id, open_household_id, state from monitored_household");
        table("helper_assignment", "id bigint, open_monitored_id bigint",
                "select id, open_monitored_id from helper_assignment");
        table("parameter_entry", "name varchar, region_code varchar, effective_date date, value_text varchar, status varchar",
                "select name, region_code, effective_date, value_text, status from parameter_entry");
        table("feed_fact", "id bigint, kind varchar, person_id bigint, household_id bigint, fact_date date,"
                        + " in_force_to date, code varchar, grade smallint, amount decimal(14, 2)",
                "select id, kind, person_id, household_id, fact_date, in_force_to, code, grade, amount from feed_fact");
    }

    private static void table(String name, String columns, String export) {
        TABLES.put(name, new String[] {columns, export});
    }

    private DuckDbScreening() {
    }

    static Map<String, ScreeningBench.Count> run(Connection postgres, String sql, Path dir) throws Exception {
        Files.createDirectories(dir);
        String before = Bench.loadAverage();
        long t0 = System.nanoTime();
        long rows = 0;
        for (Map.Entry<String, String[]> t : TABLES.entrySet()) {
            rows += ScreeningBench.export(postgres, t.getValue()[1], dir.resolve(t.getKey() + ".csv"));
        }
        double exported = Bench.secs(t0);
        System.out.printf("DuckDB: export from PostgreSQL (COPY to CSV): %,d rows of %d tables in %.1f s; load %s → %s%n",
                rows, TABLES.size(), exported, before, Bench.loadAverage());
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            before = Bench.loadAverage();
            t0 = System.nanoTime();
            for (Map.Entry<String, String[]> t : TABLES.entrySet()) {
                s.execute("create table " + t.getKey() + " (" + t.getValue()[0] + ")");
                s.execute("copy " + t.getKey() + " from '" + dir.resolve(t.getKey() + ".csv") + "' (format csv, header false)");
            }
            double loaded = Bench.secs(t0);
            System.out.printf("DuckDB: load (COPY FROM CSV into tables in memory, %s threads): %.1f s; load %s → %s%n",
                    threads(s), loaded, before, Bench.loadAverage());
            before = Bench.loadAverage();
            double cpu0 = CpuSampler.cpu(ProcessHandle.current().pid());
            t0 = System.nanoTime();
            s.execute("create table bench_sql_matches as " + sql);
            double queried = Bench.secs(t0);
            double cpu = CpuSampler.cpu(ProcessHandle.current().pid()) - cpu0;
            Map<String, ScreeningBench.Count> counts = ScreeningBench.counts(duck, "bench_sql_matches");
            System.out.printf("DuckDB query: %.1f s (%,d matches; processor time %.1f s); load %s → %s%n", queried,
                    counts.values().stream().mapToLong(ScreeningBench.Count::matches).sum(), cpu, before,
                    Bench.loadAverage());
            return counts;
        } finally {
            for (String t : TABLES.keySet()) {
                Files.deleteIfExists(dir.resolve(t + ".csv"));
            }
        }
    }

    private static String threads(Statement s) throws Exception {
        try (var rs = s.executeQuery("select current_setting('threads')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

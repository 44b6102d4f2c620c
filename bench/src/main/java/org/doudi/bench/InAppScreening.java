package org.doudi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly screening as the application runs it: inside the running web application (where the schedule starts
 * it), through {@code POST /api/v1/screening-runs}, rather than in a fresh command-line JVM that first compiles
 * its code. The server is started on the benchmark's database; it screens one town first (as a day's work would
 * have warmed it); then the province twice: the month's first run, which writes every warning, and a second,
 * which finds them all open. The warnings and runs are deleted before the town's run and before the province's.
 * Processor time is the server's and the database's during each province run.
 */
final class InAppScreening {

    /** 太平镇 of 河口县: 93,129 households in the seeded province, a tenth of it. */
    static final String WARM_UP_REGION = "990122101000";
    private static final int PORT = 18_931;
    private static final String USER = "admin";
    private static final String PASSWORD = "Doudi-demo-2026";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");

    private InAppScreening() {
    }

    static boolean run(LocalDate asOf, Path jar) throws Exception {
        System.out.printf("Screening in the running application, as of %s, %s%n", asOf, Bench.loadAverage());
        Path log = Files.createTempFile("doudi-server", ".log");
        // the demo users sign in (generate wrote the regions, not the users); no demo population beside the province
        List<String> command = Bench.java("SCREEN_JAVA_OPTS", "-Dserver.port=" + PORT, "-Ddoudi.demo.load=always",
                "-Ddoudi.demo.households=0", "-jar", jar.toString());
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        boolean ok = true;
        try (Connection c = ScreeningBench.connect()) {
            long t0 = System.nanoTime();
            waitUntilUp(http, server, log);
            System.out.printf("server up in %.1f s (its log: %s)%n", Bench.secs(t0), log);

            forgetWarnings(c);
            long warmUp = screen(http, WARM_UP_REGION, asOf);
            System.out.println("warm-up: " + ScreeningBench.describeRun(c, warmUp));

            forgetWarnings(c);
            for (String which : List.of("1st", "2nd")) {
                String before = Bench.loadAverage();
                double server0 = CpuSampler.cpu(server.pid());
                Map<Long, Double> backends0 = backends(c);
                long id = screen(http, ScreeningBench.PROVINCE, asOf);
                double serverCpu = CpuSampler.cpu(server.pid()) - server0;
                double databaseCpu = sinceThen(backends(c), backends0);
                System.out.printf("province (%s): %s; processor time: the server %.1f s, PostgreSQL's backends %.1f s"
                                + " (those still open); load before %s, after %s%n", which,
                        ScreeningBench.describeRun(c, id), serverCpu, databaseCpu, before, Bench.loadAverage());
                if (which.equals("2nd")) {
                    long created = ScreeningBench.single(c, "select warnings_created from screening_run where id = " + id);
                    if (created != 0) {
                        System.out.println("FAILURE: the second run added " + created + " warnings");
                        ok = false;
                    }
                }
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        return ok;
    }

    /** Starts a run over the region and waits for its end; answers its id. */
    private static long screen(HttpClient http, String region, LocalDate asOf) throws Exception {
        String body = "{\"regionCode\":\"" + region + "\",\"mode\":\"FULL\",\"asOf\":\"" + asOf + "\"}";
        HttpResponse<String> started = http.send(request("/api/v1/screening-runs")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("starting the run answered " + started.statusCode() + ": " + started.body());
        }
        long id = Long.parseLong(match(ID, started.body()));
        while (true) {
            Thread.sleep(500);
            String run = http.send(request("/api/v1/screening-runs/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            String state = match(STATE, run);
            if (!state.equals("RUNNING") && !state.equals("PENDING")) {
                return id;
            }
        }
    }

    private static HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
    }

    private static void waitUntilUp(HttpClient http, Process server, Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; its log: " + log);
            }
            try {
                if (http.send(request("/api/v1/screening-runs?size=1").GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not answer within 5 minutes; its log: " + log);
    }

    /**
     * Deletes every warning and screening run, so that the next run writes its warnings afresh (as the month's first
     * run does). Without the foreign keys' triggers: a benchmark's database, nothing else refers to them.
     */
    static void forgetWarnings(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("update monitored_household set warning_id = null where warning_id is not null");
            s.execute("truncate warning_event, screening_run_rule");
            // monitored_household refers to warning: no truncate
            s.execute("delete from warning");
            s.execute("delete from screening_run");
            s.execute("set session_replication_role = origin");
            s.execute("vacuum analyze warning_event, warning, screening_run_rule, screening_run");
        }
    }

    /** The processor time of each PostgreSQL backend of this database now (not this connection's). */
    private static Map<Long, Double> backends(Connection c) throws Exception {
        Map<Long, Double> cpu = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                double t = CpuSampler.cpu(rs.getLong(1));
                if (t >= 0) {
                    cpu.put(rs.getLong(1), t);
                }
            }
        }
        return cpu;
    }

    private static double sinceThen(Map<Long, Double> now, Map<Long, Double> then) {
        return now.entrySet().stream().mapToDouble(e -> e.getValue() - then.getOrDefault(e.getKey(), 0.0)).sum();
    }

    private static String match(Pattern p, String json) {
        Matcher m = p.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + json);
        }
        return m.group(1);
    }
}

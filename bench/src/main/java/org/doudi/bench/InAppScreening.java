package org.doudi.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");

    private InAppScreening() {
    }

    static boolean run(LocalDate asOf, Path jar) throws Exception {
        System.out.printf("Screening in the running application, as of %s, %s; the machine's yardstick %,.0f"
                + " assessments per CPU-second%n", asOf, Bench.loadAverage(), AssessmentCpuTime.yardstick());
        boolean ok = true;
        try (AppServer server = AppServer.start(jar, "SCREEN_JAVA_OPTS"); Connection c = ScreeningBench.connect()) {
            forgetWarnings(c);
            long warmUp = screen(server, WARM_UP_REGION, asOf);
            System.out.println("warm-up: " + ScreeningBench.describeRun(c, warmUp));

            forgetWarnings(c);
            for (String which : List.of("1st", "2nd")) {
                String before = Bench.loadAverage();
                double server0 = server.cpu();
                Map<Long, Double> backends0 = CpuSampler.backends(c);
                long id = screen(server, ScreeningBench.PROVINCE, asOf);
                double serverCpu = server.cpu() - server0;
                double databaseCpu = CpuSampler.sinceThen(CpuSampler.backends(c), backends0);
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
        }
        System.out.printf("the machine's yardstick afterwards: %,.0f assessments per CPU-second%n",
                AssessmentCpuTime.yardstick());
        return ok;
    }

    /** Starts a run over the region and waits for its end; answers its id. */
    private static long screen(AppServer server, String region, LocalDate asOf) throws Exception {
        String body = "{\"regionCode\":\"" + region + "\",\"mode\":\"FULL\",\"asOf\":\"" + asOf + "\"}";
        HttpResponse<String> started = server.send(server.request("/api/v1/screening-runs")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("starting the run answered " + started.statusCode() + ": " + started.body());
        }
        long id = Long.parseLong(AppServer.match(AppServer.ID, started.body()));
        while (true) {
            Thread.sleep(500);
            String run = server.send(server.request("/api/v1/screening-runs/" + id).GET().build()).body();
            String state = AppServer.match(STATE, run);
            if (!state.equals("RUNNING") && !state.equals("PENDING")) {
                return id;
            }
        }
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
}

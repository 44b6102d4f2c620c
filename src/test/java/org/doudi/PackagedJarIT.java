package org.doudi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar as a newcomer runs it: {@code java -jar target/doudi.jar} on a fresh data
 * directory starts on the embedded database with the demo data, and {@code audit verify} checks
 * the chain — and catches a row altered by hand; {@code reviews schedule} opens a missing review once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    static final Path JAR = Path.of(System.getProperty("doudi.jar", "target/doudi.jar"));
    static final Path DATA = Path.of("target/jar-it-data").toAbsolutePath();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void freshDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(DATA);
        Files.createDirectories(DATA);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FileSystemUtils.deleteRecursively(DATA);
    }

    @Test
    @Order(1)
    void theJarStartsOnTheEmbeddedDatabaseWithTheDemoData() throws Exception {
        int port = freePort();
        Process app = start(List.of(), Map.of("DOUDI_PORT", Integer.toString(port)));
        try {
            String health = waitForHealth(port, app);
            assertThat(health).contains("\"UP\"");
            var me = get(port, "/api/v1/regions/990121101201", "shiqiao.coordinator");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("石桥村");
            assertThat(Files.exists(DATA.resolve("secret.key"))).as("a PII key file was generated").isTrue();
            var households = get(port, "/api/v1/households?size=1", "city.supervisor");
            assertThat(households.body()).as("healthy means the demo population is loaded").contains("\"total\":50");
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    @Order(2)
    void auditVerifyPassesAndFailsAfterARowIsAlteredByHand() throws Exception {
        Result intact = runCommand("audit", "verify");
        assertThat(intact.exitCode()).as(intact.output()).isEqualTo(0);
        assertThat(intact.output()).contains("Audit chain intact");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + DATA.resolve("doudi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            int changed = c.createStatement().executeUpdate("update audit_event set actor = 'mallory' where seq = 2");
            assertThat(changed).isEqualTo(1);
        }

        Result broken = runCommand("audit", "verify");
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(3);
        assertThat(broken.output()).contains("BROKEN at link 2");
    }

    @Test
    @Order(3)
    void calendarLoadAddsAYearOnceFromAFile() throws Exception {
        Path file = DATA.resolve("2099.yaml");
        Files.writeString(file, """
                year: 2099
                holidays:
                  - {from: 2099-10-01, to: 2099-10-07, name: 国庆节}
                workdays:
                  - 2099-10-10
                """);
        Result loaded = runCommand("calendar", "load", file.toString());
        assertThat(loaded.exitCode()).as(loaded.output()).isEqualTo(0);
        assertThat(loaded.output()).contains("Loaded the calendar of 2099: 7 holidays, 1 make-up working days.");

        Result again = runCommand("calendar", "load", file.toString());
        assertThat(again.exitCode()).as(again.output()).isEqualTo(4);
        assertThat(again.output()).contains("already loaded");

        Result missing = runCommand("calendar", "load", DATA.resolve("2100.yaml").toString());
        assertThat(missing.exitCode()).as(missing.output()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void reviewsScheduleOpensTheMissingReviewOnceHoweverOftenItRuns() throws Exception {
        long benefit;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + DATA.resolve("doudi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            var household = c.createStatement().executeQuery("select id, region_code from household order by id"
                    + " fetch first 1 rows only");
            assertThat(household.next()).isTrue();
            // a 低保 benefit in force as a decision of 22 October 2026 grants it (the case API is tested elsewhere)
            var insert = c.prepareStatement("insert into benefit (programme, kind, household_id, region_code,"
                    + " granted_on, from_month, created_by, created_at, updated_at) values ('DIBAO', 'MONTHLY', ?, ?,"
                    + " date '2026-10-22', date '2026-11-01', 'test', current_timestamp, current_timestamp)",
                    new String[] {"id"});
            insert.setLong(1, household.getLong(1));
            insert.setString(2, household.getString(2));
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            assertThat(keys.next()).isTrue();
            benefit = keys.getLong(1);
            c.createStatement().executeUpdate("insert into benefit_amount (benefit_id, from_month, amount, recorded_by,"
                    + " recorded_at) values (" + benefit + ", date '2026-11-01', 990, 'test', current_timestamp)");
        }

        Result first = runCommand("reviews", "schedule");
        assertThat(first.exitCode()).as(first.output()).isEqualTo(0);
        assertThat(first.output()).contains("1 benefits examined, 1 reviews opened");
        Result second = runCommand("reviews", "schedule");
        assertThat(second.exitCode()).as(second.output()).isEqualTo(0);
        assertThat(second.output()).contains("0 reviews opened, 1 already open");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + DATA.resolve("doudi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            var reviews = c.createStatement().executeQuery("select count(*), min(state), min(created_by), min(due_on)"
                    + " from review where benefit_id = " + benefit);
            assertThat(reviews.next()).isTrue();
            assertThat(reviews.getInt(1)).isEqualTo(1);
            assertThat(reviews.getString(2)).isEqualTo("OPEN");
            assertThat(reviews.getString(3)).isEqualTo("system");
            assertThat(reviews.getDate(4).toLocalDate().toString()).isIn("2027-04-22", "2027-10-22");
        }
    }

    record Result(int exitCode, String output) {
    }

    static Result runCommand(String... args) throws Exception {
        Process p = start(List.of(args), Map.of());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    static Process start(List<String> args, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DOUDI_DATA_DIR", DATA.toString());
        pb.environment().put("DOUDI_DEMO_HOUSEHOLDS", "50");
        pb.environment().remove("DOUDI_DB_URL");
        pb.environment().remove("DOUDI_SECRET_KEY");
        pb.environment().putAll(env);
        if (args.isEmpty()) {
            pb.redirectOutput(DATA.resolve("app.log").toFile());
        }
        return pb.start();
    }

    static String waitForHealth(int port, Process app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the application stopped; see " + DATA.resolve("app.log")).isTrue();
            try {
                var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no healthy application within 3 minutes; see " + DATA.resolve("app.log"));
    }

    static HttpResponse<String> get(int port, String path, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":Doudi-demo-2026").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

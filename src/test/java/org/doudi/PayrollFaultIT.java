package org.doudi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.doudi.shared.pii.Masking;
import org.doudi.shared.pii.PiiProtector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault test of payrolls (docs/decisions/0026, 0027): the packaged jar on PostgreSQL, a county of 120,000
 * benefits in force, and the generation and the return-file import each killed half-way — the JVM with SIGKILL, or
 * its database connection with {@code pg_terminate_backend} — then run again. Whatever was killed, no claim is paid
 * twice and none is lost: the database's unique constraint and the one-transaction generation and import see to
 * it, and this test checks the rows themselves. Needs PostgreSQL ({@code DOUDI_TEST_DB_URL}); skipped with a
 * message without it, failed under {@code DOUDI_TEST_POSTGRES=required} (CI).
 */
class PayrollFaultIT {

    static final Path JAR = Path.of(System.getProperty("doudi.jar", "target/doudi.jar"));
    static final Path DATA = Path.of("target/payroll-fault-it").toAbsolutePath();
    static final String SCHEMA = "payroll_fault_it";
    static final String COUNTY = "990122000000";
    static final String VILLAGE = "990122101201";
    static final int BENEFITS = 120_000;
    static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String url;
    static String user;
    static String password;
    static Process app;
    static int port;

    @BeforeAll
    static void postgresAndTheApplication() throws Exception {
        url = env("DOUDI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        user = env("DOUDI_TEST_DB_USER", "postgres");
        password = env("DOUDI_TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + url + " (" + e.getMessage() + ")";
            if ("required".equalsIgnoreCase(System.getenv("DOUDI_TEST_POSTGRES"))) {
                throw new IllegalStateException("DOUDI_TEST_POSTGRES=required but " + why, e);
            }
            System.err.println("SKIPPED (PostgreSQL): PayrollFaultIT: " + why);
            Assumptions.abort(why);
        }
        FileSystemUtils.deleteRecursively(DATA);
        Files.createDirectories(DATA);
        port = PackagedJarIT.freePort();
        app = start(List.of(), "doudi-web", Map.of("DOUDI_PORT", Integer.toString(port)), DATA.resolve("app.log"));
        PackagedJarIT.waitForHealth(port, app);
        seed();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException ignored) {
            // nothing to clean up
        }
    }

    @Test
    void killedGenerationsAndImportsRunAgainPayEveryClaimOnceAndLoseNone() throws Exception {
        // 1. the JVM killed (SIGKILL) while it reads the registry: the payroll stays GENERATING, with no line
        Run killed = cli(line -> line.contains("recipients") && progress(line) > 0 && progress(line) < 1,
                "payroll", "generate", "--county", COUNTY, "--programme", "DIBAO", "--month", "2026-10");
        assertThat(killed.killed()).as("killed half-way:\n" + killed.output()).isTrue();
        long payroll = single("select id from payroll where county_code = '" + COUNTY + "' and pay_month = '2026-10-01'");
        awaitNoActivity();
        assertThat(text("select state from payroll where id = " + payroll)).isEqualTo("GENERATING");
        assertThat(single("select count(*) from payroll_line where payroll_id = " + payroll)).isZero();

        // 2. its database connection killed while the lines are written: the payroll is FAILED, still no line
        Run terminated = cliTerminatingConnection(line -> line.contains("lines"),
                "payroll", "generate", "--county", COUNTY, "--programme", "DIBAO", "--month", "2026-10");
        assertThat(terminated.exitCode()).as(terminated.output()).isEqualTo(1);
        assertThat(text("select state from payroll where id = " + payroll)).isEqualTo("FAILED");
        assertThat(text("select failure from payroll where id = " + payroll)).isNotBlank();
        assertThat(single("select count(*) from payroll_line where payroll_id = " + payroll)).isZero();

        // 3. run again: every benefit once, the right total; and once more: nothing more
        Run done = cli(null, "payroll", "generate", "--county", COUNTY, "--programme", "DIBAO", "--month", "2026-10");
        assertThat(done.exitCode()).as(done.output()).isZero();
        assertThat(text("select state from payroll where id = " + payroll)).isEqualTo("PENDING_APPROVAL");
        assertEveryClaimOnce("2026-10-01", BENEFITS);
        assertThat(text("select sum(gross) from payroll_line where payroll_id = " + payroll))
                .isEqualTo(text("select sum(a.amount) from benefit b join benefit_amount a on a.benefit_id = b.id "
                        + "where b.region_code between '990122000000' and '990122999999'"));
        Run again = cli(null, "payroll", "generate", "--county", COUNTY, "--programme", "DIBAO", "--month", "2026-10");
        assertThat(again.output()).contains("was there already");
        assertEveryClaimOnce("2026-10-01", BENEFITS);

        // 4. approved and exported by the county; the bank file has one row per payment
        step(payroll, "approve");
        step(payroll, "export");
        String[] file = download(payroll).split("\r\n");
        assertThat(file).hasSize(BENEFITS + 1);

        // 5. the return file's import killed half-way (SIGKILL while its statements run): nothing recorded
        StringBuilder returned = new StringBuilder("reference,status,reason\n");
        List<String> failedReferences = new ArrayList<>();
        for (int i = 1; i < file.length; i++) {
            String reference = file[i].substring(0, file[i].indexOf(','));
            boolean failed = i % 20 == 0;
            returned.append(reference).append(failed ? ",FAILED,户名与账号不符\n" : ",PAID,\n");
            if (failed) {
                failedReferences.add(reference);
            }
        }
        Path returnFile = DATA.resolve("return.csv");
        Files.writeString(returnFile, returned, StandardCharsets.UTF_8);
        Run importKilled = cliKilledWhileBusy("payroll", "import-return", "--payroll", Long.toString(payroll),
                "--file", returnFile.toString());
        assertThat(importKilled.killed()).as(importKilled.output()).isTrue();
        awaitNoActivity();
        assertThat(text("select state from payroll where id = " + payroll)).isEqualTo("EXPORTED");
        assertThat(single("select count(*) from payroll_line where payroll_id = " + payroll
                + " and status in ('PAID', 'FAILED')")).isZero();
        assertThat(single("select count(*) from bank_return where payroll_id = " + payroll)).isZero();

        // 6. imported again, then once more: each payment's outcome recorded once
        Run imported = cli(null, "payroll", "import-return", "--payroll", Long.toString(payroll), "--file",
                returnFile.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(text("select state from payroll where id = " + payroll)).isEqualTo("RECONCILED");
        int failed = failedReferences.size();
        assertThat(single("select count(*) from payroll_line where payroll_id = " + payroll + " and status = 'PAID'"))
                .isEqualTo(BENEFITS - failed);
        assertThat(single("select count(*) from payroll_line where payroll_id = " + payroll
                + " and status = 'FAILED'")).isEqualTo(failed);
        assertThat(single("select count(*) from payment_failure where payroll_id = " + payroll)).isEqualTo(failed);
        Run repeated = cli(null, "payroll", "import-return", "--payroll", Long.toString(payroll), "--file",
                returnFile.toString());
        assertThat(repeated.output()).contains("Imported before, nothing changed");
        assertThat(single("select count(*) from payment_failure")).isEqualTo(failed);

        // 7. half the failed accounts corrected: November pays those Octobers again, once; the others wait
        List<Long> failedPayees = longs("select r.payee_person_id from payment_failure f join payroll_line l "
                + "on l.id = f.line_id join payroll_recipient r on r.id = l.recipient_id order by 1");
        List<Long> corrected = failedPayees.subList(0, failed / 2);
        correctAccounts(corrected);
        Run november = cli(null, "payroll", "generate", "--county", COUNTY, "--programme", "DIBAO", "--month",
                "2026-11");
        assertThat(november.exitCode()).as(november.output()).isZero();
        long nov = single("select id from payroll where county_code = '" + COUNTY + "' and pay_month = '2026-11-01'");
        assertThat(single("select count(*) from payroll_line where payroll_id = " + nov + " and kind = 'REPAYMENT' "
                + "and status = 'DUE'")).isEqualTo(corrected.size());
        assertThat(single("select count(*) from payroll_line where payroll_id = " + nov
                + " and hold = 'ACCOUNT_FAILED'")).as("their October and November wait for a correct account")
                .isEqualTo(2L * (failed - corrected.size()));
        assertEveryClaimOnce("2026-10-01", BENEFITS - (failed - corrected.size()));
        assertEveryClaimOnce("2026-11-01", BENEFITS - (failed - corrected.size()));
    }

    // ---- the rows themselves

    /** Each benefit's month is claimed by at most one live line, and {@code expected} benefits are. */
    static void assertEveryClaimOnce(String month, long expected) throws SQLException {
        assertThat(single("select count(*) from (select claim_id from payroll_line where claim = 'BENEFIT' "
                + "and for_month = '" + month + "' and live = 1 group by claim_id having count(*) > 1) twice"))
                .as("claims paid twice for " + month).isZero();
        assertThat(single("select count(distinct claim_id) from payroll_line where claim = 'BENEFIT' and for_month = '"
                + month + "' and live = 1")).as("claims paid for " + month).isEqualTo(expected);
    }

    /** A county's worth of 低保 households in one village: a head with an account, a benefit from January. */
    static void seed() throws SQLException {
        PiiProtector pii = new PiiProtector(Base64.getDecoder().decode(KEY));
        String account = "6228480018888000017";
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into household (region_code, address, residence, exited_poverty, created_at, updated_at,
                                           version)
                    select '%s', 'fault-it ' || g, 'RURAL', false, now(), now(), 0
                      from generate_series(1, %d) g""".formatted(VILLAGE, BENEFITS));
            // every head has the same account here: the payroll tells payees apart by person, not by account
            s.execute("""
                    insert into person (name, id_number_enc, id_number_hash, id_number_masked, birth_date, sex,
                                        bank_name, bank_account_enc, bank_account_hash, bank_account_masked,
                                        household_id, relation, region_code, version)
                    select '户主' || h.id, '%s', md5('fault-it ' || h.id) || md5('id ' || h.id), '990122********0000',
                           date '1960-01-01', 'M', '农村信用社', '%s', '%s', '%s', h.id, 'HEAD', h.region_code, 0
                      from household h where h.address like 'fault-it %%'""".formatted(pii.encrypt("990122196001010000"),
                    pii.encrypt(account), pii.blindIndex(account), Masking.bankAccount(account)));
            s.execute("""
                    insert into benefit (programme, kind, household_id, region_code, granted_on, from_month,
                                         created_by, created_at, updated_at, version)
                    select 'DIBAO', 'MONTHLY', h.id, h.region_code, date '2025-12-20', date '2026-01-01', 'fault-it',
                           now(), now(), 0
                      from household h where h.address like 'fault-it %'""");
            s.execute("""
                    insert into benefit_amount (benefit_id, from_month, amount, reason, recorded_by, recorded_at)
                    select b.id, b.from_month, 400 + (b.id % 7) * 50, 'fault-it', 'fault-it', now()
                      from benefit b where b.created_by = 'fault-it'""");
            s.execute("analyze");
        }
    }

    static void correctAccounts(List<Long> people) throws SQLException {
        PiiProtector pii = new PiiProtector(Base64.getDecoder().decode(KEY));
        try (Connection c = connection(); var update = c.prepareStatement("update person set bank_account_enc = ?, "
                + "bank_account_hash = ?, bank_account_masked = ?, version = version + 1 where id = ?")) {
            for (long person : people) {
                String account = "62170000" + String.format("%011d", person);
                update.setString(1, pii.encrypt(account));
                update.setString(2, pii.blindIndex(account));
                update.setString(3, Masking.bankAccount(account));
                update.setLong(4, person);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    // ---- the command line, killed or not

    record Run(int exitCode, String output, boolean killed) {
    }

    /** Runs a command; when {@code killWhen} matches a line of its output, the JVM is killed with SIGKILL. */
    static Run cli(Predicate<String> killWhen, String... args) throws Exception {
        Process p = start(List.of(args), "payroll-cli", Map.of(), null);
        StringBuilder out = new StringBuilder();
        boolean killed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(line).append('\n');
                if (killWhen != null && killWhen.test(line)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the application
                    killed = true;
                    break; // its output is closed with it
                }
            }
        }
        System.out.println("$ " + String.join(" ", args) + (killed ? "   (killed)" : "") + "\n" + out);
        return new Run(p.waitFor(), out.toString(), killed);
    }

    /** Runs a command and, once its output shows {@code when}, terminates its database connections. */
    static Run cliTerminatingConnection(Predicate<String> when, String... args) throws Exception {
        Process p = start(List.of(args), "payroll-cli", Map.of(), null);
        StringBuilder out = new StringBuilder();
        boolean terminated = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(line).append('\n');
                if (!terminated && when.test(line)) {
                    awaitActiveStatement("%insert into payroll_line%");
                    single("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where application_name = 'payroll-cli' and pid <> pg_backend_pid()");
                    terminated = true;
                }
            }
        }
        System.out.println("$ " + String.join(" ", args) + "   (connection terminated)\n" + out);
        assertThat(terminated).as(out.toString()).isTrue();
        return new Run(p.waitFor(), out.toString(), false);
    }

    /** Runs a command and kills its JVM (SIGKILL) while one of its statements is running in the database. */
    static Run cliKilledWhileBusy(String... args) throws Exception {
        Process p = start(List.of(args), "payroll-cli", Map.of(), DATA.resolve("import.log"));
        // the return file is checked, then written: kill it while it writes
        awaitActiveStatement("%update payroll_line%");
        boolean alive = p.isAlive();
        p.destroyForcibly();
        int code = p.waitFor();
        return new Run(code, Files.readString(DATA.resolve("import.log")), alive);
    }

    /** Waits until the command line's connection is running a statement like {@code pattern}. */
    static void awaitActiveStatement(String pattern) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            long busy = single("select count(*) from pg_stat_activity where application_name = 'payroll-cli' "
                    + "and state = 'active' and query ilike '" + pattern + "'");
            if (busy > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the command line never got busy with the payroll");
    }

    /** A killed JVM's backend may run its statement to the end before PostgreSQL notices: wait for it to go. */
    static void awaitNoActivity() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (single("select count(*) from pg_stat_activity where application_name = 'payroll-cli'") > 0) {
            assertThat(Instant.now()).as("the killed command's connection never closed").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    static Process start(List<String> args, String applicationName, Map<String, String> env, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DOUDI_DATA_DIR", DATA.toString());
        pb.environment().put("DOUDI_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                + "&ApplicationName=" + applicationName);
        pb.environment().put("DOUDI_DB_USER", user);
        pb.environment().put("DOUDI_DB_PASSWORD", password);
        pb.environment().put("DOUDI_SECRET_KEY", KEY);
        pb.environment().put("DOUDI_DEMO", "always");
        pb.environment().put("DOUDI_DEMO_HOUSEHOLDS", "20");
        pb.environment().putAll(env);
        if (log != null) {
            pb.redirectOutput(log.toFile());
        }
        return pb.start();
    }

    // ---- HTTP as the county's officer (the command line generated: the system is the maker)

    static void step(long payroll, String step) throws Exception {
        JsonNode p = JSON.readTree(http("GET", "/api/v1/payrolls/" + payroll, null).body());
        HttpResponse<String> r = http("POST", "/api/v1/payrolls/" + payroll + "/" + step,
                "{\"version\": " + p.get("version").asInt() + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    static String download(long payroll) throws Exception {
        HttpResponse<String> r = http("GET", "/api/v1/payrolls/" + payroll + "/bank-file?format=csv", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    static HttpResponse<String> http(String method, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString("hekou.county:Doudi-demo-2026".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofMinutes(5));
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- SQL

    static Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
        }
        return c;
    }

    static long single(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<Long> longs(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** The share of a progress line done: "  recipients   10,000 / 120,000" → 0.083. */
    static double progress(String line) {
        String[] parts = line.trim().split("\\s+");
        try {
            double done = Double.parseDouble(parts[1].replace(",", ""));
            double total = Double.parseDouble(parts[3].replace(",", ""));
            return total == 0 ? 0 : done / total;
        } catch (RuntimeException notAProgressLine) {
            return -1;
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

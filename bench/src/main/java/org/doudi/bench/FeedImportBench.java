package org.doudi.bench;

import java.io.BufferedWriter;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.doudi.registry.IdNumber;
import org.doudi.shared.pii.PiiProtector;
import org.postgresql.PGConnection;

/**
 * The feed-import benchmark (docs/PERFORMANCE.md): a seeded file of medical-insurance settlements — most rows
 * about people of the registry in the database, the rest about strangers — then
 * <ol>
 * <li>a plain {@code COPY} of the file into a scratch table (the floor: what PostgreSQL needs just to load it),</li>
 * <li>the real import, {@code java -jar target/doudi.jar feed import --type medical FILE}: every row validated,
 *     its ID number blind-indexed and matched, staged, de-duplicated and stored.</li>
 * </ol>
 * Environment: {@code DOUDI_DB_URL}, {@code DOUDI_DB_USER}, {@code DOUDI_DB_PASSWORD} and {@code DOUDI_SECRET_KEY}
 * of a database filled by {@code generate} (the key decrypts the registered ID numbers the file uses).
 * Arguments: {@code [in-app] [rows (1000000)] [seed (42)] [matched share (0.8)] [jar (../target/doudi.jar)]};
 * with {@code in-app}, step 2 is an upload to the running application instead ({@link #importInApp}).
 */
public final class FeedImportBench {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "伟", "芳", "强", "敏", "军", "丽", "磊", "静"};
    private static final String[] HOSPITALS = {"示范市人民医院", "青山县人民医院", "河口县中医院", "青山镇卫生院"};
    private static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    private static final String[] VISITS = {"INPATIENT", "OUTPATIENT", "CHRONIC_OUTPATIENT"};

    private FeedImportBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean inApp = args.length > 0 && args[0].equals("in-app");
        if (inApp) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        double matched = args.length > 2 ? Double.parseDouble(args[2]) : 0.8;
        Path jar = Path.of(args.length > 3 ? args[3] : "../target/doudi.jar");
        String url = Bench.env("DOUDI_DB_URL");

        Path file;
        Path warmUp = null;
        try (Connection c = DriverManager.getConnection(url, Bench.env("DOUDI_DB_USER"), System.getenv("DOUDI_DB_PASSWORD"))) {
            file = file(c, rows, seed, matched);
            if (inApp) {
                // a tenth of the rows, another seed: other settlements, so none of them is the measured file's
                warmUp = file(c, Math.max(1, rows / 10), seed + 1, matched);
            }
            copyBaseline(c, file, rows);
        }
        if (inApp) {
            importInApp(jar, warmUp, file);
        } else {
            runImport(jar, file, rows);
        }
    }

    /** The seeded file of these arguments, written unless an earlier run wrote it. */
    private static Path file(Connection c, int rows, long seed, double matched) throws Exception {
        Path file = Path.of("target", "medical-" + rows + "-" + seed + ".csv").toAbsolutePath();
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            // the same arguments make the same file: a second run over the same registry measures again
            System.out.printf("%s is there from an earlier run (%,d bytes)%n", file, Files.size(file));
            return file;
        }
        long t0 = System.nanoTime();
        List<String> registered = registeredIdNumbers(c, Math.max(1, (int) (rows * matched / 3)));
        System.out.printf("%,d registered ID numbers read and decrypted in %.1f s%n", registered.size(),
                Bench.secs(t0));
        t0 = System.nanoTime();
        write(file, rows, seed, matched, registered);
        System.out.printf("%,d rows written to %s (%,d bytes) in %.1f s%n", rows, file, Files.size(file),
                Bench.secs(t0));
        return file;
    }

    /** Up to {@code limit} people of the registry, their ID numbers decrypted with the application's own key. */
    static List<String> registeredIdNumbers(Connection c, int limit) throws Exception {
        PiiProtector pii = new PiiProtector(Base64.getDecoder().decode(Bench.env("DOUDI_SECRET_KEY").strip()));
        List<String> ids = new ArrayList<>(limit);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("select id_number_enc from person order by id limit " + limit)) {
                while (rs.next()) {
                    ids.add(pii.decrypt(rs.getString(1)));
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        if (ids.isEmpty()) {
            throw new IllegalStateException("the registry is empty: run `generate` first (see docs/PERFORMANCE.md)");
        }
        return ids;
    }

    /** The seeded file: settlements over 2025–2026, {@code matched} of them about registered people. */
    static void write(Path file, int rows, long seed, double matched, List<String> registered) throws IOException {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2025, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id_number,name,settlement_no,settled_on,visit,total_cost,in_policy_self_pay,hospital\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < rows; i++) {
                String id = random.nextDouble() < matched ? registered.get(random.nextInt(registered.size()))
                        : IdNumber.compose("990199", LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000)),
                        random.nextInt(1000)).value();
                // a settlement after the birth the ID number encodes (the import refuses one before it)
                LocalDate born = IdNumber.parse(id, LAST).birthDate();
                LocalDate from = born.isAfter(first) ? born : first;
                LocalDate settled = from.plusDays(random.nextInt((int) Math.max(1, LAST.toEpochDay() - from.toEpochDay())));
                long totalFen = 5_000 + (long) (random.nextDouble() * random.nextDouble() * 8_000_000);
                long selfFen = (long) (totalFen * (0.05 + random.nextDouble() * 0.35));
                line.setLength(0);
                line.append(id).append(',').append(SURNAMES[random.nextInt(10)]).append(GIVEN[random.nextInt(10)])
                        .append(',').append("JS").append(seed).append('-').append(i).append(',')
                        .append(settled).append(',').append(VISITS[random.nextInt(3)])
                        .append(',').append(yuan(totalFen)).append(',').append(yuan(selfFen)).append(',')
                        .append(HOSPITALS[random.nextInt(HOSPITALS.length)]).append('\n');
                out.append(line);
            }
        }
    }

    /** The floor: PostgreSQL's own CSV COPY of the same file into a scratch table with typed columns and no index. */
    static void copyBaseline(Connection c, Path file, int rows) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_copy_scratch");
            s.execute("""
                    create table bench_copy_scratch (id_number varchar(18), name varchar(50), settlement_no varchar(60),
                        settled_on date, visit varchar(30), total_cost numeric(14, 2), in_policy_self_pay numeric(14, 2),
                        hospital varchar(100))""");
            long t0 = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_copy_scratch from stdin with (format csv, header true)", in);
                double t = Bench.secs(t0);
                System.out.printf("COPY baseline: %,d rows in %.1f s = %,.0f rows/s%n", copied, t, copied / t);
            }
            s.execute("drop table bench_copy_scratch");
        }
    }

    /** The application's import, as an operator runs it; its own summary line gives its rows/s. */
    static void runImport(Path jar, Path file, int rows) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(Bench.java("IMPORT_JAVA_OPTS", "-jar", jar.toString(), "feed", "import",
                "--type", "medical", "--mode", "import-good", file.toString())).inheritIO().start();
        int exit = p.waitFor();
        double t = Bench.secs(t0);
        System.out.printf("feed import: exit %d, %.1f s wall with the JVM's start (%,.0f rows/s)%n", exit, t, rows / t);
    }

    /**
     * The import where departments' files arrive: uploaded to the running application through
     * {@code POST /api/v1/feeds}, as the feed page does. The server first imports a smaller file (as a day's work
     * would have warmed it), then the measured one. Figures: the upload's whole round trip as the client sees it,
     * the import's own start-to-finish as the application recorded it, and the processor time of the server and
     * of PostgreSQL's backends.
     */
    static void importInApp(Path jar, Path warmUp, Path file) throws Exception {
        System.out.printf("Feed import in the running application, %s; the machine's yardstick %,.0f assessments per"
                + " CPU-second%n", Bench.loadAverage(), AssessmentCpuTime.yardstick());
        try (AppServer server = AppServer.start(jar, "IMPORT_JAVA_OPTS");
             Connection c = DriverManager.getConnection(Bench.env("DOUDI_DB_URL"), Bench.env("DOUDI_DB_USER"),
                     System.getenv("DOUDI_DB_PASSWORD"))) {
            for (Path f : List.of(warmUp, file)) {
                String before = Bench.loadAverage();
                double server0 = server.cpu();
                Map<String, Double> threads0 = CpuSampler.threads(server.pid());
                CpuSampler.Machine machine0 = CpuSampler.Machine.now();
                Map<Long, Double> backends0 = CpuSampler.backends(c);
                long t0 = System.nanoTime();
                HttpResponse<String> answer = server.send(AppServer.multipart(
                        server.request("/api/v1/feeds", Duration.ofMinutes(30)),
                        Map.of("type", "medical", "mode", "import-good"), "file", f).build());
                double wall = Bench.secs(t0);
                double serverCpu = server.cpu() - server0;
                String threads = CpuSampler.threadsSince(CpuSampler.threads(server.pid()), threads0);
                CpuSampler.Machine machine = CpuSampler.Machine.now().since(machine0);
                int cores = Runtime.getRuntime().availableProcessors();
                double databaseCpu = CpuSampler.sinceThen(CpuSampler.backends(c), backends0);
                if (answer.statusCode() != 201) {
                    System.out.printf("%s: answered %d: %s%n", f.getFileName(), answer.statusCode(), answer.body());
                    continue;
                }
                long id = Long.parseLong(AppServer.match(AppServer.ID, answer.body()));
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                        select rows_read, rows_imported, rows_unmatched,
                               extract(epoch from finished_at - started_at) from feed_import where id = """ + id)) {
                    rs.next();
                    long read = rs.getLong(1);
                    double took = rs.getDouble(4);
                    System.out.printf("%s: import %d, %,d rows read, %,d new (%,d unmatched); the upload's round trip"
                                    + " %.1f s (%,.0f rows/s), the import as recorded %.1f s (%,.0f rows/s); processor"
                                    + " time: the server %.1f s, PostgreSQL's backends %.1f s; load before %s, after %s%n",
                            f.getFileName(), id, read, rs.getLong(2), rs.getLong(3), wall, read / wall, took,
                            read / took, serverCpu, databaseCpu, before, Bench.loadAverage());
                    System.out.printf("  the machine was busy %.1f s of the %.1f s its %d cores had; what neither the"
                                    + " server nor PostgreSQL's backends used: %.1f s; stolen by the host: %.1f s%n",
                            machine.busy(), cores * wall, cores, machine.busy() - serverCpu - databaseCpu, machine.stolen());
                    System.out.printf("  the server's threads still running: %s%n", threads);
                }
            }
        }
        System.out.printf("the machine's yardstick afterwards: %,.0f assessments per CPU-second%n",
                AssessmentCpuTime.yardstick());
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + (fen % 100 < 10 ? "0" : "") + fen % 100;
    }
}

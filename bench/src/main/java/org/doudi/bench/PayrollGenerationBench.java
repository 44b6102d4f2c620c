package org.doudi.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.shared.pii.Masking;
import org.doudi.shared.pii.PiiProtector;
import org.postgresql.PGConnection;

/**
 * The payroll-generation benchmark (docs/PERFORMANCE.md, "Payroll generation"): on a copy of a database filled by
 * {@code generate} (the registry), a seeded set of benefits in force is created set-based — a realistic mix of
 * programmes and amounts over the counties, payees with bank accounts, a few deaths — and then every payroll of one
 * month is generated through the real path, {@code java -jar doudi.jar payroll generate --county C --programme P
 * --month M}, every county and programme in one command (a payroll is one county, one programme, one month; the
 * command makes them one after the other, each in its own transaction):
 * <ol>
 * <li>the month generated: every benefit in force gets its one line;</li>
 * <li>the same commands again: each finds its open payroll and adds nothing;</li>
 * <li>the payrolls marked exported (as if their bank files had been handed over; done here in SQL, not through the
 *     county's approval and export), then the same commands once more: new payrolls, generated through the whole
 *     path, which must add nothing either — every claim of the month is already paid.</li>
 * </ol>
 * After each round the rows themselves are checked: one live line per benefit in force and month, none twice.
 * The time is the one the command reports for all its payrolls (from the first claim to the last commit), beside
 * the sum of the payrolls' own times and the wall clock of the command with its JVM's start. Environment: {@code DOUDI_DB_URL}, {@code DOUDI_DB_USER},
 * {@code DOUDI_DB_PASSWORD}, {@code DOUDI_SECRET_KEY} (the database's key: the accounts are encrypted with it).
 * Arguments: {@code [--reset] [--first-only] [--threads=N] [benefits in force (1000000)] [month (2026-11)]
 * [seed (42)] [jar (../target/doudi.jar)]}: {@code --reset} deletes the payrolls of an earlier run first,
 * {@code --first-only} stops after the first round, {@code --threads=N} has the command generate N payrolls at once.
 * The database is written to: use a copy ({@code createdb -T}), never the prepared one.
 */
public final class PayrollGenerationBench {

    static final String MARK = "paybench";
    /** Payrolls generated at once by the command ({@code --threads}). */
    static int threads = 1;
    private static final Pattern SUMMARY = Pattern.compile(
            "Payroll (\\d+): (\\w+), ([\\d,]+) lines, ([\\d,]+) to pay \\(([\\d.]+) yuan\\), ([\\d,]+) held, in ([\\d.]+) s");
    private static final Pattern ALL = Pattern.compile("\\d+ payrolls, [\\d,]+ lines, in ([\\d.]+) s");
    private static final String[] BANKS = {"中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "中国银行",
            "示范农村商业银行"};

    private PayrollGenerationBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean reset = List.of(args).contains("--reset");
        boolean firstOnly = List.of(args).contains("--first-only");
        threads = List.of(args).stream().filter(a -> a.startsWith("--threads=")).findFirst()
                .map(a -> Integer.parseInt(a.substring("--threads=".length()))).orElse(1);
        args = List.of(args).stream().filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int benefits = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        YearMonth month = YearMonth.parse(args.length > 1 ? args[1] : "2026-11");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path jar = Path.of(args.length > 3 ? args[3] : "../target/doudi.jar");
        try (Connection c = connect()) {
            if (reset) {
                reset(c);
            }
            if (single(c, "select count(*) from benefit where created_by = '" + MARK + "'") == 0) {
                setUp(c, benefits, month, seed);
            } else {
                System.out.println("Benefits of an earlier set-up found: used as they are.");
            }
            if (single(c, "select count(*) from payroll where pay_month = '" + month.atDay(1) + "'") > 0) {
                throw new IllegalStateException("payrolls of " + month + " exist already: use a fresh copy of the "
                        + "database (see docs/PERFORMANCE.md)");
            }
            describe(c, month);
        }
        List<String[]> payrolls = payrolls(month);
        Round first = round("1. generated", jar, payrolls, month);
        Claims paid = check(month);
        if (paid.lines() != first.lines()) {
            throw new AssertionError("the month's payrolls hold " + paid.lines() + " lines, the commands made "
                    + first.lines());
        }
        if (firstOnly) {
            return;
        }
        Round second = round("2. the same commands again", jar, payrolls, month);
        if (!check(month).equals(paid) || second.reused() != payrolls.size()) {
            throw new AssertionError("the second run added lines or made payrolls");
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            int exported = s.executeUpdate("update payroll set state = 'EXPORTED', open_marker = null, "
                    + "version = version + 1, exported_by = '" + MARK + "', exported_at = now() "
                    + "where pay_month = '" + month.atDay(1) + "' and state = 'PENDING_APPROVAL'");
            System.out.printf("%n%d payrolls marked EXPORTED (as if their bank files had been handed over)%n", exported);
        }
        Round third = round("3. generated again once exported (new payrolls, the whole path)", jar, payrolls, month);
        Claims after = check(month);
        // the held claims are still owed: the new payrolls look at them again (and hold them again); nothing is paid
        if (third.payable() != 0 || after.live() != paid.live()) {
            throw new AssertionError("the generation after the export added " + third.payable() + " payments");
        }
        System.out.printf("%nSummary: %,d lines (%,d to pay) in %.1f s of generation (%,.0f lines/s), %.1f s wall "
                        + "with the JVM's start. The same month again: nothing added (open payrolls answered in %.1f s); "
                        + "once exported, new payrolls in %.1f s (%,.0f benefits/s looked at) adding %,d payments "
                        + "and %,d held lines%n",
                first.lines(), first.payable(), first.seconds(), first.lines() / first.seconds(), first.wall(),
                second.seconds(), third.seconds(), paid.benefits() / third.seconds(), third.payable(),
                third.lines());
    }

    /**
     * {@code --reset}: every payroll and what it made is deleted (truncated), so that the rounds can
     * be run again on the same set-up. Only for a benchmark's copy: the audit log keeps its records of them.
     */
    static void reset(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("truncate recovery_deduction, recovery_refund, recovery, bank_return_row, bank_return, "
                    + "payment_failure, open_claim, payroll_line, payroll_rate, payroll_member, payroll_recipient, "
                    + "payroll_candidate, payroll_month, payroll");
            s.execute("analyze payroll, payroll_recipient, payroll_member, payroll_line, open_claim");
        }
        System.out.printf("Payrolls deleted in %.1f s%n", Bench.secs(t0));
    }

    // ---- the set-up

    /**
     * The benefits, amounts, accounts and deaths, set-based. Of {@code n} benefits in force: 重度残疾人护理补贴 for
     * the people with a disability of grade 1–2 (up to 5.3 %), 困难残疾人生活补贴 15 %, 孤儿 1.2 %, 事实无人抚养儿童
     * 1.8 %, 特困 6 % (the head, a person's own benefit), 低保 the rest (the household's); plus 5 % of 低保 benefits
     * ended before the month (not in force). Each benefit starts in a month from 2020-01 to the month before; a
     * fifth have a second amount from 2026-07 (the standards rose). Heads of the benefits' households without an
     * account get one (encrypted with the database's key), but 1 % stay without; 0.1 % of the people paid died in
     * September 2026 (reported, not yet acted on).
     */
    static void setUp(Connection c, int n, YearMonth month, long seed) throws Exception {
        long t0 = System.nanoTime();
        String last = month.minusMonths(1).atDay(1).toString();
        long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2020, 1), month);
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists paybench_pick");
            s.execute("create unlogged table paybench_pick (programme varchar(30), household_id bigint, "
                    + "person_id bigint, in_force boolean)");
            long care = Math.min(Math.round(n * 0.053), single(c, "select count(distinct person_id) from disability "
                    + "where grade <= 2"));
            // people with a disability: the severe ones get the care allowance, a share of all the living one
            insertPick(s, "DISABILITY_CARE", """
                    select distinct on (d.person_id) p.household_id, p.id, md5(p.id || ':%d') as k
                      from disability d join person p on p.id = d.person_id
                     where d.grade <= 2 and p.household_id is not null""".formatted(seed), care);
            insertPick(s, "DISABILITY_LIVING", """
                    select distinct on (d.person_id) p.household_id, p.id, md5(p.id || ':L%d') as k
                      from disability d join person p on p.id = d.person_id
                     where p.household_id is not null""".formatted(seed), Math.round(n * 0.15));
            insertPick(s, "ORPHAN", """
                    select p.household_id, p.id, md5(p.id || ':O%d') as k from person p
                     where p.relation in ('CHILD', 'GRANDCHILD') and p.birth_date > date '2009-01-01'
                       and p.id %% 2 = 0""".formatted(seed), Math.round(n * 0.012));
            insertPick(s, "UNSUPPORTED_CHILD", """
                    select p.household_id, p.id, md5(p.id || ':U%d') as k from person p
                     where p.relation in ('CHILD', 'GRANDCHILD') and p.birth_date > date '2009-01-01'
                       and p.id %% 2 = 1""".formatted(seed), Math.round(n * 0.018));
            long persons = single(c, "select count(*) from paybench_pick");
            long tekun = Math.round(n * 0.06);
            long dibao = n - persons - tekun;
            long ended = Math.round(n * 0.05);
            // households in a seeded order: 特困 heads first, then 低保 in force, then 低保 ended
            s.execute("""
                    create unlogged table paybench_household as
                    select h.id, row_number() over (order by md5(h.id || ':H%d')) as rank from household h"""
                    .formatted(seed));
            s.execute("""
                    insert into paybench_pick (programme, household_id, person_id, in_force)
                    select 'TEKUN', p.household_id, p.id, true from paybench_household r
                      join person p on p.household_id = r.id and p.relation = 'HEAD'
                     where r.rank <= %d""".formatted(tekun));
            s.execute("""
                    insert into paybench_pick (programme, household_id, person_id, in_force)
                    select 'DIBAO', r.id, null, r.rank <= %d from paybench_household r
                     where r.rank > %d and r.rank <= %d""".formatted(tekun + dibao, tekun, tekun + dibao + ended));
            s.execute("drop table paybench_household");
            System.out.printf("Benefits picked: %,d in force (%,d 低保 households, %,d 特困, %,d for people of "
                    + "other programmes) and %,d ended%n", n, dibao, tekun, persons, ended);

            s.execute("""
                    insert into benefit (programme, kind, household_id, person_id, region_code, granted_on, from_month,
                                         to_month, end_reason, created_by, created_at, updated_at, version)
                    select k.programme, 'MONTHLY', k.household_id, k.person_id, h.region_code,
                           k.from_month - 10, k.from_month,
                           case when k.in_force then null else k.from_month + interval '5 months' end,
                           case when k.in_force then null else 'EXIT' end,
                           '%1$s', now(), now(), 0
                      from (select q.*, (date '2020-01-01' + make_interval(months =>
                                           abs(hashtext(coalesce(q.person_id, q.household_id) || ':%2$d')) %% %3$d))::date
                                        as from_month
                              from paybench_pick q) k
                      join household h on h.id = k.household_id
                     where k.in_force or k.from_month + interval '5 months' < date '%4$s'
                     order by k.household_id""".formatted(MARK, seed, months, last));
            s.execute("drop table paybench_pick");
            System.out.printf("%,d benefits inserted%n", single(c, "select count(*) from benefit where created_by = '"
                    + MARK + "'"));
            // amounts in whole yuan, as decided (DOMAIN.md §2.0), by programme; a fifth rose from July 2026
            s.execute("""
                    insert into benefit_amount (benefit_id, from_month, amount, reason, recorded_by, recorded_at)
                    select b.id, b.from_month,
                           case b.programme
                                when 'DIBAO' then 120 + (b.id * 7 %% 43) * 20
                                when 'TEKUN' then 900 + (b.id %% 5) * 60
                                when 'ORPHAN' then 1500 + (b.id %% 3) * 100
                                when 'UNSUPPORTED_CHILD' then 1400 + (b.id %% 3) * 100
                                when 'DISABILITY_LIVING' then 90 + (b.id %% 4) * 10
                                else 100 + (b.id %% 3) * 50 end,
                           'bench', '%s', now()
                      from benefit b where b.created_by = '%1$s'""".formatted(MARK));
            s.execute("""
                    insert into benefit_amount (benefit_id, from_month, amount, reason, recorded_by, recorded_at)
                    select a.benefit_id, date '2026-07-01', a.amount + 30, 'the standard rose', '%s', now()
                      from benefit_amount a join benefit b on b.id = a.benefit_id
                     where b.created_by = '%1$s' and b.to_month is null and b.from_month < date '2026-07-01'
                       and b.id %% 5 = 0""".formatted(MARK));
        }
        long accounts = accounts(c, seed);
        try (Statement s = c.createStatement()) {
            int died = s.executeUpdate("""
                    update person set died_on = date '2026-09-15', version = version + 1
                     where died_on is null and abs(hashtext(id || ':D%d')) %% 1000 = 0
                       and id in (select coalesce(b.person_id, h.id) from benefit b
                                    left join person h on b.person_id is null and h.household_id = b.household_id
                                     and h.relation = 'HEAD'
                                   where b.created_by = '%s')""".formatted(seed, MARK));
            System.out.printf("%,d accounts given to heads, %,d deaths recorded%n", accounts, died);
            s.execute("analyze");
        }
        System.out.printf("Set-up done in %.1f s%n", Bench.secs(t0));
    }

    private static void insertPick(Statement s, String programme, String candidates, long limit) throws SQLException {
        s.execute("""
                insert into paybench_pick (programme, household_id, person_id, in_force)
                select '%s', c.household_id, c.id, true from (%s) c order by c.k limit %d"""
                .formatted(programme, candidates, limit));
    }

    /** Accounts for the heads of the benefits' households that have none (1 % left without), by COPY. */
    static long accounts(Connection c, long seed) throws Exception {
        PiiProtector pii = new PiiProtector(Base64.getDecoder().decode(Bench.env("DOUDI_SECRET_KEY").strip()));
        StringBuilder rows = new StringBuilder();
        long count = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select p.id from person p
                 where p.relation = 'HEAD' and p.bank_account_hash is null
                   and abs(hashtext(p.id || ':A%d')) %% 100 <> 0
                   and exists (select 1 from benefit b where b.household_id = p.household_id
                                  and b.created_by = '%s')""".formatted(seed, MARK))) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String account = "62170" + String.format("%014d", id);
                rows.append(id).append(',').append(BANKS[(int) (id % BANKS.length)]).append(',')
                        .append(pii.encrypt(account)).append(',').append(pii.blindIndex(account)).append(',')
                        .append(Masking.bankAccount(account)).append('\n');
                count++;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table paybench_account (id bigint, bank_name varchar(60), enc varchar(120), "
                    + "hash varchar(64), masked varchar(40))");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy paybench_account from stdin with (format csv)",
                    new StringReader(rows.toString()));
            s.execute("""
                    update person p set bank_name = a.bank_name, bank_account_enc = a.enc, bank_account_hash = a.hash,
                                        bank_account_masked = a.masked, version = p.version + 1
                      from paybench_account a where a.id = p.id""");
            s.execute("drop table paybench_account");
        }
        return count;
    }

    static void describe(Connection c, YearMonth month) throws SQLException {
        String m = month.atDay(1).toString();
        System.out.println("\nBenefits in force in " + month + " by county and programme:");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select substr(b.region_code, 1, 6) as county, b.programme, count(*) as n,
                       sum(a.amount) as amount
                  from benefit b
                  join benefit_amount a on a.benefit_id = b.id
                   and a.from_month = (select max(x.from_month) from benefit_amount x
                                        where x.benefit_id = b.id and x.from_month <= '%1$s')
                 where b.from_month <= '%1$s' and (b.to_month is null or b.to_month >= '%1$s')
                 group by 1, 2 order by 1, 2""".formatted(m))) {
            long total = 0;
            while (rs.next()) {
                System.out.printf("  %s  %-18s %,9d  %,15.2f yuan%n", rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4));
                total += rs.getLong(3);
            }
            System.out.printf("  total %,d%n", total);
        }
    }

    // ---- the timed rounds

    /** County and programme of every payroll of the month: those with a benefit in force. */
    static List<String[]> payrolls(YearMonth month) throws SQLException {
        List<String[]> out = new ArrayList<>();
        String m = month.atDay(1).toString();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select distinct r.code, b.programme from benefit b
                  join region r on r.level = 'COUNTY' and b.region_code between r.code
                   and substr(r.code, 1, 6) || '999999'
                 where b.from_month <= '%1$s' and (b.to_month is null or b.to_month >= '%1$s')
                 order by 1, 2""".formatted(m))) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    record Round(long lines, long payable, double seconds, double wall, int reused) {
    }

    /**
     * One command for every payroll of the round ({@code --county} and {@code --programme} lists): one JVM start,
     * the payrolls one after the other, each in its own transaction, as an operator generates a month.
     */
    static Round round(String title, Path jar, List<String[]> payrolls, YearMonth month) throws Exception {
        List<String> counties = payrolls.stream().map(p -> p[0]).distinct().toList();
        List<String> programmes = payrolls.stream().map(p -> p[1]).distinct().toList();
        if (counties.size() * programmes.size() != payrolls.size()) {
            throw new IllegalStateException("not every county has every programme: " + payrolls.size() + " payrolls");
        }
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "payroll", "generate",
                "--county", String.join(",", counties), "--programme", String.join(",", programmes), "--month",
                month.toString()));
        if (threads > 1) {
            command.addAll(List.of("--threads", Integer.toString(threads)));
        }
        System.out.printf("%n%s — %d payrolls, load average %s%n  $ %s%n", title, payrolls.size(), Bench.loadAverage(),
                String.join(" ", command));
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String url = Bench.env("DOUDI_DB_URL");
        builder.environment().put("DOUDI_DB_URL", url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + MARK);
        Process process = builder.start();
        CpuSampler cpu = new CpuSampler(process.pid());
        cpu.start();
        StringBuilder output = new StringBuilder();
        double jvmAtFirstPayroll = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (jvmAtFirstPayroll < 0 && line.startsWith("Generating the ")) {
                    jvmAtFirstPayroll = cpu.jvm();
                }
                output.append(line).append('\n');
            }
        }
        int exit = process.waitFor();
        double wall = Bench.secs(t0);
        cpu.interrupt();
        cpu.join();
        Files.writeString(Path.of("target", "payroll-bench-" + title.charAt(0) + ".log"), output);
        long lines = 0;
        long payable = 0;
        double seconds = 0;
        int reused = 0;
        int found = 0;
        Matcher m = SUMMARY.matcher(output);
        String[] blocks = output.toString().split("(?=Generating the )");
        for (String block : blocks) {
            Matcher one = SUMMARY.matcher(block);
            if (!one.find()) {
                continue;
            }
            found++;
            boolean again = block.contains("was there already");
            reused += again ? 1 : 0;
            long made = Long.parseLong(one.group(3).replace(",", ""));
            double s = Double.parseDouble(one.group(7));
            lines += again ? 0 : made;
            payable += again ? 0 : Long.parseLong(one.group(4).replace(",", ""));
            seconds += s;
            String head = block.substring(0, block.indexOf('\n'));
            System.out.printf("  %-60s payroll %6s %-16s %,9d lines %,9d held %6.1f s%s%n",
                    head.replace("Generating the ", ""), one.group(1), one.group(2), made,
                    Long.parseLong(one.group(6).replace(",", "")), s, again ? "  (open payroll answered)" : "");
        }
        if (exit != 0 || found != payrolls.size() || !m.find()) {
            throw new IllegalStateException("payroll generate failed (exit " + exit + "):\n" + output);
        }
        Matcher all = ALL.matcher(output);
        double whole = all.find() ? Double.parseDouble(all.group(1)) : seconds;
        System.out.printf("  => %,d new lines in %.1f s as reported by the command for all its payrolls (%,.0f lines/s;"
                        + " the payrolls' own times add up to %.1f s), %.1f s wall with the JVM's start; load average "
                        + "%s%n", lines, whole, whole == 0 ? 0 : lines / whole, seconds, wall, Bench.loadAverage());
        System.out.printf("     CPU used by the payrolls: %.1f s by the command's JVM (after its start, which took %.1f s), "
                + "%.1f s by its PostgreSQL backends%n", cpu.jvm() - jvmAtFirstPayroll, jvmAtFirstPayroll, cpu.database());
        return new Round(lines, payable, whole, wall, reused);
    }

    /**
     * The CPU time of the command's JVM and of the PostgreSQL backends serving it (those of its application name),
     * read from {@code /proc} twice a second: what the work costs whatever else the machine is doing.
     */
    static final class CpuSampler extends Thread {

        private final long jvmPid;
        private final Map<Long, Double> backends = new ConcurrentHashMap<>();
        private volatile double jvm;

        CpuSampler(long jvmPid) {
            this.jvmPid = jvmPid;
            setDaemon(true);
        }

        double jvm() {
            sample();
            return jvm;
        }

        double database() {
            return backends.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        @Override
        public void run() {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                while (!isInterrupted()) {
                    sample();
                    try (ResultSet rs = s.executeQuery("select pid from pg_stat_activity where application_name = '"
                            + MARK + "'")) {
                        while (rs.next()) {
                            long pid = rs.getLong(1);
                            double used = cpuSeconds(pid);
                            if (used >= 0) {
                                backends.merge(pid, used, Math::max);
                            }
                        }
                    }
                    Thread.sleep(500);
                }
            } catch (InterruptedException | SQLException stopped) {
                // the command is done
            }
        }

        private void sample() {
            double used = cpuSeconds(jvmPid);
            if (used > jvm) {
                jvm = used;
            }
        }

        /** User and system time of a process, in seconds; -1 once it is gone. */
        static double cpuSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ
            } catch (Exception gone) {
                return -1;
            }
        }
    }

    /** What the month's payrolls hold: all their lines, the live ones, and the benefits with a line. */
    record Claims(long lines, long live, long benefits) {
    }

    /** Every benefit in force has a line for the month, and no claim has two live ones. */
    static Claims check(YearMonth month) throws SQLException {
        String m = month.atDay(1).toString();
        try (Connection c = connect()) {
            long twice = single(c, "select count(*) from (select claim, claim_id from payroll_line where for_month = '"
                    + m + "' and live = 1 group by claim, claim_id having count(*) > 1) x");
            long inForce = single(c, "select count(*) from benefit where from_month <= '" + m
                    + "' and (to_month is null or to_month >= '" + m + "')");
            long lines = single(c, "select count(*) from payroll_line l join payroll p on p.id = l.payroll_id "
                    + "where p.pay_month = '" + m + "'");
            long live = single(c, "select count(*) from payroll_line where for_month = '" + m + "' and live = 1");
            long benefits = single(c, "select count(distinct claim_id) from payroll_line where claim = 'BENEFIT' "
                    + "and for_month = '" + m + "'");
            System.out.printf("  check: %,d benefits in force, %,d with a line for %s (%,d to pay), %,d lines in the "
                    + "month's payrolls, %,d claims paid twice%n", inForce, benefits, month, live, lines, twice);
            if (twice != 0 || benefits != inForce) {
                throw new AssertionError("the month's lines are not one per benefit in force");
            }
            return new Claims(lines, live, benefits);
        }
    }

    // ---- plumbing

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(Bench.env("DOUDI_DB_URL"), Bench.env("DOUDI_DB_USER"),
                System.getenv("DOUDI_DB_PASSWORD"));
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

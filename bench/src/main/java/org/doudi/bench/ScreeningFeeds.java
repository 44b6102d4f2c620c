package org.doudi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.doudi.registry.IdNumber;
import org.doudi.shared.pii.PiiProtector;

/**
 * The five department feeds of the screening benchmark, 1,000,000 rows each by default, written as the CSV files
 * the departments send (the layouts of docs/feeds/) and imported through the real import. Seeded: the same
 * registry and seed give the same files, byte for byte. Each feed is partly about registered people — their ID
 * numbers decrypted from the registry with the application's key, their names as registered — at the rates
 * below, and the rest about strangers (ID numbers issued in 990199, a county the registry does not have, so they
 * never match):
 * <ul>
 * <li>deaths: about 1.2 % of registered people died in the last three years (more of the old), a DEATH row and
 *     mostly a CREMATION row each; the registry itself records no death, so only the feed tells;</li>
 * <li>medical: 80 % of the settlements are about registered people (the old more often), January 2025 to
 *     November 2026; a quarter inpatient with bills of 1,500–61,500 yuan (most near the low end), 5–40 % of it
 *     left to the patient;</li>
 * <li>disability: every certificate the registry knows (same kind, grade and dates), an earlier less severe one for
 *     30 % of them, and new certificates of the last 120 days — for 2 % of the people of low-income households
 *     (categories 低保, 特困, 低保边缘, monitored) and 0.2 % of the others;</li>
 * <li>vehicles: 45 % of the registrations are about registered adults (people of 低保 households five times less
 *     often), 55 % of them since deregistered, a fifth exempt types;</li>
 * <li>unemployment: half the registrations are about registered people aged 16–64 at the time, since 2015, three
 *     quarters ended.</li>
 * </ul>
 */
final class ScreeningFeeds {

    static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    static final String STRANGERS_REGION = "990199";
    static final List<String> TYPES = List.of("deaths", "medical", "disability", "vehicles", "unemployment");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"建国", "秀英", "伟", "芳", "强", "敏", "军", "丽", "磊", "静", "桂兰", "志强"};
    private static final String[] HOSPITALS = {"示范市人民医院", "青山县人民医院", "河口县中医院", "青山镇卫生院", "东城区社区卫生服务中心"};
    private static final String[] FUNERAL = {"青山县殡仪馆", "河口县殡仪馆", "示范市殡仪馆", "青山镇派出所", "示范市人民医院"};
    private static final String[] OFFICES = {"青山县就业服务中心", "河口县就业服务中心", "东城区就业服务中心"};
    private static final String[] KINDS = {"PHYSICAL", "VISUAL", "HEARING", "SPEECH", "INTELLECTUAL", "MENTAL", "MULTIPLE"};

    /** A registered person as the feeds need them. */
    record Person(long id, String idNumber, String name, LocalDate born, boolean lowIncome, boolean dibao) {
    }

    /** A disability the registry records, to be sent again by the disabled persons' federation. */
    record Certificate(int person, String kind, int grade, LocalDate from, LocalDate to) {
    }

    private final List<Person> people;
    private final List<Certificate> certificates;
    private final long seed;
    private final int rows;
    private int strangers;
    private final Set<String> usedStrangers = new HashSet<>();

    private ScreeningFeeds(List<Person> people, List<Certificate> certificates, long seed, int rows) {
        this.people = people;
        this.certificates = certificates;
        this.seed = seed;
        this.rows = rows;
    }

    /** Reads the registry (every person, ID numbers decrypted with the application's key) and its disabilities. */
    static ScreeningFeeds read(Connection c, String secretKey, long seed, int rows) throws Exception {
        PiiProtector pii = new PiiProtector(Base64.getDecoder().decode(secretKey.strip()));
        List<Person> people = new ArrayList<>(3_000_000);
        java.util.Map<Long, Integer> index = new java.util.HashMap<>(4_000_000);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.setFetchSize(20_000);
            try (ResultSet rs = s.executeQuery("""
                    select p.id, p.id_number_enc, p.name, p.birth_date,
                           exists (select 1 from household_tag t where t.household_id = p.household_id
                                    and t.kind = 'CATEGORY' and t.code in ('DIBAO', 'TEKUN', 'DIBAO_MARGINAL', 'MONITORED')),
                           exists (select 1 from household_tag t where t.household_id = p.household_id
                                    and t.kind = 'CATEGORY' and t.code = 'DIBAO')
                      from person p order by p.id""")) {
                while (rs.next()) {
                    index.put(rs.getLong(1), people.size());
                    people.add(new Person(rs.getLong(1), pii.decrypt(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getBoolean(6)));
                }
            }
            List<Certificate> certificates = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select person_id, kind, grade, valid_from, valid_to from disability order by person_id, valid_from, id""")) {
                while (rs.next()) {
                    Integer at = index.get(rs.getLong(1));
                    if (at != null) {
                        certificates.add(new Certificate(at, rs.getString(2), rs.getInt(3),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                    }
                }
            }
            c.commit();
            return new ScreeningFeeds(people, certificates, seed, rows);
        } finally {
            c.setAutoCommit(true);
        }
    }

    int people() {
        return people.size();
    }

    /** Writes the five files into {@code dir}; answers them by feed type. */
    List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (String type : TYPES) {
            Path file = dir.resolve(type + "-" + rows + "-" + seed + ".csv");
            List<String> lines = switch (type) {
                case "deaths" -> deaths(new Random(seed * 31 + 1));
                case "medical" -> medical(new Random(seed * 31 + 2));
                case "disability" -> disability(new Random(seed * 31 + 3));
                case "vehicles" -> vehicles(new Random(seed * 31 + 4));
                case "unemployment" -> unemployment(new Random(seed * 31 + 5));
                default -> throw new IllegalArgumentException(type);
            };
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(header(type));
                out.write('\n');
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            files.add(file);
        }
        return files;
    }

    static String header(String type) {
        return switch (type) {
            case "deaths" -> "id_number,name,event,date,certificate_no,recorded_by";
            case "medical" -> "id_number,name,settlement_no,settled_on,visit,total_cost,in_policy_self_pay,hospital";
            case "disability" -> "id_number,name,certificate_no,kind,grade,issued_on,valid_to";
            case "vehicles" -> "id_number,name,plate_no,vehicle_type,registered_on,deregistered_on,value";
            case "unemployment" -> "id_number,name,registered_on,ended_on,benefit_monthly,office";
            default -> throw new IllegalArgumentException(type);
        };
    }

    private List<String> deaths(Random r) {
        List<String> out = new ArrayList<>(rows);
        LocalDate first = LAST.minusYears(3);
        for (Person p : people) {
            int age = age(p.born(), LAST);
            double chance = 0.002 + 0.03 * Math.max(0, age - 55) / 45.0;
            if (r.nextDouble() >= chance || out.size() >= rows - 1) {
                continue;
            }
            LocalDate died = between(r, p.born().isAfter(first) ? p.born() : first, LAST);
            out.add(line(p.idNumber(), p.name(), "DEATH", died, "SW" + seed + "-" + out.size(),
                    FUNERAL[r.nextInt(FUNERAL.length)]));
            if (r.nextDouble() < 0.8) {
                LocalDate cremated = min(died.plusDays(r.nextInt(4)), LAST);
                out.add(line(p.idNumber(), p.name(), "CREMATION", cremated, "HZ" + seed + "-" + out.size(),
                        FUNERAL[r.nextInt(2)]));
            }
        }
        while (out.size() < rows) {
            LocalDate born = LocalDate.of(1915, 1, 1).plusDays(r.nextInt(30_000));
            String id = stranger(born);
            String name = name(r);
            LocalDate died = between(r, max(born, LocalDate.of(2000, 1, 1)), LAST);
            out.add(line(id, name, "DEATH", died, "SW" + seed + "-" + out.size(), FUNERAL[r.nextInt(FUNERAL.length)]));
            if (out.size() < rows) {
                out.add(line(id, name, "CREMATION", min(died.plusDays(r.nextInt(4)), LAST), "HZ" + seed + "-" + out.size(),
                        FUNERAL[r.nextInt(2)]));
            }
        }
        Collections.shuffle(out, r);
        return out;
    }

    private List<String> medical(Random r) {
        List<String> out = new ArrayList<>(rows);
        LocalDate first = LocalDate.of(2025, 1, 1);
        String[] visits = {"INPATIENT", "OUTPATIENT", "CHRONIC_OUTPATIENT"};
        for (int i = 0; i < rows; i++) {
            Subject s = r.nextDouble() < 0.8
                    ? registered(r, p -> r.nextDouble() > 0.3 + age(p.born(), LAST) / 100.0)
                    : stranger(r, LocalDate.of(1930, 1, 1), 33_000);
            LocalDate settled = between(r, max(s.born(), first), LAST);
            double v = r.nextDouble();
            String visit = v < 0.25 ? visits[0] : v < 0.8 ? visits[1] : visits[2];
            long totalFen = switch (visit) {
                case "INPATIENT" -> 150_000 + (long) (Math.pow(r.nextDouble(), 4) * 6_000_000);
                case "OUTPATIENT" -> 5_000 + (long) (r.nextDouble() * 75_000);
                default -> 20_000 + (long) (r.nextDouble() * 280_000);
            };
            long selfFen = (long) (totalFen * (0.05 + r.nextDouble() * 0.35));
            out.add(line(s.id(), s.name(), "JS" + seed + "-" + i, settled, visit, yuan(totalFen), yuan(selfFen),
                    HOSPITALS[r.nextInt(HOSPITALS.length)]));
        }
        return out;
    }

    private List<String> disability(Random r) {
        List<String> out = new ArrayList<>(rows);
        for (Certificate c : certificates) {
            Person p = people.get(c.person());
            if (r.nextDouble() < 0.3 && c.grade() < 4) {
                // the certificate this one replaced: less severe, ended the day before
                LocalDate earlier = c.from().minusDays(365 + r.nextInt(3000));
                if (!earlier.isBefore(p.born())) {
                    out.add(line(p.idNumber(), p.name(), "C" + seed + "-" + out.size(), c.kind(), c.grade() + 1,
                            earlier, c.from().minusDays(1)));
                }
            }
            out.add(line(p.idNumber(), p.name(), "C" + seed + "-" + out.size(), c.kind(), c.grade(), c.from(), c.to()));
        }
        LocalDate recent = LAST.minusDays(120);
        for (Person p : people) {
            if (r.nextDouble() < (p.lowIncome() ? 0.02 : 0.002) && !p.born().isAfter(recent)) {
                double g = r.nextDouble();
                int grade = g < 0.15 ? 1 : g < 0.4 ? 2 : g < 0.7 ? 3 : 4;
                out.add(line(p.idNumber(), p.name(), "C" + seed + "-" + out.size(), KINDS[r.nextInt(KINDS.length)], grade,
                        between(r, recent, LAST), null));
            }
        }
        while (out.size() < rows) {
            LocalDate born = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(33_000));
            LocalDate issued = between(r, max(born, LocalDate.of(2008, 1, 1)), LAST);
            LocalDate to = r.nextDouble() < 0.3 ? min(issued.plusYears(10), LAST) : null;
            out.add(line(stranger(born), name(r), "C" + seed + "-" + out.size(), KINDS[r.nextInt(KINDS.length)],
                    1 + r.nextInt(4), issued, to));
        }
        Collections.shuffle(out, r);
        return out;
    }

    private List<String> vehicles(Random r) {
        List<String> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Subject s = r.nextDouble() < 0.45
                    ? registered(r, p -> age(p.born(), LAST) < 20 || (p.dibao() && r.nextDouble() < 0.8))
                    : stranger(r, LocalDate.of(1940, 1, 1), 22_000);
            LocalDate registered = between(r, max(s.born().plusYears(18), LocalDate.of(1995, 1, 1)), LAST);
            LocalDate deregistered = r.nextDouble() < 0.55 ? between(r, registered, LAST) : null;
            double t = r.nextDouble();
            String type = t < 0.5 ? "CAR" : t < 0.7 ? "MOTORCYCLE_2W" : t < 0.8 ? "MOTORCYCLE_3W" : t < 0.88 ? "TRUCK"
                    : t < 0.95 ? "FARM_MACHINERY" : t < 0.97 ? "DISABILITY_VEHICLE" : t < 0.99 ? "BUS" : "OTHER";
            String value = r.nextDouble() < 0.6 ? yuan(300_000 + (long) (r.nextDouble() * 30_000_000)) : null;
            out.add(line(s.id(), s.name(), "示" + (char) ('A' + r.nextInt(8)) + String.format("%06d", i), type, registered,
                    deregistered, value));
        }
        return out;
    }

    private List<String> unemployment(Random r) {
        List<String> out = new ArrayList<>(rows);
        Set<Long> seen = new HashSet<>();
        LocalDate first = LocalDate.of(2015, 1, 1);
        while (out.size() < rows) {
            String id;
            String name;
            LocalDate registered;
            if (r.nextDouble() < 0.5) {
                int at = r.nextInt(people.size());
                Person p = people.get(at);
                LocalDate from = max(first, p.born().plusYears(16));
                LocalDate to = min(LAST, p.born().plusYears(65));
                if (to.isBefore(from)) {
                    continue;
                }
                registered = between(r, from, to);
                if (!seen.add((long) at << 20 | registered.toEpochDay())) {
                    continue;
                }
                id = p.idNumber();
                name = p.name();
            } else {
                LocalDate born = LocalDate.of(1962, 1, 1).plusDays(r.nextInt(16_000));
                registered = between(r, max(first, born.plusYears(16)), LAST);
                id = stranger(born);
                name = name(r);
            }
            LocalDate ended = r.nextDouble() < 0.75 ? between(r, registered, LAST) : null;
            String benefit = r.nextDouble() < 0.4 ? yuan(120_000 + r.nextInt(60_000)) : null;
            out.add(line(id, name, registered, ended, benefit, OFFICES[r.nextInt(OFFICES.length)]));
        }
        return out;
    }

    /**
     * A new stranger's ID number, never a registered person's (issued in a county the registry does not have) and
     * never another stranger's: the next free sequence number of the birth date (or of the days after it).
     */
    private String stranger(LocalDate born) {
        int n = strangers++ % 1000;
        LocalDate day = born;
        while (true) {
            for (int i = 0; i < 1000; i++) {
                String id = IdNumber.compose(STRANGERS_REGION, day, (n + i) % 1000).value();
                if (usedStrangers.add(id)) {
                    return id;
                }
            }
            day = day.plusDays(1);
        }
    }

    /** Whom a row is about: a registered person, or a stranger with an ID number of a county the registry lacks. */
    private record Subject(String id, String name, LocalDate born) {
    }

    /** A registered person drawn at random, drawn again while {@code again} holds (which may draw from r too). */
    private Subject registered(Random r, java.util.function.Predicate<Person> again) {
        Person p;
        do {
            p = people.get(r.nextInt(people.size()));
        } while (again.test(p));
        return new Subject(p.idNumber(), p.name(), p.born());
    }

    /** A stranger born within {@code days} after {@code from}, with a name. */
    private Subject stranger(Random r, LocalDate from, int days) {
        LocalDate born = from.plusDays(r.nextInt(days));
        String id = stranger(born);
        return new Subject(id, name(r), born);
    }

    private static String name(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    private static String line(Object... cells) {
        StringBuilder b = new StringBuilder(120);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (cells[i] != null) {
                b.append(cells[i]);
            }
        }
        return b.toString();
    }

    private static LocalDate between(Random r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays((long) (r.nextDouble() * (days + 1)));
    }

    private static int age(LocalDate born, LocalDate on) {
        return java.time.Period.between(born, on).getYears();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + (fen % 100 < 10 ? "0" : "") + fen % 100;
    }
}

package org.doudi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The processor time a child process and the PostgreSQL backends serving it used, sampled from /proc twice a
 * second while it runs (Linux): on a machine shared with other work the wall-clock time says how long it took
 * here and now, the processor time what it costs. A backend's last sample counts (one that ends between two
 * samples loses at most half a second of its time); the sampler's own backend is left out.
 */
final class CpuSampler implements AutoCloseable {

    private static final double TICK = 100.0; // USER_HZ on Linux

    private final Connection connection;
    private final Map<Long, Double> backends = new HashMap<>();
    private final Thread thread;
    private volatile boolean stop;
    private volatile long childPid = -1;
    private volatile double child;

    CpuSampler(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::loop, "cpu-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void watch(Process process) {
        childPid = process.pid();
    }

    private void loop() {
        while (!stop) {
            try {
                Map<Long, Double> now = backends(connection);
                synchronized (backends) {
                    now.forEach((pid, t) -> backends.merge(pid, t, Math::max));
                }
                if (childPid > 0) {
                    double t = cpu(childPid);
                    child = Math.max(child, t);
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // a backend that ended while being read: the next sample goes on
            }
        }
    }

    /** The processor time of each PostgreSQL backend of this database now (not this connection's). */
    static Map<Long, Double> backends(Connection c) throws Exception {
        Map<Long, Double> cpu = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                double t = cpu(rs.getLong(1));
                if (t >= 0) {
                    cpu.put(rs.getLong(1), t);
                }
            }
        }
        return cpu;
    }

    /** The processor time the backends in {@code now} used since {@code then} (a backend new since counts whole). */
    static double sinceThen(Map<Long, Double> now, Map<Long, Double> then) {
        return now.entrySet().stream().mapToDouble(e -> e.getValue() - then.getOrDefault(e.getKey(), 0.0)).sum();
    }

    /** User and system time of a process in seconds; -1 when it is gone. */
    static double cpu(long pid) {
        return cpu(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static double cpu(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICK;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * The processor time of a process's threads so far, summed by the thread's name without its number (all of
     * "http-nio-18931-exec-3" and "-exec-7" as one; the kernel keeps the first 15 characters of a name).
     */
    static Map<String, Double> threads(long pid) {
        Map<String, Double> cpu = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[-#\\d ]+$", "");
                    double t = cpu(task.resolve("stat"));
                    if (t >= 0) {
                        cpu.merge(name, t, Double::sum);
                    }
                } catch (Exception e) {
                    // a thread that ended while being read
                }
            });
        } catch (Exception e) {
            // the process is gone
        }
        return cpu;
    }

    /** The threads that used a tenth of a second or more since {@code then}, most first: "feed-check 9.1 s, …". */
    static String threadsSince(Map<String, Double> now, Map<String, Double> then) {
        StringBuilder out = new StringBuilder();
        now.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - then.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.1).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", e.getKey(),
                        e.getValue())));
        return out.toString();
    }

    /** The whole machine's processor time so far, from /proc/stat: busy (every process and the kernel) and stolen. */
    record Machine(double busy, double stolen) {

        static Machine now() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal
                double busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                        + Long.parseLong(f[6]) + Long.parseLong(f[7]);
                return new Machine(busy / TICK, Long.parseLong(f[8]) / TICK);
            } catch (Exception e) {
                return new Machine(-1, -1);
            }
        }

        Machine since(Machine then) {
            return new Machine(busy - then.busy, stolen - then.stolen);
        }
    }

    /** What was used: "the JVM x s, PostgreSQL y s". */
    String summary() {
        double pg;
        synchronized (backends) {
            pg = backends.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        return String.format("processor time: the JVM %.1f s, PostgreSQL's backends %.1f s", child, pg);
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join();
    }
}

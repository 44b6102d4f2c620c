package org.doudi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every benchmark here needs: its settings from the environment, seconds, and the machine's load. */
final class Bench {

    private Bench() {
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set (see docs/PERFORMANCE.md)");
        }
        return v;
    }

    /** The load average of the last minute, five and fifteen, as uptime says it: every figure is given with it. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}

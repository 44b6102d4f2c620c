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

    /**
     * {@code java}, the JVM options in the environment variable {@code optionsVariable} (the benchmarks pass
     * {@code -XX:+UseParallelGC} this way, docs/PERFORMANCE.md), then {@code args}.
     */
    static java.util.List<String> java(String optionsVariable, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("java"));
        String options = System.getenv(optionsVariable);
        if (options != null && !options.isBlank()) {
            command.addAll(java.util.List.of(options.strip().split("\\s+")));
        }
        command.addAll(java.util.List.of(args));
        return command;
    }
}

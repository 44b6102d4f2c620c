package org.doudi.demo;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.doudi.registry.GenerationProgress;

/**
 * The command line's progress line: households done of the total, the rate since the start and the
 * time left. On a terminal the line is redrawn in place; into a file or pipe a new line is printed
 * every few seconds, so logs stay readable.
 */
final class ProgressLine implements GenerationProgress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean inPlace;
    private final LongSupplier nanoTime;
    private long startNanos = -1;
    private long startDone;
    private long lastPrinted = Long.MIN_VALUE;

    ProgressLine(PrintStream out, boolean inPlace, LongSupplier nanoTime) {
        this.out = out;
        this.inPlace = inPlace;
        this.nanoTime = nanoTime;
    }

    @Override
    public void households(long done, long total) {
        long now = nanoTime.getAsLong();
        if (startNanos < 0) {
            startNanos = now;
            startDone = done;
        }
        boolean finished = done >= total;
        if (!inPlace && !finished && lastPrinted != Long.MIN_VALUE && now - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = now;
        String line = line(done, total, now - startNanos, done - startDone);
        if (inPlace) {
            out.print("\r" + line + (finished ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** e.g. {@code 412,000 / 1,000,000 households  41.2%  8,532/s  ETA 1m 09s}. */
    static String line(long done, long total, long elapsedNanos, long doneSinceStart) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? doneSinceStart / seconds : 0;
        String eta = rate > 0 ? duration((long) Math.ceil((total - done) / rate)) : "–";
        return String.format("%,d / %,d households  %5.1f%%  %,.0f/s  ETA %s   ", done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, eta);
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format("%dm %02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}

package org.doudi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void theLineShowsDoneOfTotalTheRateAndTheTimeLeft() {
        assertThat(ProgressLine.line(412_000, 1_000_000, 50_000_000_000L, 412_000))
                .startsWith("412,000 / 1,000,000 households   41.2%  8,240/s  ETA 1m 12s");
        assertThat(ProgressLine.duration(3725)).isEqualTo("1h 02m");
        assertThat(ProgressLine.duration(42)).isEqualTo("42s");
    }

    @Test
    void theRateCountsOnlyWhatThisRunDidNotWhatAnEarlierRunLeft() {
        assertThat(ProgressLine.line(600_000, 1_000_000, 10_000_000_000L, 100_000)).contains("10,000/s").contains("ETA 40s");
    }

    @Test
    void intoAFileALineIsPrintedEveryFewSecondsAndAtTheEnd() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, now::get);

        for (int done = 0; done <= 10_000; done += 1000) {
            progress.households(done, 10_000);
            now.addAndGet(1_000_000_000L);
        }

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("0 / 10,000");
        assertThat(lines[1]).startsWith("5,000 / 10,000");
        assertThat(lines[2]).startsWith("10,000 / 10,000").contains("100.0%");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, now::get);

        progress.households(0, 2000);
        now.addAndGet(1_000_000_000L);
        progress.households(1000, 2000);
        now.addAndGet(1_000_000_000L);
        progress.households(2000, 2000);

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r0 / 2,000").contains("\r1,000 / 2,000").endsWith("\n");
        assertThat(out.chars().filter(c -> c == '\n')).hasSize(1);
    }
}

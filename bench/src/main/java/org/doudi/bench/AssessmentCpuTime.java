package org.doudi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Calculator;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.ParameterSnapshot;

/**
 * The same work as {@link AssessmentBenchmark}, timed by the CPU time of the one thread that does it,
 * so that the figure means "per core" even when other processes share the machine (JMH's wall-clock
 * figure does not). Run: {@code java -cp target/benchmarks.jar org.doudi.bench.AssessmentCpuTime}.
 */
public final class AssessmentCpuTime {

    public static void main(String[] args) throws Exception {
        measure(8, true);
    }

    /**
     * The machine's speed now, as a yardstick for figures measured next to it: the median of five rounds after
     * three of warming up, in assessments per CPU-second. The same host gave 1.6 times as many in one quarter of
     * an hour as in the next (docs/PERFORMANCE.md), so a figure is comparable only with its yardstick.
     */
    static double yardstick() throws IOException {
        return measure(8, false);
    }

    private static double measure(int rounds, boolean print) throws IOException {
        List<AssessmentRequest> households = HouseholdMix.generate(10_000, 42);
        Map<String, ParameterSnapshot> snapshots = new HashMap<>();
        var entries = AssessmentBenchmark.demoParameters();
        for (String region : HouseholdMix.REGIONS) {
            snapshots.put(region, ParameterResolution.snapshot(entries, region, HouseholdMix.AS_OF));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            int n = 0;
            for (int pass = 0; pass < 20; pass++) {
                for (AssessmentRequest h : households) {
                    sink += Calculator.assess(h, snapshots.get(h.regionCode())).results().size();
                    n++;
                }
            }
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            if (round >= 3) {
                rates.add(n / seconds);
            }
            if (print) {
                System.out.printf("%s %d: %,.0f assessments per CPU-second (%,d in %.2f s of CPU)%n",
                        round < 3 ? "warm-up" : "round", round, n / seconds, n, seconds);
            }
        }
        if (print) {
            System.out.println("(checksum " + sink + ")");
        }
        Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }
}

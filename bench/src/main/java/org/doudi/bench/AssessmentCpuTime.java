package org.doudi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        List<AssessmentRequest> households = HouseholdMix.generate(10_000, 42);
        Map<String, ParameterSnapshot> snapshots = new HashMap<>();
        var entries = AssessmentBenchmark.demoParameters();
        for (String region : HouseholdMix.REGIONS) {
            snapshots.put(region, ParameterResolution.snapshot(entries, region, HouseholdMix.AS_OF));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 8; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            int n = 0;
            for (int pass = 0; pass < 20; pass++) {
                for (AssessmentRequest h : households) {
                    sink += Calculator.assess(h, snapshots.get(h.regionCode())).results().size();
                    n++;
                }
            }
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf("%s %d: %,.0f assessments per CPU-second (%,d in %.2f s of CPU)%n",
                    round < 3 ? "warm-up" : "round", round, n / seconds, n, seconds);
        }
        System.out.println("(checksum " + sink + ")");
    }
}

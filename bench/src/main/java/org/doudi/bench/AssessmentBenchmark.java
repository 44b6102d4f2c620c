package org.doudi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Calculator;
import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.ParameterSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Household assessments per second on one core: a seeded mix of 10,000 households, parameters resolved
 * once per (region, date) as the screening run does, every programme assessed with its trace.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AssessmentBenchmark {

    private List<AssessmentRequest> households;
    private Map<String, ParameterSnapshot> snapshots;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        households = HouseholdMix.generate(10_000, 42);
        List<ParameterEntry> entries = demoParameters();
        snapshots = new HashMap<>();
        for (String region : HouseholdMix.REGIONS) {
            snapshots.put(region, ParameterResolution.snapshot(entries, region, HouseholdMix.AS_OF));
        }
    }

    @Benchmark
    public Assessment assessOneHousehold() {
        AssessmentRequest h = households.get(next);
        next = next + 1 == households.size() ? 0 : next + 1;
        return Calculator.assess(h, snapshots.get(h.regionCode()));
    }

    static List<ParameterEntry> demoParameters() throws IOException {
        try (InputStream in = AssessmentBenchmark.class.getResourceAsStream("/policy/demo-parameters.yaml")) {
            if (in == null) {
                throw new IllegalStateException("policy/demo-parameters.yaml is not on the class path");
            }
            return ParameterFile.read(in).entries();
        }
    }
}

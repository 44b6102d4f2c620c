package org.doudi.monitoring.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Test classpath only: kills the thread of the next screening run after its chunk {@code n} committed, as a
 * process killed between two chunks would stop — nothing marks the run failed, its heartbeat just stops.
 */
@Component
public class CrashAfterChunk implements RunObserver {

    /** What a killed process leaves behind: not an exception the runner could catch and record. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash(long runId) {
            super("simulated crash of run " + runId);
        }
    }

    private static final AtomicInteger ARMED = new AtomicInteger();

    /** The next run that commits chunk {@code n} dies right after it. */
    public static void arm(int n) {
        ARMED.set(n);
    }

    @Override
    public void chunkCommitted(RunStore.RunRow run) {
        int n = ARMED.get();
        if (n > 0 && run.chunksDone() == n && ARMED.compareAndSet(n, 0)) {
            throw new SimulatedCrash(run.id());
        }
    }
}

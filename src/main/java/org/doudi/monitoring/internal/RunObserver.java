package org.doudi.monitoring.internal;

/** Told after each chunk of a run commits (progress lines, and the tests that stop a run between chunks). */
interface RunObserver {

    void chunkCommitted(RunStore.RunRow run);
}

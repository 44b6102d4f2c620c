package org.doudi.policy.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.doudi.policy.ParameterApproved;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The approved entries (a few hundred rows) held in memory and resolved through a
 * {@link SnapshotCache}. An approval replaces the cache once its transaction has committed. A
 * reload that raced with an approval is not kept (the generation tells), so a stale set of entries
 * never outlives the approval that made it stale.
 */
@Component
class ApprovedParameters implements PolicyParameters {

    private final ParameterStore store;
    private long generation;
    private volatile SnapshotCache cache;

    ApprovedParameters(ParameterStore store) {
        this.store = store;
    }

    @Override
    public Optional<ResolvedParameter> resolve(String name, String regionCode, LocalDate date) {
        return snapshot(regionCode, date).find(name);
    }

    @Override
    public ParameterSnapshot snapshot(String regionCode, LocalDate date) {
        return cache().snapshot(regionCode, date);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void approved(ParameterApproved event) {
        invalidate();
    }

    synchronized void invalidate() {
        generation++;
        cache = null;
    }

    private SnapshotCache cache() {
        SnapshotCache current = cache;
        if (current != null) {
            return current;
        }
        long loadingGeneration;
        synchronized (this) {
            loadingGeneration = generation;
        }
        SnapshotCache loaded = new SnapshotCache(store.approvedEntries());
        synchronized (this) {
            if (generation == loadingGeneration) {
                cache = loaded;
            }
        }
        return loaded;
    }
}

package org.doudi.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.doudi.registry.Households;
import org.doudi.registry.PersonLocation;

/**
 * Locates a file's people in the registry on a thread of its own while the file is still being checked: the
 * database answers one batch of blind indexes while the next rows are validated, so the two costs overlap
 * instead of adding up (docs/PERFORMANCE.md, "Feed import"). Read-only and outside any transaction; if the file
 * is then rejected, the answers are simply dropped. Close it to stop the thread.
 */
final class Locating implements Consumer<List<String>>, AutoCloseable {

    private final Households households;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "feed-locate");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<List<PersonLocation>>> answers = new ArrayList<>();

    Locating(Households households) {
        this.households = households;
    }

    @Override
    public void accept(List<String> idHashes) {
        answers.add(thread.submit(() -> households.locate(idHashes)));
    }

    /** Waits for every batch; the registered people by blind index. */
    Map<String, PersonLocation> matches(int expected) {
        Map<String, PersonLocation> matches = new HashMap<>(Math.max(16, expected * 2));
        try {
            for (Future<List<PersonLocation>> answer : answers) {
                answer.get().forEach(p -> matches.put(p.idNumberHash(), p));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while locating the file's people", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return matches;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

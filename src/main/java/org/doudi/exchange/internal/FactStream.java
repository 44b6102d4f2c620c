package org.doudi.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.doudi.registry.PersonLocation;

/**
 * The good rows of a file on their way into {@code feed_fact} while the rest of the file is still being checked,
 * so that checking (Java) and storing (the database) overlap instead of adding up (docs/PERFORMANCE.md, "Feed
 * import"). The checking thread hands rows over one by one; every {@value #BATCH} rows, a matching thread of its
 * own locates their people in the registry and looks up the rows already stored by digest, and the new rows —
 * each once, however often the file repeats it — go with their match onto a short queue, from which the
 * import's transaction writes them. Three threads, each a stage: checking, matching, writing.
 * <p>
 * When the whole file is to be refused at its first bad row, the rows stop flowing from that row on (checking
 * goes on, to report every problem) and the import rolls back what was written. The counts are exact because
 * the unique index refuses any row that another import stored in the meantime, and the import fails as a whole.
 */
final class FactStream implements FileCheck.Sink {

    static final int BATCH = 10_000;

    /** A row to store and the registered person it is about (null: nobody registered has the ID number). */
    record NewFact(FactRow row, PersonLocation match) {
    }

    private static final List<NewFact> END = List.of();

    private final Function<Collection<String>, List<PersonLocation>> locate;
    private final Function<Collection<UUID>, Set<UUID>> stored;
    private final boolean stopAtFirstBad;
    private final boolean optimistic;
    private boolean checkStored = true;
    private final BlockingQueue<List<NewFact>> queue = new ArrayBlockingQueue<>(4);
    /** Every ID number's blind index asked about, with the person it located. */
    private final KnownPeople known = new KnownPeople(1 << 16);
    private final DigestSet seen = new DigestSet(1 << 16);
    private final ExecutorService matching = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "feed-match");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore ahead = new Semaphore(3);
    private volatile RuntimeException failure;
    private List<FactRow> batch = new ArrayList<>(BATCH);
    private boolean stopped;
    private volatile boolean cancelled;
    private int sent;
    private int unmatched;
    private long checkingWaited;
    private long writingWaited;

    /**
     * @param locate the registered people among these blind indexes
     * @param stored which of these row digests {@code feed_fact} holds already
     * @param stopAtFirstBad the mode refuses the whole file at a bad row
     * @param optimistic when none of the first batch's rows is stored yet, the later batches are not looked up:
     *                   a new file is new all through (one lookup per row saved), and should a later row be stored
     *                   after all, the unique index refuses the {@code COPY} and the import is tried again with
     *                   every batch looked up
     */
    FactStream(Function<Collection<String>, List<PersonLocation>> locate, Function<Collection<UUID>, Set<UUID>> stored,
               boolean stopAtFirstBad, boolean optimistic) {
        this.locate = locate;
        this.stored = stored;
        this.stopAtFirstBad = stopAtFirstBad;
        this.optimistic = optimistic;
    }

    // --- the checking thread

    @Override
    public void good(FactRow row) {
        if (cancelled) {
            throw new CancellationException("the import stopped writing");
        }
        if (failure != null) {
            throw failure;
        }
        if (stopped) {
            return;
        }
        batch.add(row);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void bad() {
        stopped |= stopAtFirstBad;
    }

    /**
     * The file is read to its end (or could not be read): nothing more will come. Always called, last, on the
     * checking thread; waits for the last batches to be matched, and fails if matching one failed.
     */
    void end() {
        try {
            if (!stopped) {
                flush();
            }
        } finally {
            matching.execute(() -> put(END));
            matching.shutdown();
        }
        try {
            while (!matching.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    matching.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the last rows were matched");
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Hands the batch to the matching thread, at most a few batches ahead of it. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<FactRow> rows = batch;
        batch = new ArrayList<>(BATCH);
        try {
            ahead.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the file was checked");
        }
        matching.execute(() -> {
            try {
                if (failure == null && !cancelled) {
                    match(rows);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                ahead.release();
            }
        });
    }

    /** On the matching thread: locates the batch's new people, leaves out the rows stored or seen, queues the rest. */
    private void match(List<FactRow> batch) {
        List<String> newPeople = new ArrayList<>();
        for (FactRow r : batch) {
            if (known.firstTime(r.idKey(), r.idHash())) {
                newPeople.add(r.idHash());
            }
        }
        if (!newPeople.isEmpty()) {
            locate.apply(newPeople).forEach(known::located);
        }
        Set<UUID> already = checkStored ? stored.apply(batch.stream().map(FactRow::rowDigest).toList()) : Set.of();
        checkStored = !optimistic || !already.isEmpty();
        List<NewFact> facts = new ArrayList<>(batch.size());
        for (FactRow r : batch) {
            if (!already.contains(r.rowDigest()) && seen.add(r.rowDigest())) {
                PersonLocation match = known.location(r.idKey(), r.idHash());
                facts.add(new NewFact(r, match));
                unmatched += match == null ? 1 : 0;
            }
        }
        sent += facts.size();
        put(facts);
    }

    private void put(List<NewFact> facts) {
        long start = System.nanoTime();
        try {
            while (!cancelled && !queue.offer(facts, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy: wait for room, unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        checkingWaited += System.nanoTime() - start;
    }

    // --- the writing thread

    /** The next rows to write, in the file's order; null once every row was handed over. */
    List<NewFact> next() {
        long start = System.nanoTime();
        try {
            List<NewFact> facts = queue.take();
            writingWaited += System.nanoTime() - start;
            return facts == END ? null : facts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the file's rows", e);
        }
    }

    /** The writer gave up (an error): the checking thread stops waiting for room. */
    void cancel() {
        cancelled = true;
        queue.clear();
        matching.shutdownNow();
    }

    // --- after end(), read by the writing thread

    /** How many new rows were handed over to be written. */
    int sent() {
        return sent;
    }

    int unmatched() {
        return unmatched;
    }

    /** Which side held the other up, for the log: the slower one is where time can be won. */
    String waits() {
        return String.format("matching waited %.1f s for the database, writing waited %.1f s for checked rows",
                checkingWaited / 1e9, writingWaited / 1e9);
    }
}

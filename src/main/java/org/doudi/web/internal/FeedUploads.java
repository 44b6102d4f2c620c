package org.doudi.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.doudi.exchange.FeedImport;
import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Feed files uploaded on the pages, imported in the background (decision 0032): the request hands the file over
 * and is answered at once with a token; one thread imports the files one after another (a few more wait in a
 * short queue, beyond that an upload is refused), as the person who uploaded them; the progress page reads what
 * the import reports through {@link FeedImports.Progress}.
 *
 * <p>The progress lives in this JVM only, under an unguessable token, visible only to the person who uploaded
 * (anyone else is told it does not exist), and forgotten an hour after the import ended: the stored import is
 * the record from then on. A restart loses an import under way — its single transaction never committed, so
 * nothing was stored and the file is simply uploaded again.
 */
@Component
class FeedUploads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FeedUploads.class);
    static final Duration KEPT = Duration.ofHours(1);
    static final int WAITING_AT_MOST = 8;

    /** Where an upload is; the first four are the import's own phases and the wait before them. */
    enum Stage {
        WAITING, RECEIVING, CHECKING, WRITING,
        /** the import ended with its record stored: imported, or rejected with its report */
        DONE,
        /** the import refused the file before storing anything: already imported, not a CSV or XLSX file … */
        REFUSED,
        /** something broke; the import's transaction did not commit, so nothing was stored */
        FAILED;

        public boolean finished() {
            return this == DONE || this == REFUSED || this == FAILED;
        }
    }

    /**
     * What the progress page shows. {@code done}: rows checked or rows to write;
     * {@code percent} of the phase, -1 when unknown. When finished: the import ({@code importId}) or why not
     * ({@code refusal}: the HTTP status the refusal stands for and the problems, by the form's field names).
     */
    record State(String token, String owner, FeedType type, ImportMode mode, String fileName, long size,
                 Stage stage, long done, int percent, Long importId, Refusal refusal, String failure,
                 Instant startedAt, Instant finishedAt) {

        State at(Stage s, long d, int p) {
            return new State(token, owner, type, mode, fileName, size, s, d, p, importId, refusal, failure, startedAt,
                    finishedAt);
        }

        State ended(Stage s, Long id, Refusal r, String why, Instant at) {
            return new State(token, owner, type, mode, fileName, size, s, done, 100, id, r, why, startedAt, at);
        }

        /** The whole upload on one bar: the checking of the rows is most of the work. */
        public Integer overallPercent() {
            return switch (stage) {
                case WAITING -> 0;
                case RECEIVING -> 2;
                case CHECKING -> percent < 0 ? null : 5 + percent * 75 / 100;
                case WRITING -> 88;
                case DONE, REFUSED, FAILED -> 100;
            };
        }
    }

    /** Why the import refused the file: 409 already imported, 400 bad input, 403 not allowed. */
    record Refusal(int status, List<FieldProblem> problems, String message) {
    }

    /** No room in the queue for another file. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("too many feed files are waiting to be imported");
        }
    }

    private final FeedImports imports;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, AtomicReference<State>> uploads = new ConcurrentHashMap<>();
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING_AT_MOST), r -> {
                Thread t = new Thread(r, "feed-upload");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());

    FeedUploads(FeedImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /**
     * Takes over the file (a temporary file of the caller's, deleted here once imported or refused) and queues its
     * import as the signed-in person; answers the token of its progress.
     *
     * @throws Busy when the queue is full (the file is deleted, nothing else happened)
     */
    String start(FeedType type, ImportMode mode, String fileName, Path file) {
        forgetOld();
        Actor actor = Actor.current();
        String token = newToken();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicReference<State> state = new AtomicReference<>(new State(token, actor.username(), type, mode, fileName,
                size, Stage.WAITING, 0, 0, null, null, null, clock.instant(), null));
        uploads.put(token, state);
        files.add(file);
        // a copy of the context: signing out clears the session's own, which must not stop the import half-way
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        try {
            thread.execute(new DelegatingSecurityContextRunnable(() -> run(state, file), context));
        } catch (RejectedExecutionException e) {
            uploads.remove(token);
            delete(file);
            throw new Busy();
        }
        return token;
    }

    private void run(AtomicReference<State> state, Path file) {
        State s = state.get();
        try (InputStream content = Files.newInputStream(file)) {
            FeedImport done = imports.importFile(s.type(), s.mode(), s.fileName(), content,
                    (phase, n, percent) -> state.updateAndGet(now -> now.at(Stage.valueOf(phase.name()), n, percent)));
            finish(state, Stage.DONE, done.id(), null, null);
        } catch (ConflictException e) {
            finish(state, Stage.REFUSED, null, new Refusal(409, List.of(), e.getMessage()), null);
        } catch (InvalidInputException e) {
            finish(state, Stage.REFUSED, null, new Refusal(400, e.problems(), e.getMessage()), null);
        } catch (AccessDeniedException e) {
            finish(state, Stage.REFUSED, null, new Refusal(403, List.of(), e.getMessage()), null);
        } catch (IOException | RuntimeException | Error e) {
            log.error("Import of the uploaded feed file {} ({}) failed", s.fileName(), s.type().word(), e);
            finish(state, Stage.FAILED, null, null, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            delete(file);
        }
    }

    private void finish(AtomicReference<State> state, Stage stage, Long importId, Refusal refusal, String failure) {
        Instant at = clock.instant();
        state.updateAndGet(now -> now.ended(stage, importId, refusal, failure, at));
    }

    /** The upload of that token, if the signed-in person made it and it is not forgotten yet. */
    Optional<State> find(String token) {
        forgetOld();
        AtomicReference<State> state = token == null ? null : uploads.get(token);
        if (state == null) {
            return Optional.empty();
        }
        State s = state.get();
        return Actor.find().filter(a -> a.username().equals(s.owner())).map(a -> s);
    }

    /** The signed-in person's uploads whose import is not over yet, oldest first: the list page links to them. */
    List<State> underWay() {
        return Actor.find().map(a -> uploads.values().stream().map(AtomicReference::get)
                .filter(s -> s.owner().equals(a.username()) && !s.stage().finished())
                .sorted(java.util.Comparator.comparing(State::startedAt)).toList()).orElse(List.of());
    }

    private void forgetOld() {
        forgetFinishedBefore(clock.instant().minus(KEPT));
    }

    /** Forgets the uploads whose import ended before the instant; one under way is never forgotten. */
    void forgetFinishedBefore(Instant before) {
        uploads.values().removeIf(r -> r.get().finishedAt() != null && r.get().finishedAt().isBefore(before));
    }

    private String newToken() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void delete(Path file) {
        files.remove(file);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        // an import stopped here never committed: nothing of it is stored; the files waiting go too
        thread.shutdownNow();
        List.copyOf(files).forEach(this::delete);
    }
}

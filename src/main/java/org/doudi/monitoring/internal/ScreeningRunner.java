package org.doudi.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.doudi.shared.Futures;
import org.doudi.audit.AuditLog;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.monitoring.RunMode;
import org.doudi.monitoring.RunState;
import org.doudi.region.RegionScope;
import org.doudi.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works a screening run chunk by chunk (decisions 0030, 0033). The households after the checkpoint and their views
 * are read on a second thread while the chunk before them is evaluated and written. Each chunk is then one
 * transaction: check that the run is still this process's and that the checkpoint is where the chunk was read
 * from (else read it again), evaluate every rule version of the run whose region contains the household (on every
 * core), drop what an open warning already says (or a warning closed within the rule's quiet days), write the new
 * warnings in a batch with one audit record, and move the checkpoint. A process killed between chunks leaves the
 * run at its last checkpoint; a resumed run goes on from there with the same rule versions. Runs as the system
 * actor of the run's region (the reading thread too).
 */
@Component
class ScreeningRunner {

    private static final Logger log = LoggerFactory.getLogger(ScreeningRunner.class);
    private static final int SAMPLE = 20;

    /** Another process took the run over (it looked abandoned): this one stops. */
    static final class TakenOver extends RuntimeException {
        TakenOver(long runId) {
            super("run " + runId + " is being worked on by another process");
        }
    }

    private final RunStore runs;
    private final RuleStore rules;
    private final CompiledRules compiled;
    private final ChunkReader reader;
    private final WarningStore warnings;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final List<RunObserver> observers;
    private final RunInstance instance;
    private final Clock clock;
    private final Set<Long> live = ConcurrentHashMap.newKeySet();

    ScreeningRunner(RunStore runs, RuleStore rules, CompiledRules compiled, ChunkReader reader, WarningStore warnings,
                    WorkingDays workingDays, AuditLog audit, TransactionTemplate tx, List<RunObserver> observers,
                    RunInstance instance, Clock clock) {
        this.runs = runs;
        this.rules = rules;
        this.compiled = compiled;
        this.reader = reader;
        this.warnings = warnings;
        this.workingDays = workingDays;
        this.audit = audit;
        this.tx = tx;
        this.observers = observers;
        this.instance = instance;
        this.clock = clock;
    }

    /** Whether this process is working on the run now. */
    boolean liveHere(long runId) {
        return live.contains(runId);
    }

    /** Works every remaining chunk of a run this process owns, in this thread; answers how the run ended. */
    RunState execute(long runId, Consumer<RunStore.RunRow> progress) {
        if (!reserve(runId)) {
            return RunState.RUNNING;
        }
        return executeReserved(runId, progress);
    }

    /** Marks the run as worked on by this process; false when it already is. */
    boolean reserve(long runId) {
        return live.add(runId);
    }

    void release(long runId) {
        live.remove(runId);
    }

    /** {@link #execute} for a run {@link #reserve}d before its thread was started. */
    RunState executeReserved(long runId, Consumer<RunStore.RunRow> progress) {
        try {
            RunStore.RunRow run = runs.find(runId).orElseThrow();
            return RunAs.actor(RunAs.system(run.regionCode()), () -> work(run, progress));
        } finally {
            live.remove(runId);
        }
    }

    private RunState work(RunStore.RunRow run, Consumer<RunStore.RunRow> progress) {
        // the next chunk is read (and its views built) on a second thread while this one evaluates and writes the
        // current chunk: the database works on one while the processors work on the other
        Actor actor = Actor.current();
        ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "screening-read-" + run.id());
            t.setDaemon(true);
            return t;
        });
        try {
            List<RuleStore.VersionRow> versions = rules.versionsById(runs.ruleVersionIds(run.id()));
            if (run.householdsTotal() == null) {
                runs.setTotal(run.id(), total(run));
            }
            Batch batch = read(run, runs.find(run.id()).orElseThrow().lastHouseholdId());
            while (!batch.ids().isEmpty()) {
                long after = batch.ids().get(batch.ids().size() - 1);
                Future<Batch> next = prefetch.submit(() -> RunAs.actor(actor, () -> read(run, after)));
                chunkWithRetry(run.id(), versions, batch);
                RunStore.RunRow now = runs.find(run.id()).orElseThrow();
                progress.accept(now);
                observers.forEach(o -> o.chunkCommitted(now));
                batch = Futures.await(next, "the next chunk");
            }
            runs.complete(run.id(), instance.id(), clock.instant());
            return RunState.COMPLETED;
        } catch (TakenOver e) {
            log.info(e.getMessage());
            return RunState.RUNNING;
        } catch (RuntimeException e) {
            log.error("Screening run {} failed; it can be resumed from its checkpoint", run.id(), e);
            runs.fail(run.id(), instance.id(), e.toString(), clock.instant());
            return RunState.FAILED;
        } finally {
            prefetch.shutdownNow();
        }
    }

    /** The households of the chunk after {@code afterId} (none: the run is done) and their views. */
    private record Batch(long afterId, List<Long> ids, List<ScreeningView> views) {
    }

    private Batch read(RunStore.RunRow run, long afterId) {
        List<Long> ids = run.mode() == RunMode.INCREMENTAL && run.since() != null
                ? reader.touched(run.regionCode(), run.since(), afterId, run.chunkSize())
                : reader.ids(run.regionCode(), afterId, run.chunkSize());
        return new Batch(afterId, ids, ids.isEmpty() ? List.of() : reader.read(ids, run.asOf()));
    }

    private long total(RunStore.RunRow run) {
        if (run.mode() != RunMode.INCREMENTAL || run.since() == null) {
            return reader.count(run.regionCode());
        }
        long total = 0;
        long after = 0;
        while (true) {
            List<Long> ids = reader.touched(run.regionCode(), run.since(), after, 5_000);
            if (ids.isEmpty()) {
                return total;
            }
            total += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /** A warning another run wrote at the same moment fails the chunk on the unique constraint: read again once. */
    private int chunkWithRetry(long runId, List<RuleStore.VersionRow> versions, Batch batch) {
        try {
            return tx.execute(status -> chunk(runId, versions, batch));
        } catch (DuplicateKeyException e) {
            log.info("Run {}: a warning was written concurrently; the chunk is read again", runId);
            return tx.execute(status -> chunk(runId, versions, null));
        }
    }

    /** A rule's match on a household. */
    private record Raised(RuleStore.VersionRow rule, ScreeningView view, RuleEngine.Match match) {
    }

    /** What the rules said about one household: their matches, and how many failed on it (the last failure). */
    private record Evaluated(List<Raised> raised, long errors, String lastError) {
    }

    private static Evaluated evaluate(ScreeningView view, List<RuleStore.VersionRow> versions,
                                      List<RuleEngine.Compiled> programs, List<RegionScope> scopes) {
        List<Raised> raised = new ArrayList<>(2);
        long errors = 0;
        String lastError = null;
        RuleEngine.Bound bound = new RuleEngine.Bound(view);
        for (int i = 0; i < versions.size(); i++) {
            if (!scopes.get(i).contains(view.regionCode())) {
                continue;
            }
            RuleStore.VersionRow rule = versions.get(i);
            try {
                for (RuleEngine.Match m : RuleEngine.evaluate(programs.get(i), bound)) {
                    raised.add(new Raised(rule, view, m));
                }
            } catch (RuleEngine.EvaluationFailed e) {
                errors++;
                lastError = rule.ruleCode() + " v" + rule.text().ruleVersion() + " on household " + view.householdId()
                        + ": " + e.getMessage();
            }
        }
        return new Evaluated(raised, errors, lastError);
    }

    /** One chunk in the caller's transaction: {@code batch} read beforehand (null, or read after another checkpoint: read now). */
    private int chunk(long runId, List<RuleStore.VersionRow> versions, Batch batch) {
        RunStore.RunRow run = runs.find(runId).orElseThrow();
        if (run.state() != RunState.RUNNING || !instance.id().equals(run.ownerInstance())) {
            throw new TakenOver(runId);
        }
        if (batch == null || batch.afterId() != run.lastHouseholdId()) {
            batch = read(run, run.lastHouseholdId());
        }
        List<Long> ids = batch.ids();
        if (ids.isEmpty()) {
            return 0;
        }
        LocalDate asOf = run.asOf();
        List<ScreeningView> views = batch.views();

        // evaluate every applicable rule on every household, in memory, on every core (the programs and the views
        // are immutable; the results keep the households' order)
        List<RuleEngine.Compiled> programs = versions.stream().map(compiled::of).toList();
        List<RegionScope> scopes = versions.stream().map(v -> RegionScope.of(v.regionCode())).toList();
        List<Evaluated> evaluated = views.parallelStream().map(view -> evaluate(view, versions, programs, scopes))
                .toList();
        List<Raised> raised = new ArrayList<>();
        long errors = 0;
        String lastError = null;
        for (Evaluated e : evaluated) {
            raised.addAll(e.raised());
            errors += e.errors();
            lastError = e.lastError() == null ? lastError : e.lastError();
        }

        Map<Long, long[]> perRule = new LinkedHashMap<>(); // rule version id -> {matches, created}
        Map<Long, List<Long>> samples = new HashMap<>();
        versions.forEach(v -> perRule.put(v.id(), new long[2]));
        long alreadyOpen = 0;
        long quiet = 0;
        List<Long> created = List.of();
        if (run.mode() == RunMode.DRY_RUN) {
            for (Raised r : raised) {
                perRule.get(r.rule().id())[0]++;
                List<Long> sample = samples.computeIfAbsent(r.rule().id(), k -> new ArrayList<>());
                if (sample.size() < SAMPLE && !sample.contains(r.view().householdId())) {
                    sample.add(r.view().householdId());
                }
            }
        } else {
            java.util.Set<String> open = warnings.openKeys(ids);
            Map<String, LocalDate> closed = warnings.lastClosed(ids);
            Map<Integer, WorkingDay> due = new HashMap<>();
            List<WarningStore.NewWarning> toWrite = new ArrayList<>();
            for (Raised r : raised) {
                perRule.get(r.rule().id())[0]++;
                var t = r.rule().text();
                String key = r.rule().ruleCode() + "|" + WarningStore.subjectKey(r.view().householdId(),
                        r.match().personId());
                LocalDate lastClosed = closed.get(key);
                if (open.contains(key)) {
                    alreadyOpen++;
                } else if (lastClosed != null && asOf.isBefore(lastClosed.plusDays(t.quietDays()))) {
                    quiet++;
                } else {
                    open.add(key);
                    perRule.get(r.rule().id())[1]++;
                    WorkingDay d = due.computeIfAbsent(t.deadlineDays(), n -> workingDays.add(asOf, n));
                    toWrite.add(new WarningStore.NewWarning(r.rule().ruleCode(), r.rule().id(),
                            r.view().householdId(), r.match().personId(), r.view().regionCode(), t.severity(), t.kind(),
                            t.programme(), t.ownerRole(), r.match().message(), asOf, d.date(), !d.official()));
                }
            }
            var now = clock.instant();
            created = warnings.insertAll(toWrite, runId, now);
            if (!created.isEmpty()) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("chunk", run.chunksDone() + 1);
                after.put("households", List.of(ids.get(0), ids.get(ids.size() - 1)));
                after.put("warnings", created);
                audit.recordWrite("screening.raise-warnings", "screening-run", Long.toString(runId), run.regionCode(),
                        null, after);
            }
        }
        long matches = raised.size();
        perRule.forEach((versionId, counts) -> {
            if (counts[0] > 0) {
                runs.addRuleCounts(runId, versionId, counts[0], counts[1], samples.getOrDefault(versionId, List.of()));
            }
        });
        var counts = new RunStore.ChunkCounts(ids.size(), ids.get(ids.size() - 1), matches, created.size(),
                alreadyOpen, quiet, errors, lastError);
        if (!runs.checkpoint(runId, instance.id(), counts, clock.instant())) {
            throw new TakenOver(runId);
        }
        return ids.size();
    }
}

package org.doudi.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.RunBodies;
import org.doudi.monitoring.RunMode;
import org.doudi.monitoring.RunState;
import org.doudi.monitoring.RunViews;
import org.doudi.monitoring.ScreeningRuns;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting, following and resuming screening runs. A run is written (with the rule versions it evaluates) and
 * audited in one transaction, then worked in the background by {@link ScreeningRunner}; the command line works
 * it in its own thread instead.
 */
@Service
class RunService implements ScreeningRuns {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_CHUNK = 5_000;
    private static final Set<Role> STARTERS = EnumSet.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER,
            Role.COUNTY_REVITALISATION, Role.ADMINISTRATOR);

    private final RunStore runs;
    private final RuleStore rules;
    private final BuiltInRules builtIns;
    private final ScreeningRunner runner;
    private final RunThreads threads;
    private final Regions regions;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final RunInstance instance;
    private final ScreeningSettings settings;
    private final Clock clock;

    RunService(RunStore runs, RuleStore rules, BuiltInRules builtIns, ScreeningRunner runner, RunThreads threads,
               Regions regions, AuditLog audit, TransactionTemplate tx, RunInstance instance,
               ScreeningSettings settings, Clock clock) {
        this.runs = runs;
        this.rules = rules;
        this.builtIns = builtIns;
        this.runner = runner;
        this.threads = threads;
        this.regions = regions;
        this.audit = audit;
        this.tx = tx;
        this.instance = instance;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RunViews.Run start(RunBodies.Start body) {
        long id = create(body);
        submit(id);
        return get(id);
    }

    /** Checks and writes a run over the active rules (not yet worked on); answers its id. */
    long create(RunBodies.Start body) {
        Actor actor = Actor.current();
        requireStarter(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String region = region(body.regionCode(), actor, problems);
        RunMode mode = body.mode() == null ? RunMode.FULL : body.mode();
        if (mode == RunMode.DRY_RUN) {
            problems.add(new FieldProblem("mode", "a dry run is started from its rule: POST /api/v1/screening-rules/"
                    + "{code}/dry-run"));
        }
        LocalDate asOf = asOf(body.asOf(), problems);
        int chunk = chunkSize(body.chunkSize(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        builtIns.ensureInstalled();
        return tx.execute(status -> {
            List<Long> versions = RuleStore.ids(rules.activeFor(region));
            return insert(region, mode, asOf, chunk, actor, versions);
        });
    }

    /** Writes a dry run of one rule version (the rule service checked the rule and the actor). */
    long createDryRun(String region, LocalDate asOf, long ruleVersionId) {
        Actor actor = Actor.current();
        return tx.execute(status -> insert(region, RunMode.DRY_RUN, asOf, settings.chunkSize(), actor,
                List.of(ruleVersionId)));
    }

    private long insert(String region, RunMode mode, LocalDate asOf, int chunk, Actor actor, List<Long> versions) {
        if (mode != RunMode.DRY_RUN) {
            List<RunStore.RunRow> overlapping = runs.unfinishedOverlapping(region);
            if (!overlapping.isEmpty()) {
                RunStore.RunRow other = overlapping.get(0);
                throw new ConflictException("run " + other.id() + " over " + other.regionCode() + " is not finished ("
                        + other.state() + (live(other) ? ", working" : ", interrupted: resume it") + ")");
            }
        }
        Instant since = mode == RunMode.INCREMENTAL ? runs.lastCompletedStart(region).orElse(null) : null;
        long id = runs.insert(region, mode, asOf, since, chunk, actor.username(), instance.id(), clock.instant(),
                versions);
        audit.recordWrite("screening-run.start", "screening-run", Long.toString(id), region, null,
                runs.find(id).orElseThrow());
        return id;
    }

    void submit(long id) {
        // counted as worked on here from now, not from when its thread starts: in between, it would look
        // interrupted to anyone who asks (and could be resumed twice)
        if (!runner.reserve(id)) {
            return;
        }
        try {
            threads.submit(() -> runner.executeReserved(id, run -> {
            }));
        } catch (RuntimeException e) {
            runner.release(id);
            throw e;
        }
    }

    @Override
    public RunViews.Run get(long id) {
        return view(runs.find(id, scope()).orElseThrow(() -> new NotFoundException("screening run " + id)));
    }

    @Override
    public Paged<RunViews.Run> list(int page, int size) {
        pageProblems(page, size);
        RegionScope scope = scope();
        return new Paged<>(runs.list(scope, page, size).stream().map(this::view).toList(), page, size,
                runs.count(scope));
    }

    @Override
    public RunViews.Run resume(long id) {
        Actor actor = Actor.current();
        requireStarter(actor);
        RunStore.RunRow run = runs.find(id, scope()).orElseThrow(() -> new NotFoundException("screening run " + id));
        claim(run);
        submit(id);
        return get(id);
    }

    /** Takes an interrupted or failed run over for this process (409 when it is completed or being worked on). */
    void claim(RunStore.RunRow run) {
        if (run.state() == RunState.COMPLETED) {
            throw new ConflictException("run " + run.id() + " is completed");
        }
        if (live(run)) {
            throw new ConflictException("run " + run.id() + " is being worked on (heartbeat " + run.heartbeatAt() + ")");
        }
        Instant now = clock.instant();
        boolean claimed = tx.execute(status -> {
            if (!runs.claim(run.id(), instance.id(), !runner.liveHere(run.id()), now.minus(settings.staleAfter()), now)) {
                return false;
            }
            audit.recordWrite("screening-run.resume", "screening-run", Long.toString(run.id()), run.regionCode(), run,
                    runs.find(run.id()).orElseThrow());
            return true;
        });
        if (!claimed) {
            throw new ConflictException("run " + run.id() + " is being worked on by another process");
        }
    }

    /**
     * Whether a process works on the run now: this one, or another whose heartbeat is recent. A run owned by this
     * process that is not running in it was interrupted (its thread died).
     */
    boolean live(RunStore.RunRow run) {
        if (run.state() != RunState.RUNNING) {
            return false;
        }
        if (runner.liveHere(run.id())) {
            return true;
        }
        return !instance.id().equals(run.ownerInstance())
                && run.heartbeatAt().isAfter(clock.instant().minus(settings.staleAfter()));
    }

    RunViews.Run view(RunStore.RunRow r) {
        Integer percent = r.householdsTotal() == null ? null : r.householdsTotal() == 0 ? 100
                : (int) Math.min(100, r.householdsDone() * 100 / r.householdsTotal());
        if (r.state() == RunState.COMPLETED) {
            percent = 100;
        }
        List<RunViews.RuleCount> counts = runs.ruleCounts(r.id()).stream()
                .map(c -> new RunViews.RuleCount(c.ruleCode(), c.ruleVersion(), c.name(), c.matches(),
                        c.warningsCreated(), WarningStore.parseIds(c.sample())))
                .toList();
        return new RunViews.Run(r.id(), r.regionCode(), r.mode(), r.asOf(), r.since(), r.chunkSize(), r.state(),
                live(r), r.requestedBy(), r.startedAt(), r.finishedAt(), r.heartbeatAt(), r.attempts(),
                r.householdsTotal(), r.householdsDone(), percent, r.lastHouseholdId(), r.chunksDone(), r.matches(),
                r.warningsCreated(), r.alreadyOpen(), r.quiet(), r.evaluationErrors(), r.lastError(), r.failure(),
                counts);
    }

    private String region(String asked, Actor actor, List<FieldProblem> problems) {
        String region = asked == null || asked.isBlank() ? actor.regionCode() : asked.strip();
        if (!RegionCodes.isValid(region)) {
            problems.add(new FieldProblem("regionCode", "must be a 12-digit region code"));
            return null;
        }
        if (!RegionScope.of(actor.regionCode()).contains(region) || regions.find(region).isEmpty()) {
            throw new NotFoundException("region " + region);
        }
        return region;
    }

    LocalDate asOf(LocalDate asked, List<FieldProblem> problems) {
        LocalDate today = Today.in(clock);
        if (asked != null && asked.isAfter(today)) {
            problems.add(new FieldProblem("asOf", "must not be in the future"));
        }
        return asked == null ? today : asked;
    }

    private int chunkSize(Integer asked, List<FieldProblem> problems) {
        int size = asked == null ? settings.chunkSize() : asked;
        if (size < 1 || size > MAX_CHUNK) {
            problems.add(new FieldProblem("chunkSize", "must be from 1 to " + MAX_CHUNK));
        }
        return size;
    }

    static void requireStarter(Actor actor) {
        if (actor.roles().stream().noneMatch(STARTERS::contains)) {
            throw new AccessDeniedException("screening runs are started by town caseworkers, county officers and "
                    + "administrators");
        }
    }

    static void pageProblems(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static RegionScope scope() {
        return RegionScope.of(Actor.current().regionCode());
    }
}

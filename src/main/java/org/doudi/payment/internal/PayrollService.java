package org.doudi.payment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.doudi.audit.AuditLog;
import org.doudi.payment.AccountReleased;
import org.doudi.payment.BankFileFormat;
import org.doudi.payment.LineKind;
import org.doudi.payment.LineStatus;
import org.doudi.payment.PageOf;
import org.doudi.payment.PaymentRefused;
import org.doudi.payment.Payroll;
import org.doudi.payment.PayrollLine;
import org.doudi.payment.PayrollRequest;
import org.doudi.payment.PayrollState;
import org.doudi.payment.Payrolls;
import org.doudi.payment.ReturnImport;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payrolls' use cases (docs/decisions/0026, 0027). Each change is checked in the same order: the role (403),
 * the payroll in the actor's region (404), the version the client saw (409), the state (409), maker-checker (403);
 * then the change, guarded by the version, and its audit record in the same transaction. A generation runs in a
 * transaction of its own, after the payroll's row was committed, so that a failed or killed generation leaves a
 * payroll to run again and nothing else.
 */
@Service
@Transactional
class PayrollService implements Payrolls {

    private static final Logger log = LoggerFactory.getLogger(PayrollService.class);
    static final int MAX_PAGE_SIZE = 500;

    private final PayrollStore store;
    private final PayrollGeneration generation;
    private final PayrollExport exports;
    private final BankFiles bankFiles;
    private final Reconciliation reconciliation;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<Long, Payroll.Progress> running = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "payroll-generation");
        t.setDaemon(true);
        return t;
    });

    PayrollService(PayrollStore store, PayrollGeneration generation, PayrollExport exports, BankFiles bankFiles,
                   Reconciliation reconciliation, Regions regions, AuditLog audit, Clock clock,
                   PlatformTransactionManager transactions) {
        this.store = store;
        this.generation = generation;
        this.exports = exports;
        this.bankFiles = bankFiles;
        this.reconciliation = reconciliation;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayGenerate() {
        return PaymentAccess.holds(PaymentAccess.GENERATORS);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayApprove() {
        return PaymentAccess.holds(PaymentAccess.COUNTY);
    }

    @Override
    public List<String> programmes() {
        return Programmes.PAID;
    }

    // ---- generation

    private record Parameters(String county, String programme, YearMonth month) {
    }

    private Parameters check(PayrollRequest request) {
        Actor actor = PaymentAccess.require(PaymentAccess.GENERATORS, "generating payrolls");
        Checks c = new Checks();
        String county = request.countyCode() == null || request.countyCode().isBlank()
                ? (RegionLevel.of(actor.regionCode()) == RegionLevel.COUNTY ? actor.regionCode() : null)
                : c.region("countyCode", request.countyCode());
        if (county == null && c.ok()) {
            c.problem("countyCode", "is required");
        } else if (county != null && RegionLevel.of(county) != RegionLevel.COUNTY) {
            c.problem("countyCode", "must be the code of a county (县/区), e.g. 990121000000");
            county = null;
        }
        String programme = c.required("programme", request.programme(), 30);
        if (programme != null && !Programmes.PAID.contains(programme)) {
            c.problem("programme", "must be one of " + Programmes.PAID);
        }
        YearMonth month = c.month("month", request.month());
        YearMonth latest = YearMonth.from(Today.in(clock)).plusMonths(1);
        if (month != null && month.isAfter(latest)) {
            c.problem("month", "must be " + latest + " or earlier: a payroll is made at the earliest the month "
                    + "before the month it pays");
        }
        c.refuseIfAny();
        if (!PaymentAccess.scope().contains(county) || regions.find(county).isEmpty()) {
            throw new NotFoundException("county " + county);
        }
        return new Parameters(county, programme, month);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Generated generate(PayrollRequest request, GenerationListener listener) {
        Parameters p = check(request);
        Claimed claimed = claim(p);
        if (claimed.toRun()) {
            run(claimed.id(), p, listener);
        }
        return new Generated(get(claimed.id()), claimed.created());
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Generated start(PayrollRequest request) {
        Parameters p = check(request);
        Claimed claimed = claim(p);
        if (claimed.toRun() && !running.containsKey(claimed.id())) {
            running.put(claimed.id(), new Payroll.Progress("waiting", 0, 1));
            // a copy of the context: signing out empties the session's own, which would stop the run half-way
            SecurityContext copy = SecurityContextHolder.createEmptyContext();
            copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            background.submit(new DelegatingSecurityContextRunnable(() -> {
                try {
                    run(claimed.id(), p, GenerationListener.NONE);
                } catch (RuntimeException e) {
                    log.warn("Generation of payroll {} failed: {}", claimed.id(), e.getMessage());
                }
            }, copy));
        }
        return new Generated(get(claimed.id()), claimed.created());
    }

    private record Claimed(long id, boolean created, boolean toRun) {
    }

    /** The open payroll of these parameters, or a new one, committed before any line is made. */
    private Claimed claim(Parameters p) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transaction.execute(s -> {
                    Optional<PayrollStore.Row> open = store.open(p.county(), p.programme(), p.month());
                    if (open.isPresent()) {
                        PayrollState state = open.get().state();
                        return new Claimed(open.get().id(), false,
                                state == PayrollState.GENERATING || state == PayrollState.FAILED);
                    }
                    Actor actor = Actor.current();
                    long id = store.insert(p.county(), p.programme(), p.month(), actor.username(), clock.instant());
                    audit.recordWrite("payroll.create", "payroll", Long.toString(id), p.county(), null,
                            Map.of("county", p.county(), "programme", p.programme(), "month", p.month().toString()));
                    return new Claimed(id, true, true);
                });
            } catch (DuplicateKeyException someoneElseCreatedIt) {
                if (attempt > 0) {
                    throw someoneElseCreatedIt;
                }
            }
        }
    }

    private void run(long id, Parameters p, GenerationListener listener) {
        Actor actor = Actor.current();
        running.put(id, new Payroll.Progress("waiting", 0, 1));
        GenerationListener both = (step, done, total) -> {
            running.put(id, new Payroll.Progress(step, done, total));
            listener.progress(step, done, total);
        };
        try {
            transaction.executeWithoutResult(s -> {
                // one generation of a payroll at a time: a second one waits here, then finds it generated
                PayrollStore.Row row = store.lock(id);
                if (row.state() != PayrollState.GENERATING && row.state() != PayrollState.FAILED) {
                    return;
                }
                Instant at = clock.instant();
                generation.run(new PayrollGeneration.Run(id, p.county(), p.programme(), p.month(), actor.username(),
                        at, both));
                Map<String, Object> set = new LinkedHashMap<>();
                set.put("generated_at", clock.instant());
                set.put("generated_by", actor.username());
                set.put("failure", null);
                store.move(id, row.version(), PayrollState.PENDING_APPROVAL, set);
                audit.recordWrite("payroll.generate", "payroll", Long.toString(id), p.county(), summary(row),
                        summary(store.lock(id)));
            });
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transaction.executeWithoutResult(s -> {
                PayrollStore.Row row = store.lock(id);
                if (row.state() == PayrollState.GENERATING || row.state() == PayrollState.FAILED) {
                    store.move(id, row.version(), PayrollState.FAILED,
                            Map.of("failure", message.length() > 1000 ? message.substring(0, 1000) : message));
                    audit.recordWrite("payroll.generate-failed", "payroll", Long.toString(id), p.county(), null,
                            Map.of("failure", message.length() > 300 ? message.substring(0, 300) : message));
                }
            });
            throw e;
        } finally {
            running.remove(id);
        }
    }

    /** What the audit record of a payroll says: its state and totals, never a person's data. */
    private Map<String, Object> summary(PayrollStore.Row row) {
        Payroll.Totals t = store.totals(row.id());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", row.state().name());
        s.put("county", row.countyCode());
        s.put("programme", row.programme());
        s.put("month", row.month().toString());
        s.put("lines", t.lines());
        s.put("payableLines", t.payableLines());
        s.put("payable", t.payable());
        s.put("heldLines", t.heldLines());
        s.put("paidLines", t.paidLines());
        s.put("failedLines", t.failedLines());
        return s;
    }

    // ---- reads

    private PayrollStore.Row visible(long id) {
        return store.find(id, PaymentAccess.scope()).orElseThrow(() -> new NotFoundException("payroll " + id));
    }

    private Payroll view(PayrollStore.Row r) {
        Payroll.Progress progress = running.get(r.id());
        return store.view(r, regions.find(r.countyCode()).map(Region::name).orElse(r.countyCode()), progress != null,
                progress);
    }

    @Override
    @Transactional(readOnly = true)
    public Payroll get(long id) {
        return view(visible(id));
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<Payroll> list(String countyCode, String programme, YearMonth month, PayrollState state, int page,
                                int size) {
        pageChecks(page, size);
        RegionScope scope = PaymentAccess.scope();
        if (countyCode != null && !countyCode.isBlank()) {
            Checks c = new Checks();
            String county = c.region("county", countyCode);
            c.refuseIfAny();
            if (!scope.contains(county)) {
                return new PageOf<>(List.of(), page, size, 0);
            }
            scope = RegionScope.of(county);
        }
        List<Payroll> items = store.list(scope, programme, month, state, page, size).stream().map(this::view).toList();
        return new PageOf<>(items, page, size, store.count(scope, programme, month, state));
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<PayrollLine> lines(long id, LineStatus status, LineKind kind, int page, int size) {
        pageChecks(page, size);
        visible(id);
        return store.lines(id, status, kind, page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<PayrollLine> failedPayments(int page, int size) {
        pageChecks(page, size);
        return store.failed(PaymentAccess.scope(), page, size);
    }

    @Override
    public AccountReleased releaseAccount(long lineId, String note) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "releasing a failed account");
        Checks c = new Checks();
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            c.problem("note", "is required: why the same account may be tried again");
        } else if (why.length() > 500) {
            c.problem("note", "has more than 500 characters");
        }
        c.refuseIfAny();
        PayrollStore.Failure f = store.lockFailure(lineId, PaymentAccess.scope())
                .orElseThrow(() -> new NotFoundException("failed payment " + lineId));
        if (f.clearedAt() != null) {
            throw new ConflictException("the account of failed payment " + lineId + " was released already ("
                    + f.clearedAt() + ")");
        }
        Instant at = clock.instant();
        int cleared = store.clearFailures(f, actor.username(), at);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("lineId", lineId);
        what.put("failuresCleared", cleared);
        what.put("note", why);
        audit.recordWrite("payment.account-release", "payment-failure", Long.toString(lineId), f.countyCode(), null,
                what);
        return new AccountReleased(lineId, cleared, why, actor.username(), at);
    }

    private static void pageChecks(int page, int size) {
        Checks c = new Checks();
        if (page < 0) {
            c.problem("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            c.problem("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        c.refuseIfAny();
    }

    // ---- approval, rejection, export

    /** The payroll, locked, at the version the client saw, in one of the states the step needs. */
    private PayrollStore.Row acting(long id, Integer version, String step, Set<PayrollState> states) {
        visible(id);
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the payroll you are acting on");
        }
        PayrollStore.Row row = store.lock(id);
        if (row.version() != version) {
            throw new ConflictException("payroll " + id + " has changed since version " + version + " (now "
                    + row.version() + ", " + row.state() + "): reload it and " + step + " again");
        }
        if (!states.contains(row.state())) {
            throw new ConflictException("payroll " + id + " is " + row.state() + ": it cannot be " + step
                    + "d now (only when " + states + ")");
        }
        return row;
    }

    @Override
    public Payroll approve(long id, Integer version) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "approving payrolls");
        PayrollStore.Row row = acting(id, version, "approve", Set.of(PayrollState.PENDING_APPROVAL));
        if (actor.username().equals(row.generatedBy())) {
            throw new PaymentRefused("you generated payroll " + id + ", so you may not approve it: another county "
                    + "officer checks it (maker-checker)");
        }
        store.move(id, row.version(), PayrollState.APPROVED, Map.of("approved_by", actor.username(),
                "approved_at", clock.instant()));
        audit.recordWrite("payroll.approve", "payroll", Long.toString(id), row.countyCode(), summary(row),
                summary(store.lock(id)));
        return get(id);
    }

    @Override
    public Payroll reject(long id, Integer version, String reason) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "rejecting payrolls");
        PayrollStore.Row row = acting(id, version, "reject",
                Set.of(PayrollState.PENDING_APPROVAL, PayrollState.APPROVED));
        Checks c = new Checks();
        String why = c.required("reason", reason, 500);
        c.refuseIfAny();
        Instant at = clock.instant();
        store.cancelLines(id, "the payroll was rejected: " + why, at);
        store.move(id, row.version(), PayrollState.REJECTED, Map.of("rejected_by", actor.username(),
                "rejected_at", at, "rejection", why));
        audit.recordWrite("payroll.reject", "payroll", Long.toString(id), row.countyCode(), summary(row),
                summary(store.lock(id)));
        return get(id);
    }

    @Override
    public Payroll export(long id, Integer version) {
        Actor actor = PaymentAccess.require(PaymentAccess.COUNTY, "exporting payrolls");
        PayrollStore.Row row = acting(id, version, "export", Set.of(PayrollState.APPROVED));
        Instant at = clock.instant();
        exports.prepare(id, at);
        store.move(id, row.version(), PayrollState.EXPORTED, Map.of("exported_by", actor.username(),
                "exported_at", at));
        audit.recordWrite("payroll.export", "payroll", Long.toString(id), row.countyCode(), summary(row),
                summary(store.lock(id)));
        return get(id);
    }

    // ---- bank files

    @Override
    @Transactional(readOnly = true)
    public String bankFileName(long id, BankFileFormat format) {
        PayrollStore.Row row = visible(id);
        return "doudi-" + row.countyCode() + "-" + row.programme() + "-" + row.month() + "-p" + id + "."
                + format.extension();
    }

    @Override
    public void writeBankFile(long id, BankFileFormat format, OutputStream out) throws IOException {
        PaymentAccess.require(PaymentAccess.COUNTY, "bank files");
        PayrollStore.Row row = visible(id);
        if (row.state() != PayrollState.EXPORTED && row.state() != PayrollState.RECONCILED) {
            throw new ConflictException("payroll " + id + " is " + row.state() + ": its bank file exists once it is "
                    + "exported");
        }
        bankFiles.checkAccountsUnchanged(id);
        audit.recordRead("payroll", Long.toString(id), row.countyCode(), "bank file (" + format + ") with the full "
                + "bank accounts of its payees");
        bankFiles.write(id, row.programme(), format, out);
    }

    @Override
    public ReturnImport importReturn(long id, byte[] content, String fileName) {
        Actor actor = PaymentAccess.require(PaymentAccess.RECONCILERS, "importing return files");
        visible(id);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "is required: the bank's return file (CSV)");
        }
        PayrollStore.Row row = store.lock(id);
        if (row.state() != PayrollState.EXPORTED && row.state() != PayrollState.RECONCILED) {
            throw new ConflictException("payroll " + id + " is " + row.state() + ": a return file answers an exported "
                    + "payroll's bank file");
        }
        Instant at = clock.instant();
        ReturnImport result = reconciliation.importFile(row, content, fileName, actor.username(), at);
        if (result.repeated()) {
            return result;
        }
        if (result.state() == PayrollState.RECONCILED && row.state() == PayrollState.EXPORTED) {
            store.move(id, row.version(), PayrollState.RECONCILED, Map.of("reconciled_at", at));
        }
        Map<String, Object> what = new LinkedHashMap<>(summary(store.lock(id)));
        what.put("file", fileName == null ? "" : fileName);
        what.put("rowsRead", result.rows());
        what.put("newlyPaid", result.paid());
        what.put("newlyFailed", result.failed());
        audit.recordWrite("payroll.return-file", "payroll", Long.toString(id), row.countyCode(), summary(row), what);
        return result;
    }
}

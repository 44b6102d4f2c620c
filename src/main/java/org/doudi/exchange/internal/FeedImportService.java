package org.doudi.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.doudi.shared.Futures;
import org.doudi.audit.AuditLog;
import org.doudi.exchange.FeedFileLayout;
import org.doudi.exchange.FeedImport;
import org.doudi.exchange.FeedImported;
import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.exchange.ImportStatus;
import org.doudi.exchange.RowProblem;
import org.doudi.exchange.internal.FileCheck.Format;
import org.doudi.region.RegionScope;
import org.doudi.registry.Households;
import org.doudi.shared.Today;
import org.doudi.shared.pii.PiiProtector;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file in three steps: copy it (with its hash), check every row without touching the database, then
 * — in one transaction — record the import, its problems, its new facts and the audit record, or, for a
 * rejected file, the import and its problems only. A crash before the commit leaves nothing: the same
 * command run again is the whole recovery.
 */
@Service
class FeedImportService implements FeedImports {

    private static final Logger log = LoggerFactory.getLogger(FeedImportService.class);
    private static final Set<Role> IMPORTERS = EnumSet.of(Role.COUNTY_OFFICER, Role.ADMINISTRATOR);
    private static final int MAX_PAGE_SIZE = 200;

    private final FeedStore store;
    private final FactWriter writer;
    private final Rematch rematch;
    private final Households households;
    private final PiiProtector pii;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FeedImportService(FeedStore store, FactWriter writer, Rematch rematch, Households households, PiiProtector pii, AuditLog audit,
                      ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.rematch = rematch;
        this.households = households;
        this.pii = pii;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public FeedImport importFile(FeedType type, ImportMode mode, String fileName, InputStream content,
                                 Progress progress) {
        Actor actor = importer();
        Format format = formatOf(fileName);
        ImportMode chosen = mode == null ? ImportMode.REJECT_FILE : mode;
        Instant started = clock.instant();
        progress.update(Phase.RECEIVING, 0, -1);
        try (Spool spool = Spool.of(content)) {
            refuseIfImported(type, spool.sha256());
            FeedStore.NewImport row = new FeedStore.NewImport(type, chosen, ImportStatus.IMPORTED, baseName(fileName),
                    format.name(), spool.sha256(), actor.regionCode(), 0, 0, 0, actor.username(), started, started);
            long id = importOnce(row, format, spool, progress);
            return store.find(id, RegionScope.of(actor.regionCode())).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long importOnce(FeedStore.NewImport row, Format format, Spool spool, Progress progress) {
        for (int attempt = 1; ; attempt++) {
            try {
                // the first attempt trusts a file whose first rows are new to be new all through (FactStream)
                return checkAndStore(row, format, spool, progress, attempt == 1 && writer.refusesStoredRows());
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // the same file imported by someone else a moment ago: the unique imported_hash refused this one
                refuseIfImported(row.type(), row.fileHash());
                // or rows were stored that were not looked for (a later part of the file, or another file's import
                // committed some of the same rows after they were looked for): again, looking up every row
                log.info("Feed import of {}: rows already stored were found while writing; checking again, row by row",
                        row.fileName());
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Checks the file on a thread of its own while this one, in the import's transaction, writes the good rows as
     * they come ({@link FactStream}). When the file turns out to be refused, the transaction rolls back and only
     * the import's record and its problems are stored, in a transaction of their own.
     */
    private long checkAndStore(FeedStore.NewImport row, Format format, Spool spool, Progress progress,
                               boolean optimistic) {
        FactStream facts = new FactStream(households::locate, writer::stored, row.mode() == ImportMode.REJECT_FILE,
                optimistic);
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "feed-check"));
        try {
            Future<CheckedFile> checking = thread.submit(() -> {
                try {
                    return FileCheck.check(FeedLayouts.of(row.type()), format, spool.file(), Today.in(clock),
                            pii::blindIndex, progress, facts);
                } finally {
                    facts.end();
                }
            });
            Stored stored = transaction.execute(tx -> {
                long importId = store.insert(row);
                long written;
                try {
                    written = writer.write(importId, row.type(), facts, row.regionCode(), clock.instant());
                } catch (RuntimeException e) {
                    facts.cancel();
                    throw e;
                }
                CheckedFile checked = Futures.await(checking, "the file to be checked");
                if (checked.unreadable() || checked.rejected() > 0 && row.mode() == ImportMode.REJECT_FILE) {
                    tx.setRollbackOnly();
                    return new Stored(checked, -1);
                }
                progress.update(Phase.WRITING, checked.good(), -1);
                finish(importId, row, checked, facts, written);
                return new Stored(checked, importId);
            });
            if (stored.importId() < 0) {
                progress.update(Phase.WRITING, 0, -1);
                return reject(row, stored.checked());
            }
            return stored.importId();
        } finally {
            thread.shutdownNow();
        }
    }

    private record Stored(CheckedFile checked, long importId) {
    }

    private void finish(long importId, FeedStore.NewImport row, CheckedFile checked, FactStream facts, long written) {
        if (written != facts.sent()) {
            throw new IllegalStateException("wrote " + written + " rows of " + facts.sent());
        }
        int imported = facts.sent();
        int duplicates = checked.good() - imported;
        Instant finished = clock.instant();
        store.finish(importId, checked, imported, facts.unmatched(), duplicates, finished);
        log.info("Feed import {}: {} rows read, {} new; {}", importId, checked.rows(), imported, facts.waits());
        store.insertProblems(importId, checked.problems());
        FeedStore.NewImport done = counted(row, ImportStatus.IMPORTED, checked, finished);
        audit.recordWrite("feed.import", "feed_import", Long.toString(importId), row.regionCode(), null,
                summary(importId, done, imported, facts.unmatched(), duplicates));
        if (imported > 0) {
            events.publishEvent(new FeedImported(importId, row.type(), row.regionCode(), imported,
                    imported - facts.unmatched(), finished));
        }
    }

    private void refuseIfImported(FeedType type, String hash) {
        store.importedAs(type, hash).ifPresent(before -> {
            throw new ConflictException("this file was imported already (import " + before.id() + " of "
                    + before.at() + "); importing it again would add nothing, so nothing was done");
        });
    }

    private long reject(FeedStore.NewImport row, CheckedFile checked) {
        return transaction.execute(tx -> {
            FeedStore.NewImport rejected = counted(row, ImportStatus.REJECTED, checked, clock.instant());
            long id = store.insert(rejected);
            store.insertProblems(id, checked.problems());
            audit.recordWrite("feed.reject", "feed_import", Long.toString(id), row.regionCode(), null,
                    summary(id, rejected, 0, 0, 0));
            return id;
        });
    }

    private static FeedStore.NewImport counted(FeedStore.NewImport r, ImportStatus status, CheckedFile checked,
                                               Instant finished) {
        return new FeedStore.NewImport(r.type(), r.mode(), status, r.fileName(), r.format(), r.fileHash(),
                r.regionCode(), checked.rows(), checked.rejected(), checked.problemsTotal(), r.by(), r.started(),
                finished);
    }

    private static Map<String, Object> summary(long id, FeedStore.NewImport r, int imported, int unmatched,
                                               int duplicates) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("type", r.type().word());
        s.put("mode", r.mode().word());
        s.put("status", r.status().name());
        s.put("fileName", r.fileName());
        s.put("fileHash", r.fileHash());
        s.put("rows", r.rows());
        s.put("imported", imported);
        s.put("rejected", r.rejected());
        s.put("duplicates", duplicates);
        s.put("unmatched", unmatched);
        s.put("problems", r.problemsTotal());
        return s;
    }

    @Override
    public boolean mayImport() {
        return Actor.find().map(a -> a.roles().stream().anyMatch(IMPORTERS::contains)).orElse(false);
    }

    @Override
    public FeedImport get(long id) {
        return store.find(id, readScope()).orElseThrow(() -> new NotFoundException("feed import " + id));
    }

    @Override
    public ImportPage list(FeedType type, int page, int size) {
        pageChecks(page, size);
        RegionScope scope = readScope();
        return new ImportPage(store.list(scope, type, page, size), page, size, store.count(scope, type));
    }

    @Override
    public List<UnmatchedRow> unmatched(long importId) {
        get(importId);
        return store.unmatched(importId);
    }

    @Override
    public UnmatchedPage unmatched(long importId, int page, int size) {
        pageChecks(page, size);
        get(importId);
        return new UnmatchedPage(store.unmatched(importId, page, size), page, size, store.unmatchedCount(importId));
    }

    @Override
    public FeedFileLayout layout(FeedType type) {
        FeedLayout layout = FeedLayouts.of(type);
        List<FeedFileLayout.Column> columns = layout.columns().stream().map(c -> new FeedFileLayout.Column(c.name(),
                c.label(), c.required(), c.kindInWords(), c.description(),
                c.codes().stream().map(k -> new FeedFileLayout.Code(k.code(), k.label())).toList(), c.example()))
                .toList();
        List<String> key = layout.key().stream().map(f -> layout.column(f).map(Column::name).orElse(f.name()))
                .toList();
        return new FeedFileLayout(type, layout.description(), columns, key);
    }

    @Override
    public void writeTemplate(FeedType type, FileFormat format, OutputStream out) {
        try {
            if (format == FileFormat.XLSX) {
                Templates.xlsx(type, out);
            } else {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                Templates.csv(type, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeReport(long importId, Writer out) {
        FeedImport i = get(importId);
        try {
            out.write('\uFEFF');
            out.write("row,column,kind,message\n");
            for (RowProblem p : i.problems()) {
                line(out, Integer.toString(p.row()), p.column(), "ERROR", p.message());
            }
            if (i.problemsTotal() > i.problems().size()) {
                line(out, "", "", "ERROR", (i.problemsTotal() - i.problems().size())
                        + " more problems are not listed: correct these and import the file again");
            }
            for (UnmatchedRow u : store.unmatched(importId)) {
                line(out, Integer.toString(u.row()), "id_number", "UNMATCHED",
                        "nobody registered has this ID number (" + u.idNumberMasked() + ", " + u.name()
                                + "); the row is kept and matched when the person is registered");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, String... fields) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            CsvField.text(b, f == null ? "" : f);
        }
        out.write(b.append('\n').toString());
    }

    @Override
    public int rematch() {
        Actor actor = Actor.current();
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("re-matching all feeds is for administrators");
        }
        return rematch.all();
    }

    private static void pageChecks(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(page < 0 ? "page" : "size",
                    page < 0 ? "must be 0 or more" : "must be from 1 to " + MAX_PAGE_SIZE);
        }
    }

    private static Actor importer() {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(IMPORTERS::contains)) {
            throw new AccessDeniedException("feeds are imported by county officers and administrators");
        }
        return actor;
    }

    private static RegionScope readScope() {
        return RegionScope.of(Actor.current().regionCode());
    }

    static Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new InvalidInputException("file", "must be a .csv or .xlsx file (an .xls workbook: save it as .xlsx)");
    }

    private static String baseName(String fileName) {
        String name = fileName.strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return FeedStore.truncate(name, 200);
    }
}

package org.doudi.registry.internal.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import org.doudi.shared.Futures;
import org.doudi.audit.AuditLog;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.registry.GenerationProgress;
import org.doudi.registry.GenerationRefusedException;
import org.doudi.registry.GenerationReport;
import org.doudi.registry.GenerationTarget;
import org.doudi.registry.PopulationSpec;
import org.doudi.registry.SyntheticPopulation;
import org.doudi.shared.pii.PiiProtector;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a generation: plans the villages, finds where an earlier run of the same spec stopped, then
 * draws households chunk by chunk and hands their rows to the sink — PostgreSQL COPY, JDBC batches
 * or CSV files. The run's one audit record is written with the first chunk, in its transaction.
 */
@Service
class SyntheticPopulationService implements SyntheticPopulation {

    /** Households per transaction; also the unit an interrupted run resumes by, so it never changes. */
    static final int CHUNK = 1000;

    private final Regions regions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final PiiProtector pii;
    private final AuditLog audit;

    SyntheticPopulationService(Regions regions, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                               DataSource dataSource, PiiProtector pii, AuditLog audit) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.pii = pii;
        this.audit = audit;
    }

    @Override
    public GenerationReport generate(PopulationSpec spec, GenerationTarget target, GenerationProgress progress) {
        long started = System.nanoTime();
        PopulationPlan plan = plan(spec);
        long present = 0;
        RowSink sink;
        if (target instanceof GenerationTarget.CsvDirectory csv) {
            sink = new CsvSink(csv.directory());
        } else {
            present = new EarlierRun(jdbc, pii).householdsPresent(plan, CHUNK);
            sink = isPostgres() ? new PostgresCopySink(jdbc, transaction, dataSource) : new JdbcBatchSink(jdbc, transaction);
        }
        progress.households(present, spec.households());
        Population population = new Population(plan);
        population.skipTo(present);
        Map<String, Long> rows = writeAll(population, sink, spec, !(target instanceof GenerationTarget.CsvDirectory),
                progress);
        return new GenerationReport(spec, sink.method(), spec.households() - present, present, rows,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Writes the rest of the population chunk by chunk; the next chunk is drawn and encrypted meanwhile. */
    private Map<String, Long> writeAll(Population population, RowSink sink, PopulationSpec spec, boolean audited,
                                       GenerationProgress progress) {
        Map<RegistryTable, Long> rows = new EnumMap<>(RegistryTable.class);
        for (RegistryTable t : RegistryTable.values()) {
            rows.put(t, 0L);
        }
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "population-ahead");
            t.setDaemon(true);
            return t;
        });
        try (sink) {
            Future<PreparedChunk> next = ahead.submit(() -> PreparedChunk.next(population, CHUNK, pii));
            boolean first = true;
            for (PreparedChunk chunk = Futures.await(next, "the next households"); !chunk.households().isEmpty();
                 chunk = Futures.await(next, "the next households")) {
                next = ahead.submit(() -> PreparedChunk.next(population, CHUNK, pii));
                ChunkRows chunkRows = ChunkRows.of(chunk.households(), chunk.sealed(), sink.nextIds());
                long from = chunk.households().get(0).index();
                long to = from + chunk.households().size();
                Runnable alongside = first && audited ? () -> recordRun(spec, from) : () -> { };
                try {
                    sink.write(chunkRows, alongside);
                } catch (DuplicateKeyException e) {
                    throw new GenerationRefusedException("Households " + from + "–" + (to - 1)
                            + " clash with what is in the database (an ID number already registered?): "
                            + e.getMostSpecificCause().getMessage());
                }
                first = false;
                for (RegistryTable t : RegistryTable.values()) {
                    rows.merge(t, (long) chunkRows.of(t).size(), Long::sum);
                }
                progress.households(to, spec.households());
            }
        } finally {
            ahead.shutdownNow();
        }
        Map<String, Long> byTable = new LinkedHashMap<>();
        rows.forEach((t, n) -> byTable.put(t.tableName(), n));
        return byTable;
    }

    PopulationPlan plan(PopulationSpec spec) {
        if (regions.find(spec.regionCode()).isEmpty()) {
            throw new GenerationRefusedException("Region " + spec.regionCode() + " is not in the region tree.");
        }
        RegionScope scope = RegionScope.of(spec.regionCode());
        List<Region> villages = regions.within(scope, RegionLevel.VILLAGE);
        if (villages.isEmpty()) {
            throw new GenerationRefusedException("Region " + spec.regionCode() + " has no villages or communities "
                    + "to place households in.");
        }
        Map<String, String> towns = new LinkedHashMap<>();
        for (Region town : regions.within(scope, RegionLevel.TOWN)) {
            towns.put(town.code(), town.name());
        }
        List<String> missing = new ArrayList<>();
        villages.stream().map(Region::parentCode).distinct().filter(c -> !towns.containsKey(c)).forEach(missing::add);
        for (String code : missing) {
            regions.find(code).ifPresent(town -> towns.put(town.code(), town.name()));
        }
        return PopulationPlan.of(spec, villages, towns);
    }

    /** A drawn chunk with its identifiers sealed; empty when the population is exhausted. */
    record PreparedChunk(List<SyntheticHousehold> households, SealedIdentifiers sealed) {

        static PreparedChunk next(Population population, int size, PiiProtector pii) {
            List<SyntheticHousehold> households = population.next(size);
            return new PreparedChunk(households, SealedIdentifiers.of(households, pii));
        }
    }

    private void recordRun(PopulationSpec spec, long firstHousehold) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("households", spec.households());
        run.put("seed", spec.seed());
        run.put("region", spec.regionCode());
        run.put("referenceDate", spec.referenceDate().toString());
        run.put("fromHousehold", firstHousehold);
        audit.recordWrite("population.generate", "population", spec.regionCode() + "/" + spec.seed(), spec.regionCode(),
                null, run);
    }

    private boolean isPostgres() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equalsIgnoreCase(product);
    }
}

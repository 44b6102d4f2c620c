package org.doudi.registry.internal.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.doudi.region.RegionScope;
import org.doudi.registry.GenerationRefusedException;
import org.doudi.shared.pii.PiiProtector;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far an earlier run of the same spec got. A run's households are recognised by their heads'
 * ID numbers (through the blind index, so nothing is decrypted): chunks commit whole and in order,
 * so the run got as far as the last chunk whose last head is in the registry. A region that holds
 * households this spec did not make is refused: the ID numbers of two populations of one county
 * would collide.
 */
final class EarlierRun {

    private static final int QUERY_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final PiiProtector pii;

    EarlierRun(JdbcTemplate jdbc, PiiProtector pii) {
        this.jdbc = jdbc;
        this.pii = pii;
    }

    /** Households of the plan already in the database (0 for a fresh run; the plan's size when complete). */
    long householdsPresent(PopulationPlan plan, int chunk) {
        long size = plan.spec().households();
        String firstHead = new Population(plan).nextIdNumbers().get(0);
        if (present(List.of(pii.blindIndex(firstHead))).isEmpty()) {
            refuseIfRegionHasHouseholds(plan);
            return 0;
        }
        List<String> chunkFirstHeads = new ArrayList<>();
        List<String> chunkLastHeads = new ArrayList<>();
        Population replay = new Population(plan);
        while (replay.hasNext()) {
            long index = replay.position();
            String head = pii.blindIndex(replay.nextIdNumbers().get(0));
            if (index % chunk == 0) {
                chunkFirstHeads.add(head);
            }
            if (index % chunk == chunk - 1 || index == size - 1) {
                chunkLastHeads.add(head);
            }
        }
        List<String> all = new ArrayList<>(chunkFirstHeads);
        all.addAll(chunkLastHeads);
        Set<String> found = present(all);
        int done = 0;
        while (done < chunkLastHeads.size() && found.contains(chunkLastHeads.get(done))) {
            done++;
        }
        for (int k = done; k < chunkLastHeads.size(); k++) {
            if (found.contains(chunkFirstHeads.get(k)) || found.contains(chunkLastHeads.get(k))) {
                throw new GenerationRefusedException("Households " + (long) k * chunk + "… of seed " + plan.seed()
                        + " are partly in the database already, probably from a run with another number of households. "
                        + "Run again with that number, or generate into an empty database.");
            }
        }
        return Math.min(size, (long) done * chunk);
    }

    private void refuseIfRegionHasHouseholds(PopulationPlan plan) {
        RegionScope scope = RegionScope.of(plan.spec().regionCode());
        Long existing = jdbc.queryForObject("select count(*) from household where region_code between ? and ?",
                Long.class, scope.lo(), scope.hi());
        if (existing != null && existing > 0) {
            throw new GenerationRefusedException("Region " + plan.spec().regionCode() + " already has " + existing
                    + " households that seed " + plan.seed() + " (reference date " + plan.referenceDate()
                    + ") did not generate. A synthetic population goes into a region without households: "
                    + "choose another --region, or an empty database (DOUDI_DB_URL). To continue an earlier run, "
                    + "repeat its command exactly.");
        }
    }

    private Set<String> present(List<String> hashes) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += QUERY_BATCH) {
            List<String> batch = hashes.subList(from, Math.min(hashes.size(), from + QUERY_BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            found.addAll(jdbc.queryForList("select id_number_hash from person where id_number_hash in (" + marks + ")",
                    String.class, batch.toArray()));
        }
        return found;
    }
}

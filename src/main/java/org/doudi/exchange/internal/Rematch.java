package org.doudi.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.doudi.audit.AuditLog;
import org.doudi.registry.Households;
import org.doudi.registry.PersonLocation;
import org.doudi.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches stored facts again: a row nobody had the ID number of finds the person registered since, and the
 * facts of a person who moved follow them to their new household and region. Two walks, {@value #CHUNK} people
 * per transaction, each on a small index: the unmatched rows by the blind index's key, the matched rows by
 * person (decision 0034). A run that stops leaves finished chunks, and the next run simply does the rest again
 * (a chunk already up to date changes nothing). Every night, and on demand ({@code feed rematch},
 * {@code POST /api/v1/feeds/rematch}).
 */
@Component
class Rematch {

    private static final Logger log = LoggerFactory.getLogger(Rematch.class);
    static final int CHUNK = 10_000;

    /** Rows nobody matched yet, found by the partial index on the blind index's key. */
    private static final String MATCH = """
            update feed_fact set person_id = ?, household_id = ?, region_code = ?, matched_at = ?
             where id_key = ? and id_number_hash = ? and person_id is null""";

    /** Rows of a matched person whose household or region is no longer theirs. */
    private static final String FOLLOW = """
            update feed_fact set household_id = ?, region_code = ?, matched_at = ?
             where person_id = ? and (household_id is distinct from ? or region_code <> ?)""";

    private final FeedStore store;
    private final Households households;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    Rematch(FeedStore store, Households households, JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.households = households;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every stored fact; answers how many changed. */
    int all() {
        int changed = 0;
        long after = Long.MIN_VALUE;
        List<String> hashes;
        while (!(hashes = store.unmatchedHashesAfter(after, CHUNK)).isEmpty()) {
            after = RowValidator.idKey(hashes.get(hashes.size() - 1));
            changed += inChunk(hashes);
        }
        FeedStore.MatchedPeople page = store.matchedAfter(0, CHUNK);
        while (!page.hashes().isEmpty()) {
            changed += inChunk(page.hashes());
            page = store.matchedAfter(page.lastPerson(), CHUNK);
        }
        return changed;
    }

    private int inChunk(List<String> hashes) {
        List<PersonLocation> found = households.locate(hashes);
        return transaction.execute(tx -> {
            int n = apply(found);
            if (n > 0) {
                audit.recordWrite("feed.rematch", "feed_fact", "*", null, null, Map.of("factsChanged", n,
                        "peopleLooked", found.size()));
            }
            return n;
        });
    }

    /** The facts of these people, in the caller's transaction (the caller audits). */
    int apply(Collection<PersonLocation> people) {
        if (people.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> match = new ArrayList<>(people.size());
        List<Object[]> follow = new ArrayList<>(people.size());
        for (PersonLocation p : people) {
            match.add(new Object[] {p.personId(), p.householdId(), p.regionCode(), now,
                    RowValidator.idKey(p.idNumberHash()), p.idNumberHash()});
            follow.add(new Object[] {p.householdId(), p.regionCode(), now, p.personId(), p.householdId(),
                    p.regionCode()});
        }
        return batches(MATCH, match) + batches(FOLLOW, follow);
    }

    private int batches(String sql, List<Object[]> rows) {
        int changed = 0;
        for (int from = 0; from < rows.size(); from += 1_000) {
            for (int n : jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1_000)))) {
                changed += Math.max(n, 0);
            }
        }
        return changed;
    }

    @Scheduled(cron = "${doudi.exchange.rematch-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        int changed = RunAs.actor(Actor.SYSTEM, this::all);
        log.info("Feed re-match: {} facts changed", changed);
    }
}

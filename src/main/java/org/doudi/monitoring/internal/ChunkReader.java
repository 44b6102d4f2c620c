package org.doudi.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.doudi.monitoring.FeedFacts;
import org.doudi.monitoring.FeedFactSource;
import org.doudi.payment.BenefitsInForce;
import org.doudi.region.RegionScope;
import org.doudi.registry.HouseholdBatches;
import org.doudi.registry.HouseholdDetail;
import org.springframework.stereotype.Component;

/**
 * Reads households for the screening a chunk at a time — which ones (by ascending id after a checkpoint), and
 * everything their view needs — in a fixed number of queries per chunk: the registry's details, the benefits,
 * each feed source's facts, the monitoring records. Runs as the current actor, whose region bounds every read.
 */
@Component
class ChunkReader {

    private final HouseholdBatches batches;
    private final BenefitsInForce benefits;
    private final List<FeedFactSource> sources;
    private final MonitoredStore monitored;
    private final ViewBuilder views;

    ChunkReader(HouseholdBatches batches, BenefitsInForce benefits, List<FeedFactSource> sources,
                MonitoredStore monitored, ViewBuilder views) {
        this.batches = batches;
        this.benefits = benefits;
        this.sources = sources;
        this.monitored = monitored;
        this.views = views;
    }

    /** Every household of the region above {@code afterId}, at most {@code limit}. */
    List<Long> ids(String regionCode, long afterId, int limit) {
        return batches.ids(regionCode, afterId, limit);
    }

    long count(String regionCode) {
        return batches.count(regionCode);
    }

    /**
     * The households of the region touched at or after {@code since} above {@code afterId}, at most {@code limit}:
     * written in the registry, their benefits granted or changed, new facts at a feed source, their monitoring
     * record changed. Each source answers its own first {@code limit}; the union's first {@code limit} are the
     * chunk, so that the next chunk starts after the last of them.
     */
    List<Long> touched(String regionCode, Instant since, long afterId, int limit) {
        TreeSet<Long> ids = new TreeSet<>(batches.touchedSince(regionCode, since, afterId, limit));
        ids.addAll(benefits.householdsChangedSince(regionCode, since, afterId, limit));
        for (FeedFactSource s : sources) {
            ids.addAll(s.touchedSince(regionCode, since, afterId, limit));
        }
        ids.addAll(monitored.touchedSince(RegionScope.of(regionCode), since, afterId, limit));
        List<Long> first = new ArrayList<>(limit);
        for (Long id : ids) {
            if (first.size() == limit) {
                break;
            }
            first.add(id);
        }
        return first;
    }

    List<ScreeningView> read(List<Long> ids, LocalDate asOf) {
        List<HouseholdDetail> details = batches.details(ids);
        if (details.isEmpty()) {
            return List.of();
        }
        List<Long> found = details.stream().map(HouseholdDetail::id).toList();
        List<FeedFacts> facts = new ArrayList<>();
        for (FeedFactSource s : sources) {
            facts.addAll(s.factsFor(details, asOf));
        }
        return views.build(details, benefits.ofHouseholds(found), facts, monitored.statuses(found), asOf);
    }
}

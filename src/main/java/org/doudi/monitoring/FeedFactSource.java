package org.doudi.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.doudi.registry.HouseholdDetail;

/**
 * A source of facts about registered people for the screening's household view: the registry itself now,
 * the department feeds of the exchange module when it is wired in. Every bean of this type contributes; the
 * view merges what they say per person (the earliest date, the largest amount or count, the most severe
 * disability), so a fact known twice counts once.
 *
 * <p>Called inside the screening run's transaction, as the run's actor, once per chunk of households:
 * answer in a fixed number of queries for the whole chunk, never one per household.
 */
public interface FeedFactSource {

    /** A short name for explanations and logs, e.g. {@code registry}. */
    String name();

    /**
     * What the source knows about the members of {@code households} (already read from the registry, so a
     * source matched to people by ID number's keyed hash finds them by {@code personId}) as of {@code asOf}.
     */
    List<FeedFacts> factsFor(List<HouseholdDetail> households, LocalDate asOf);

    /**
     * Households of the region whose facts at this source arrived at or after {@code since}, above
     * {@code afterId}, ascending, at most {@code limit}: what an incremental run screens besides the households
     * the registry and the benefits changed. A source whose facts are the registry's own answers none.
     */
    default List<Long> touchedSince(String regionCode, Instant since, long afterId, int limit) {
        return List.of();
    }
}

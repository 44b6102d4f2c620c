package org.doudi.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Set-based reads of the registry for batch jobs (screening runs, reports): households in chunks, by
 * ascending id, each chunk read in a fixed number of queries whatever its size. Like {@link Households},
 * every call is limited to {@code Actor.current()}'s region; {@code regionCode} narrows it further (a
 * region outside the actor's reads as empty).
 */
public interface HouseholdBatches {

    /** How many households the region holds. */
    long count(String regionCode);

    /** Ids of the region's households above {@code afterId}, ascending, at most {@code limit}. */
    List<Long> ids(String regionCode, long afterId, int limit);

    /**
     * Ids of the region's households written at or after {@code since} (the household or anything in it:
     * members, facts, assets, expenses), above {@code afterId}, ascending, at most {@code limit}.
     */
    List<Long> touchedSince(String regionCode, Instant since, long afterId, int limit);

    /**
     * The households of {@code ids} (those in the actor's region), by id, as {@link Households#get} reads each but
     * without the membership history ({@link HouseholdDetail#history()} is empty): a batch job judges households
     * as they are now.
     */
    List<HouseholdDetail> details(Collection<Long> ids);
}

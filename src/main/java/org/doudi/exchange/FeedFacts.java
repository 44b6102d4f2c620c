package org.doudi.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reading the departments' facts, set-based, for screening and casework. Every call sees only the facts in
 * the actor's region ({@code Actor.SYSTEM} for batch jobs sees all). "In force from {@code since}" means the
 * fact holds on {@code since} or later: an event or month on or after it, a state not ended before it.
 * {@code since} null means all. Matched facts only: an unmatched row belongs to nobody yet.
 */
public interface FeedFacts {

    /**
     * Facts of the types about these registered people, ordered by person, type and date: a person's facts follow
     * them into whichever household they belong to now (screening reads a household's facts by its members).
     */
    List<FeedFact> ofPeople(Collection<Long> personIds, Set<FeedType> types, LocalDate since);

    /** The same facts as {@link #ofPeople}, in the same order, as screening reads them: {@link FeedFact.Brief}. */
    List<FeedFact.Brief> briefOfPeople(Collection<Long> personIds, Set<FeedType> types, LocalDate since);

    /** The households that facts of this import were matched to (what incremental screening looks at). */
    Set<Long> householdsOfImport(long importId);

    /** The households whose facts were matched (imported or re-matched) after the instant, in the region. */
    Set<Long> householdsMatchedSince(Instant since, String regionCode);
}

package org.doudi.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.doudi.exchange.FeedFact;
import org.doudi.exchange.FeedFacts;
import org.doudi.exchange.FeedType;
import org.doudi.region.RegionScope;
import org.doudi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link FeedFacts}: the facts, read set-based, always within the actor's region. */
@Service
@Transactional(readOnly = true)
class FeedFactService implements FeedFacts {

    private final FeedStore store;

    FeedFactService(FeedStore store) {
        this.store = store;
    }

    @Override
    public List<FeedFact> ofPeople(Collection<Long> personIds, Set<FeedType> types, LocalDate since) {
        return store.ofPeople(personIds, types, since, scope());
    }

    @Override
    public List<FeedFact.Brief> briefOfPeople(Collection<Long> personIds, Set<FeedType> types, LocalDate since) {
        return store.briefOfPeople(personIds, types, since, scope());
    }

    @Override
    public Set<Long> householdsOfImport(long importId) {
        return store.householdsOfImport(importId, scope());
    }

    @Override
    public Set<Long> householdsMatchedSince(Instant since, String regionCode) {
        RegionScope own = scope();
        RegionScope asked = regionCode == null ? own : RegionScope.of(regionCode);
        return own.contains(asked) ? store.householdsMatchedSince(since, asked) : Set.of();
    }

    private static RegionScope scope() {
        return RegionScope.of(Actor.current().regionCode());
    }
}

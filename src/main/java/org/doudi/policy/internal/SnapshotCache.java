package org.doudi.policy.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.RegionCodes;

/**
 * Snapshots of one fixed set of approved entries, resolved once by {@link ParameterResolution} and
 * then shared. What a snapshot holds depends only on which of the entries of the region's chain
 * (the region and its ancestors) are in force, and that changes only on an entry's date. So the
 * resolved values are kept per (chain of regions that have entries, latest entry date on or before
 * the date): all villages of a county without entries of their own, on every day between two
 * changes, share one resolution. A look-up is two hash-map reads and a tree-set floor.
 */
final class SnapshotCache {

    /** The regions of a chain that have entries, nearest first, and every date an entry of theirs starts. */
    private record Chain(List<String> regions, NavigableSet<LocalDate> changeDates) {
    }

    private record Key(List<String> regions, LocalDate periodStart) {
    }

    private final List<ParameterEntry> entries;
    private final Map<String, NavigableSet<LocalDate>> datesByRegion;
    private final Map<String, Chain> chains = new ConcurrentHashMap<>();
    private final Map<Key, Map<String, ResolvedParameter>> resolved = new ConcurrentHashMap<>();

    SnapshotCache(Collection<ParameterEntry> entries) {
        this.entries = List.copyOf(entries);
        this.datesByRegion = this.entries.stream().collect(Collectors.groupingBy(ParameterEntry::regionCode,
                Collectors.mapping(ParameterEntry::since, Collectors.toCollection(TreeSet::new))));
    }

    ParameterSnapshot snapshot(String regionCode, LocalDate date) {
        Chain chain = chains.computeIfAbsent(regionCode, this::chainOf);
        Key key = new Key(chain.regions(), chain.changeDates().floor(date));
        Map<String, ResolvedParameter> values = resolved.computeIfAbsent(key,
                k -> ParameterResolution.snapshot(entries, regionCode, date).values());
        return new ParameterSnapshot(regionCode, date, values);
    }

    List<ParameterEntry> entries() {
        return entries;
    }

    private Chain chainOf(String regionCode) {
        RegionCodes.requireValid(regionCode);
        List<String> withEntries = ParameterResolution.regionAndAncestors(regionCode).stream()
                .filter(datesByRegion::containsKey).toList();
        NavigableSet<LocalDate> dates = new TreeSet<>();
        withEntries.forEach(r -> dates.addAll(datesByRegion.get(r)));
        return new Chain(withEntries, dates);
    }
}

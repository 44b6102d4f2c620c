package org.doudi.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.doudi.region.RegionCodes;

/**
 * The resolution rule of DOMAIN.md §2.0, as a pure function: for (region, date), the value at the
 * nearest level from the region up to the province whose entry is in force on that date (the latest
 * entry on or before the date). Ancestors come from the code itself (village → town → county → city
 * → province), so no look-up of the region tree is needed.
 */
public final class ParameterResolution {

    private ParameterResolution() {
    }

    /** The region and its ancestors, nearest first: 990121101201, 990121101000, 990121000000, 990100000000, 990000000000. */
    public static List<String> regionAndAncestors(String regionCode) {
        return RegionCodes.selfAndAncestors(regionCode);
    }

    /** Resolves one parameter from its entries (of any regions). Empty when nothing is in force. */
    public static Optional<ResolvedParameter> resolve(Collection<ParameterEntry> entriesOfOneName, String regionCode,
                                                      LocalDate date) {
        Map<String, List<ParameterEntry>> byRegion = entriesOfOneName.stream()
                .collect(Collectors.groupingBy(ParameterEntry::regionCode));
        for (String region : regionAndAncestors(regionCode)) {
            Optional<ParameterEntry> inForce = byRegion.getOrDefault(region, List.of()).stream()
                    .filter(e -> !e.since().isAfter(date))
                    .max(java.util.Comparator.comparing(ParameterEntry::since));
            if (inForce.isPresent()) {
                ParameterEntry e = inForce.get();
                return Optional.of(new ResolvedParameter(e.name(), e.value(), e.regionCode(), e.since()));
            }
        }
        return Optional.empty();
    }

    /** Resolves every parameter named in the entries, once, for a region and date. */
    public static ParameterSnapshot snapshot(Collection<ParameterEntry> allEntries, String regionCode, LocalDate date) {
        Map<String, ResolvedParameter> values = new HashMap<>();
        allEntries.stream().collect(Collectors.groupingBy(ParameterEntry::name))
                .forEach((name, entries) -> resolve(entries, regionCode, date).ifPresent(r -> values.put(name, r)));
        return new ParameterSnapshot(regionCode, date, values);
    }
}

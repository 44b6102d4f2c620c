package org.doudi.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** The places a page names: the villages a person may choose from, and where a region sits in the tree. */
@Component
class Places {

    /** The villages of one town, for an {@code <optgroup>}; {@code town} is null when the person works in one village. */
    record TownVillages(Region town, List<Region> villages) {
    }

    private final Regions regions;

    Places(Regions regions) {
        this.regions = regions;
    }

    /** Every village inside the actor's region, grouped by town, in code order. */
    List<TownVillages> villagesOf(Actor actor) {
        RegionScope scope = RegionScope.of(actor.regionCode());
        Map<String, Region> towns = new LinkedHashMap<>();
        regions.within(scope, RegionLevel.TOWN).forEach(t -> towns.put(t.code(), t));
        Map<String, List<Region>> byTown = new LinkedHashMap<>();
        for (Region v : regions.within(scope, RegionLevel.VILLAGE)) {
            byTown.computeIfAbsent(v.parentCode(), k -> new ArrayList<>()).add(v);
        }
        List<TownVillages> groups = new ArrayList<>();
        byTown.forEach((town, villages) -> groups.add(new TownVillages(towns.get(town), List.copyOf(villages))));
        return groups;
    }

    /** Village code → name, for the villages of {@link #villagesOf}. */
    static Map<String, String> names(List<TownVillages> groups) {
        Map<String, String> names = new LinkedHashMap<>();
        groups.forEach(g -> g.villages().forEach(v -> names.put(v.code(), v.name())));
        return names;
    }

    /** The region and its ancestors, province first. */
    List<Region> path(String code) {
        return regions.path(code);
    }
}

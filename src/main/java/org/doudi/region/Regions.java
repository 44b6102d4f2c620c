package org.doudi.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The region module's API: look-ups on the tree and loading it. */
public interface Regions {

    Optional<Region> find(String code);

    /** The region and its ancestors, province first. Empty when the code is unknown. */
    List<Region> path(String code);

    List<Region> children(String code);

    /** Every region inside the scope at the given level (e.g. all villages of a county), by code. */
    List<Region> within(RegionScope scope, RegionLevel level);

    /** Adds regions that are not there yet (by code); returns how many were added. Parents first. */
    int addMissing(Collection<Region> regions);
}

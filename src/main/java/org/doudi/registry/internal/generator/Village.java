package org.doudi.registry.internal.generator;

import org.doudi.registry.Residence;

/**
 * A village or community households are placed in, with the town it belongs to (for addresses)
 * and its size relative to the others.
 */
record Village(String code, String name, String townName, Residence residence, int weight) {

    /** The first six digits of the county: the region of issue of its people's ID numbers. */
    String countyPrefix() {
        return code.substring(0, 6);
    }
}

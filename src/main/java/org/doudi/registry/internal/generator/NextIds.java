package org.doudi.registry.internal.generator;

import java.util.EnumMap;
import java.util.Map;

/** The next id to give in each table that has one; ids are given in order, without gaps. */
final class NextIds {

    private final Map<RegistryTable, Long> next = new EnumMap<>(RegistryTable.class);

    NextIds(Map<RegistryTable, Long> first) {
        next.putAll(first);
    }

    static NextIds startingAtOne() {
        Map<RegistryTable, Long> first = new EnumMap<>(RegistryTable.class);
        for (RegistryTable t : RegistryTable.values()) {
            if (t.hasIdentity()) {
                first.put(t, 1L);
            }
        }
        return new NextIds(first);
    }

    long take(RegistryTable table) {
        long id = next.get(table);
        next.put(table, id + 1);
        return id;
    }
}

package org.doudi.shared.jdbc;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chunk of ids that a batch job reads together (the households of a screening run's chunk), and how a query
 * selects them. When the ids fill at least half of the range from the first to the last — a run over a province
 * takes every id in turn — a query selects the range: one index range scan, planned in a moment whatever the
 * chunk's size. Otherwise it selects the list. A range may hold ids that are not in the chunk, so what a query
 * read by the range is kept only when the chunk {@link #contains} its id; the query's own conditions (the
 * region's range above all) still apply to every row it reads.
 */
public final class IdChunk {

    private final Set<Long> ids;
    private final long first;
    private final long last;

    private IdChunk(Set<Long> ids, long first, long last) {
        this.ids = ids;
        this.first = first;
        this.last = last;
    }

    public static IdChunk of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a chunk has at least one id");
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long id : ids) {
            first = Math.min(first, id);
            last = Math.max(last, id);
        }
        return new IdChunk(Set.copyOf(ids), first, last);
    }

    /** Whether queries select the range rather than the list. */
    public boolean byRange() {
        return ids.size() * 2L >= last - first + 1;
    }

    /**
     * The condition selecting the chunk on {@code column}, with named parameters {@code name}First and
     * {@code name}Last (a range) or {@code name} (a list): put {@link #params} beside it.
     */
    public String where(String column, String name) {
        return byRange() ? column + " between :" + name + "First and :" + name + "Last"
                : column + " in (:" + name + ")";
    }

    /** The values of {@link #where}'s parameters. */
    public Map<String, Object> params(String name) {
        Map<String, Object> p = new HashMap<>();
        if (byRange()) {
            p.put(name + "First", first);
            p.put(name + "Last", last);
        } else {
            p.put(name, List.copyOf(ids));
        }
        return p;
    }

    public boolean contains(Long id) {
        return id != null && ids.contains(id);
    }

    public int size() {
        return ids.size();
    }
}

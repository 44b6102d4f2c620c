package org.doudi.shared.jdbc;

import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * A chunk of ids that a batch job reads together (the households of a screening run's chunk), and how a query
 * selects them. When the ids fill at least half of the range from the first to the last — a run over a province
 * takes every id in turn — a query selects the range: one index range scan, planned in a moment whatever the
 * chunk's size. Otherwise it selects the list. A range may hold ids that are not in the chunk, so what a query
 * read by the range is kept only when the chunk {@link #contains} its id; the query's own conditions (the
 * region's range above all) still apply to every row it reads.
 * <p>
 * The ids are kept sorted in a primitive array: {@link #contains} is asked for every row a screening reads, and a
 * boxed hash set cost a few per cent of a province's run (docs/PERFORMANCE.md, "Screening"). A chunk that fills
 * its range answers with two comparisons.
 */
public final class IdChunk {

    private final long[] ids;

    private IdChunk(long[] ids) {
        this.ids = ids;
    }

    public static IdChunk of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a chunk has at least one id");
        }
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        return new IdChunk(sorted);
    }

    private long first() {
        return ids[0];
    }

    private long last() {
        return ids[ids.length - 1];
    }

    /** Whether every id from the first to the last is in the chunk. */
    private boolean full() {
        return last() - first() + 1 == ids.length;
    }

    /** Whether queries select the range rather than the list. */
    public boolean byRange() {
        return ids.length * 2L >= last() - first() + 1;
    }

    /**
     * The condition selecting the chunk on {@code column}, with named parameters {@code name}First and
     * {@code name}Last (a range) or {@code name} (an array of the ids): put {@link #params} beside it. A list is
     * one array parameter, not one parameter per id: the statement's text is the same for every chunk whatever
     * its length, where {@code in (?, ?, …)} with thousands of ids made a new statement for every length.
     */
    public String where(String column, String name) {
        return byRange() ? column + " between :" + name + "First and :" + name + "Last"
                : column + " = any(:" + name + ")";
    }

    /** The values of {@link #where}'s parameters. */
    public Map<String, Object> params(String name) {
        Map<String, Object> p = new HashMap<>();
        if (byRange()) {
            p.put(name + "First", first());
            p.put(name + "Last", last());
        } else {
            p.put(name, new SqlParameterValue(Types.ARRAY, Arrays.stream(ids).boxed().toArray(Long[]::new)));
        }
        return p;
    }

    public boolean contains(Long id) {
        return id != null && contains(id.longValue());
    }

    public boolean contains(long id) {
        if (id < first() || id > last()) {
            return false;
        }
        return full() || Arrays.binarySearch(ids, id) >= 0;
    }

    public int size() {
        return ids.length;
    }
}

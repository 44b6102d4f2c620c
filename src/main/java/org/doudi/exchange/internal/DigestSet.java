package org.doudi.exchange.internal;

import java.util.UUID;

/**
 * The row digests an import has seen, so that a row the file repeats is stored once. A file of a million rows
 * asks a million times, and a {@code HashSet<UUID>} spent most of that in cache misses: from the table to the
 * entry to the UUID (docs/PERFORMANCE.md, "Feed import"). Here both halves of each digest sit side by side in one
 * array, open addressing with linear probing, so a look-up usually touches one cache line. It is exact: two
 * digests are the same only when all 128 bits are. Not thread-safe; used by the matching thread alone.
 */
final class DigestSet {

    private long[] slots;
    private boolean[] used;
    private int size;

    DigestSet() {
        this(1 << 14);
    }

    DigestSet(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        slots = new long[n * 2];
        used = new boolean[n];
    }

    /** Adds the digest; false when it was there already. */
    boolean add(UUID digest) {
        if ((size + 1) * 3L > used.length * 2L) {
            grow();
        }
        return insert(digest.getMostSignificantBits(), digest.getLeastSignificantBits());
    }

    int size() {
        return size;
    }

    private boolean insert(long high, long low) {
        int mask = used.length - 1;
        // the digest is already uniformly spread (a hash of the row): its bits are the slot, after a final mix
        int i = (int) (mix(high ^ low) & mask);
        while (used[i]) {
            if (slots[2 * i] == high && slots[2 * i + 1] == low) {
                return false;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        slots[2 * i] = high;
        slots[2 * i + 1] = low;
        size++;
        return true;
    }

    private void grow() {
        long[] oldSlots = slots;
        boolean[] oldUsed = used;
        slots = new long[oldSlots.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                insert(oldSlots[2 * i], oldSlots[2 * i + 1]);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}

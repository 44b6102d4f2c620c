package org.doudi.exchange.internal;

import java.util.UUID;

/**
 * The row digests a file has shown so far, so that a row repeated in the file is stored once. An open-addressing
 * table of two {@code long} arrays rather than a {@code HashSet<UUID>}: a million-row file holds a million digests,
 * and a million objects and their table entries cost the import's threads more in memory traffic and garbage
 * collection than the look-ups themselves. The digests are SHA-256 bits, evenly spread already: their low bits
 * are the slot.
 */
final class DigestSet {

    private long[] high;
    private long[] low;
    private boolean[] used;
    private int size;

    DigestSet(int expected) {
        int slots = slotsFor(expected);
        high = new long[slots];
        low = new long[slots];
        used = new boolean[slots];
    }

    /** A power of two at least twice {@code expected}: open-addressing tables here stay at most half full. */
    static int slotsFor(int expected) {
        return Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    }

    /** Adds the digest; false when the set held it already. */
    boolean add(UUID digest) {
        if (size * 2 >= used.length) {
            grow();
        }
        return put(digest.getMostSignificantBits(), digest.getLeastSignificantBits());
    }

    int size() {
        return size;
    }

    private boolean put(long h, long l) {
        int mask = used.length - 1;
        for (int i = (int) l & mask; ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                high[i] = h;
                low[i] = l;
                size++;
                return true;
            }
            if (high[i] == h && low[i] == l) {
                return false;
            }
        }
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                put(oldHigh[i], oldLow[i]);
            }
        }
    }
}

package org.doudi.exchange.internal;

import java.util.HashMap;
import java.util.Map;

import org.doudi.registry.PersonLocation;

/**
 * The people a file's rows name, each asked about once: where the registry located them, or that nobody
 * registered has the ID number. Kept by the first 64 bits of the blind index ({@link FactRow#idKey()}) in an
 * open-addressing table, for the same reason as {@link DigestSet}; each entry keeps its whole blind index, so two
 * indexes that share their first 64 bits (for a file naming a million people, a chance of about one in 40 million)
 * are told apart, the second in a map of its own.
 */
final class KnownPeople {

    private long[] keys;
    /** The person located ({@link PersonLocation}), or the blind index of an ID number nobody registered has. */
    private Object[] values;
    private int size;
    private final Map<String, Object> sharingTheirKey = new HashMap<>();

    KnownPeople(int expected) {
        int slots = DigestSet.slotsFor(expected);
        keys = new long[slots];
        values = new Object[slots];
    }

    /**
     * Remembers the person as nobody registered until {@link #located} says otherwise; true the first time the
     * blind index is seen (it is to be looked up), false after.
     */
    boolean firstTime(long key, String hash) {
        if (size * 2 >= values.length) {
            grow();
        }
        int mask = values.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            Object v = values[i];
            if (v == null) {
                keys[i] = key;
                values[i] = hash;
                size++;
                return true;
            }
            if (keys[i] == key) {
                return hashOf(v).equals(hash) ? false : sharingTheirKey.putIfAbsent(hash, hash) == null;
            }
        }
    }

    /** The registry located the person with this blind index (asked about through {@link #firstTime}). */
    void located(PersonLocation person) {
        String hash = person.idNumberHash();
        long key = RowValidator.idKey(hash);
        int mask = values.length - 1;
        for (int i = (int) key & mask; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                if (hashOf(values[i]).equals(hash)) {
                    values[i] = person;
                } else {
                    sharingTheirKey.put(hash, person);
                }
                return;
            }
        }
        throw new IllegalStateException("located a person nobody asked about");
    }

    /** Where the person is, or null when nobody registered has the ID number. */
    PersonLocation location(long key, String hash) {
        int mask = values.length - 1;
        for (int i = (int) key & mask; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                Object v = hashOf(values[i]).equals(hash) ? values[i] : sharingTheirKey.get(hash);
                return v instanceof PersonLocation p ? p : null;
            }
        }
        throw new IllegalStateException("a person nobody asked about");
    }

    private static String hashOf(Object value) {
        return value instanceof PersonLocation p ? p.idNumberHash() : (String) value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        int mask = values.length - 1;
        for (int j = 0; j < oldValues.length; j++) {
            if (oldValues[j] != null) {
                int i = (int) oldKeys[j] & mask;
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}

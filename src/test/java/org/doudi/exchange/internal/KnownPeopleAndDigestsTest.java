package org.doudi.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.doudi.registry.PersonLocation;
import org.junit.jupiter.api.Test;

/** The import's compact tables of the people and row digests a file has shown (FactStream). */
class KnownPeopleAndDigestsTest {

    @Test
    void aDigestIsAddedOnceHoweverOftenItComesAndTheTableGrows() {
        DigestSet set = new DigestSet(4);
        Set<UUID> expected = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            // a quarter repeated: what a file that repeats rows would show
            UUID d = i % 4 == 3 ? new UUID(i - 1, -(i - 1)) : new UUID(i, -i);
            assertThat(set.add(d)).as("digest %s", d).isEqualTo(expected.add(d));
            if (random.nextInt(10) == 0) {
                UUID any = new UUID(random.nextLong(), random.nextLong());
                assertThat(set.add(any)).isEqualTo(expected.add(any));
            }
        }
        assertThat(set.size()).isEqualTo(expected.size());
        DigestSet zeros = new DigestSet(1);
        assertThat(zeros.add(new UUID(0, 0))).as("the all-zero digest is a digest like any other").isTrue();
        assertThat(zeros.add(new UUID(0, 0))).isFalse();
    }

    @Test
    void aPersonIsAskedAboutOnceAndFoundWhereTheRegistryLocatedThem() {
        KnownPeople known = new KnownPeople(2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(known.firstTime(RowValidator.idKey(hash(i)), hash(i))).isTrue();
        }
        for (int i = 0; i < 10_000; i += 2) {
            known.located(new PersonLocation(hash(i), i, (long) i / 3, "990101", null));
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(known.firstTime(RowValidator.idKey(hash(i)), hash(i))).isFalse();
            PersonLocation at = known.location(RowValidator.idKey(hash(i)), hash(i));
            if (i % 2 == 0) {
                assertThat(at).isNotNull();
                assertThat(at.personId()).isEqualTo(i);
            } else {
                assertThat(at).as("nobody registered has number %d", i).isNull();
            }
        }
    }

    @Test
    void twoBlindIndexesSharingTheirFirst64BitsAreToldApart() {
        String one = "0123456789abcdef" + "1".repeat(48);
        String other = "0123456789abcdef" + "2".repeat(48);
        String third = "0123456789abcdef" + "3".repeat(48);
        long key = RowValidator.idKey(one);
        assertThat(RowValidator.idKey(other)).isEqualTo(key);
        KnownPeople known = new KnownPeople(16);
        assertThat(known.firstTime(key, one)).isTrue();
        assertThat(known.firstTime(key, other)).isTrue();
        assertThat(known.firstTime(key, third)).isTrue();
        assertThat(known.firstTime(key, other)).isFalse();
        known.located(new PersonLocation(other, 2, 20L, "990101", null));
        assertThat(known.location(key, one)).isNull();
        assertThat(known.location(key, other).personId()).isEqualTo(2);
        assertThat(known.location(key, third)).isNull();
        known.located(new PersonLocation(one, 1, 10L, "990101", null));
        assertThat(known.location(key, one).personId()).isEqualTo(1);
        assertThat(known.location(key, other).personId()).isEqualTo(2);
    }

    private static String hash(int i) {
        // 64 hex characters, spread like a blind index
        UUID a = UUID.nameUUIDFromBytes(("a" + i).getBytes());
        UUID b = UUID.nameUUIDFromBytes(("b" + i).getBytes());
        return (a.toString() + b.toString()).replace("-", "");
    }
}

package org.doudi.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DigestSetTest {

    @Test
    void answersAsAHashSetDoesThroughManyGrowths() {
        Random random = new Random(11);
        DigestSet digests = new DigestSet(16);
        Set<UUID> expected = new HashSet<>();
        UUID[] pool = new UUID[50_000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new UUID(random.nextLong(), random.nextLong());
        }
        // three draws from the pool per entry: most are new, many repeat
        for (int i = 0; i < 150_000; i++) {
            UUID d = pool[random.nextInt(pool.length)];
            assertThat(digests.add(d)).as("draw %d", i).isEqualTo(expected.add(d));
        }
        assertThat(digests.size()).isEqualTo(expected.size());
    }

    @Test
    void digestsThatShareOneHalfOrLandInTheSameSlotAreStillTwo() {
        DigestSet digests = new DigestSet();
        assertThat(digests.add(new UUID(1, 2))).isTrue();
        assertThat(digests.add(new UUID(1, 3))).as("the same high half").isTrue();
        assertThat(digests.add(new UUID(2, 1))).as("the same xor of the halves").isTrue();
        assertThat(digests.add(new UUID(3, 0))).as("the same xor again").isTrue();
        assertThat(digests.add(new UUID(0, 0))).isTrue();
        assertThat(digests.add(new UUID(2, 1))).isFalse();
        assertThat(digests.add(new UUID(0, 0))).isFalse();
        assertThat(digests.size()).isEqualTo(5);
    }
}

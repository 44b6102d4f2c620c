package org.doudi.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.shared.jdbc.DatabaseSizing.Settings;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DoudiTest
class DatabaseSizingTest {

    private static final long MB = 1L << 20;

    @Autowired
    DatabaseSizing sizing;

    @Test
    void debiansDefaultsAreCalledTooSmallNamingEachSettingAndItsValue() {
        assertThat(DatabaseSizing.advice(new Settings(128 * MB, 1024 * MB))).satisfiesExactly(
                a -> assertThat(a).contains("shared_buffers is 128 MB", "at least 1024 MB", "0039"),
                a -> assertThat(a).contains("max_wal_size is 1024 MB", "at least 4096 MB"));
    }

    @Test
    void aDatabaseSizedForTheMachineGetsNoAdviceAndEachMinimumIsEnough() {
        assertThat(DatabaseSizing.advice(new Settings(4096 * MB, 8192 * MB))).isEmpty();
        assertThat(DatabaseSizing.advice(new Settings(DatabaseSizing.MIN_SHARED_BUFFERS, DatabaseSizing.MIN_MAX_WAL_SIZE)))
                .isEmpty();
        assertThat(DatabaseSizing.advice(new Settings(DatabaseSizing.MIN_SHARED_BUFFERS - 1, 8192 * MB)))
                .singleElement().asString().contains("shared_buffers");
    }

    @Test
    void theSettingsAreReadFromPostgreSqlAndH2HasNone() {
        if ("postgres".equals(System.getProperty("doudi.test.db"))) {
            assertThat(sizing.read()).hasValueSatisfying(s -> {
                assertThat(s.sharedBuffers()).isGreaterThanOrEqualTo(128 * 1024);
                assertThat(s.maxWalSize()).isGreaterThanOrEqualTo(2 * MB);
            });
        } else {
            assertThat(sizing.read()).isEmpty();
        }
    }
}

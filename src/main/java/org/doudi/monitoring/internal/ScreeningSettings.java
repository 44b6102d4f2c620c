package org.doudi.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code doudi.screening.*}: households per chunk; how long a run's heartbeat may be silent before another
 * process may take the run over; the region the schedules screen and the built-in rules apply in (default: the
 * whole tree, as the system actor sees it).
 */
@ConfigurationProperties("doudi.screening")
record ScreeningSettings(Integer chunkSize, Duration staleAfter, String region) {

    ScreeningSettings {
        chunkSize = chunkSize == null ? 2_000 : chunkSize;
        staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
        region = region == null || region.isBlank() ? org.doudi.shared.security.Actor.SYSTEM.regionCode() : region;
    }
}

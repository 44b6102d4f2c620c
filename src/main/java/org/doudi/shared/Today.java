package org.doudi.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for every rule is the date in China (Asia/Shanghai), whatever the server's own zone. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    public static LocalDate in(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}

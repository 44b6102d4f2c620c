package org.doudi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.monitoring.MonitoringFixtures.SHIQIAO;
import static org.doudi.monitoring.MonitoringFixtures.thisMonth;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.monitoring.internal.CrashAfterChunk;
import org.doudi.shared.cli.Command;
import org.doudi.testing.CommandRun;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** {@code java -jar doudi.jar screen --region R}, run as the command line runs it: the command bean with its arguments. */
@DoudiTest
class ScreenCommandTest {

    @Autowired
    List<Command> commands;

    @LocalServerPort
    int port;

    CommandRun screen(String... args) throws Exception {
        return CommandRun.of(commands, "screen", args);
    }

    @Test
    void screenRunsTheRulesOverARegionWithAProgressLineAndResumesARunThatWasKilled() throws Exception {
        MonitoringFixtures fx = new MonitoringFixtures(port);
        long household = fx.family(SHIQIAO);
        fx.expense(household, "MEDICAL", "30000", thisMonth().minusMonths(1));

        CrashAfterChunk.arm(1);
        assertThatThrownBy(() -> screen("--region", SHIQIAO, "--chunk-size", "1"))
                .isInstanceOf(CrashAfterChunk.SimulatedCrash.class);

        CommandRun resumed = screen("--region", SHIQIAO);
        assertThat(resumed.exitCode()).as(resumed.output()).isEqualTo(0);
        Matcher m = Pattern.compile("Resuming screening run (\\d+) over " + SHIQIAO + " after household \\d+ \\(1 done\\)")
                .matcher(resumed.output());
        assertThat(m.find()).as(resumed.output()).isTrue();
        assertThat(resumed.output()).containsPattern("households, [\\d,]+ warnings")
                .containsPattern("COMPLETED: [\\d,]+ households");
        JsonNode run = fx.as(MonitoringFixtures.COUNTY).get("/api/v1/screening-runs/" + m.group(1)).json();
        assertThat(run.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("requestedBy").asString()).isEqualTo("system");
        assertThat(run.get("householdsDone").asLong()).isEqualTo(run.get("householdsTotal").asLong());
        assertThat(fx.warnings(household, "MEDICAL_OVER_THRESHOLD")).hasSize(1);

        CommandRun fresh = screen("--region", SHIQIAO, "--incremental");
        assertThat(fresh.exitCode()).as(fresh.output()).isEqualTo(0);
        assertThat(fresh.output()).contains("(INCREMENTAL, as of today)");

        CommandRun bad = screen("--region", "石桥村");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.output()).contains("--region needs a 12-digit region code").contains("Usage:");
    }
}

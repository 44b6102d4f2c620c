package org.doudi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.shared.cli.Command;
import org.doudi.testing.CommandRun;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar doudi.jar payroll generate} with lists of counties and programmes, run as the command line runs
 * it (the command bean, as the system): a month's payrolls in one command, two at a time with {@code --threads 2},
 * and the same command again adds nothing.
 */
@DoudiTest
class PayrollCommandTest {

    private static final Pattern SUMMARY = Pattern.compile("Payroll (\\d+): PENDING_APPROVAL, (\\d+) lines");

    @Autowired
    List<Command> commands;

    @LocalServerPort
    int port;

    CommandRun payroll(String... args) throws Exception {
        return CommandRun.of(commands, "payroll", args);
    }

    @Test
    void aMonthsPayrollsAreGeneratedByOneCommandAndTheSameCommandAgainAddsNothing() throws Exception {
        PaymentWorld w = PaymentWorld.create(port);
        JsonNode a = w.single("柏青松");
        JsonNode b = w.single("蓝田玉");
        w.grant(a.get("id").asLong(), "2026-06", "620");
        w.grant(b.get("id").asLong(), "2026-06", "480");
        w.grant("TEKUN", b.get("id").asLong(), PaymentWorld.personOf(b, "HEAD"), "2026-06", null, "1000");

        CommandRun first = payroll("generate", "--county", w.county, "--programme", "DIBAO, TEKUN", "--month", "2026-07",
                "--threads", "2");
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Generating the DIBAO payroll of " + w.county,
                "Generating the TEKUN payroll of " + w.county, "2 payrolls, 3 lines, in ");
        List<Long> ids = new ArrayList<>();
        Matcher m = SUMMARY.matcher(first.output());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        assertThat(ids).hasSize(2);
        assertThat(ids.stream().mapToInt(id -> w.lines(id).size()).sum()).isEqualTo(3);

        CommandRun again = payroll("generate", "--county", w.county, "--programme", "DIBAO,TEKUN", "--month", "2026-07");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output().split("was there already", -1)).as(again.output()).hasSize(3);
        assertThat(again.output()).contains("2 payrolls, 3 lines, in ");
        assertThat(ids.stream().mapToInt(id -> w.lines(id).size()).sum()).as("nothing added").isEqualTo(3);

        CommandRun badThreads = payroll("generate", "--county", w.county, "--programme", "DIBAO", "--month", "2026-08",
                "--threads", "many");
        assertThat(badThreads.exitCode()).isEqualTo(2);
        assertThat(badThreads.output()).contains("--threads must be a number from 1 to 8");
        CommandRun badProgramme = payroll("generate", "--county", w.county, "--programme", "DIBAO,NOPE", "--month", "2026-08",
                "--threads", "2");
        assertThat(badProgramme.exitCode()).as(badProgramme.output()).isEqualTo(2);
        assertThat(badProgramme.output()).contains("programme: must be one of", "not [NOPE]");
        assertThat(w.as(w.officer).get("/api/v1/payrolls?month=2026-08&county=" + w.county).json()
                .get("total").asLong()).as("nothing made").isZero();
    }
}

package org.doudi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.exchange.Feeds.SHIQIAO;
import static org.doudi.exchange.Feeds.newIdNumber;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.doudi.shared.cli.Command;
import org.doudi.testing.CommandRun;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code java -jar doudi.jar feed import …}, run as the command line runs it: the command bean with its arguments. */
@DoudiTest
class FeedCommandTest {

    @Autowired
    List<Command> commands;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void feedImportImportsAFileAndRefusesItTheSecondTime(@TempDir Path dir) throws Exception {
        String registered = newIdNumber();
        Feeds.household(port, SHIQIAO, List.of(Map.of("name", "陈命令", "idNumber", registered, "relation", "HEAD")));
        Path file = dir.resolve("deaths.csv");
        Files.write(file, Feeds.csv(List.of("身份证号码", "姓名", "事件", "日期"), List.of(
                List.of(registered, "陈命令", "死亡", "2026-08-08"),
                List.of(newIdNumber(), "陈路人", "死亡", "2026-08-09"))));

        CommandRun first = run("feed import", "--type", "deaths", file.toString(), "--region", "990121000000");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Imported (import ").contains("2 rows read, 2 new, 0 duplicates, 1 unmatched");
        assertThat(jdbc.queryForObject("select region_code from feed_import where file_hash = (select file_hash"
                + " from feed_import order by id desc limit 1) order by id desc limit 1", String.class))
                .isEqualTo("990121000000");

        CommandRun second = run("feed import", "--type", "deaths", file.toString());
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.output()).contains("Not imported: this file was imported already");
    }

    @Test
    void aRejectedFileExitsWithThreeAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.write(file, Feeds.csv(List.of("id_number", "name", "event", "date"), List.of(
                List.of(newIdNumber(), "甲", "DEATH", "2026-08-08"),
                List.of("110101", "乙", "DEATH", "2026-08-08"))));
        Path report = dir.resolve("report.csv");

        CommandRun rejected = run("feed import", "--type", "deaths", "--mode", "reject-file", file.toString(), "--report",
                report.toString());

        assertThat(rejected.exitCode()).as(rejected.output()).isEqualTo(3);
        assertThat(rejected.output()).contains("row 3 id_number: must have 18 characters")
                .contains("Rejected (import ").contains("1 of 2 rows have problems; nothing was imported");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("3,id_number,ERROR,\"must have 18 characters, not 6\"");

        CommandRun good = run("feed import", "--type", "deaths", "--mode", "import-good", file.toString());
        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("2 rows read, 1 new, 0 duplicates, 1 unmatched, 1 rejected");
    }

    @Test
    void feedRematchMatchesARowOnceItsPersonIsRegistered(@TempDir Path dir) throws Exception {
        String later = newIdNumber();
        Path file = dir.resolve("early.csv");
        Files.write(file, Feeds.csv(List.of("id_number", "name", "kind", "grade", "certificate_no", "issued_on"),
                List.of(List.of(later, "晚登记", "VISUAL", "1", later + "11", "2025-02-02"))));
        CommandRun imported = run("feed import", "--type", "disability", file.toString(), "--region", "990121000000");
        assertThat(imported.output()).contains("1 unmatched");
        Long importId = jdbc.queryForObject("select max(id) from feed_import where status = 'IMPORTED'", Long.class);
        var household = Feeds.household(port, SHIQIAO, List.of(Map.of("name", "晚登记", "idNumber", later,
                "relation", "HEAD")));

        CommandRun rematched = run("feed rematch");

        assertThat(rematched.exitCode()).isZero();
        assertThat(rematched.output()).containsPattern("Re-matched: [1-9][\\d,]* facts changed");
        Map<String, Object> fact = jdbc.queryForMap("select person_id, household_id, region_code from feed_fact"
                + " where import_id = ?", importId);
        assertThat(((Number) fact.get("household_id")).longValue()).isEqualTo(household.get("id").asLong());
        assertThat(fact.get("region_code")).isEqualTo(SHIQIAO);
        assertThat(run("feed rematch").output()).as("nothing left to change").contains("Re-matched: 0 facts changed");
    }

    @Test
    void badArgumentsExitWithTwoAndSayHowToCallIt() throws Exception {
        CommandRun none = run("feed import", "--type", "births", "x.csv");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.output()).contains("not a feed type: births").contains("Usage:").contains("real-estate");
        assertThat(run("feed import", "--type", "deaths", "/no/such/file.csv").output()).contains("no such file");
    }

    CommandRun run(String name, String... args) throws Exception {
        return CommandRun.of(commands, name, args);
    }
}

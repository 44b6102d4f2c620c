package org.doudi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.Regions;
import org.doudi.shared.cli.Command;
import org.doudi.testing.CommandRun;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code java -jar doudi.jar generate …}, run as the command line runs it: the command bean with its arguments. */
@DoudiTest
class GenerateCommandTest {

    @Autowired
    List<Command> commands;

    @Autowired
    Regions regions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generateFillsTheDatabaseReportsWhatItWroteAndKnowsWhenItIsDone() throws Exception {
        String city = cityOfItsOwn("9610");

        CommandRun first = run("--households", "1,200", "--seed", "9", "--region", city);

        assertThat(first.exitCode()).isEqualTo(0);
        assertThat(first.output()).contains("Generating 1,200 households (seed 9, as of 2026-11-01) over 命令市 " + city)
                .contains("1,200 / 1,200 households")
                .contains("Done: 1,200 households")
                .contains(TestDatabase.isPostgres() ? "postgresql-copy" : "jdbc-batch")
                .containsPattern("household\\s+1,200");
        assertThat(jdbc.queryForObject("select count(*) from household where region_code like '9610%'", Long.class))
                .isEqualTo(1200);

        CommandRun again = run("--households", "1200", "--seed", "9", "--region", city);
        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.output()).contains("1,200 households were there").contains("Nothing to do");
    }

    @Test
    void anotherSeedIntoAPopulatedRegionIsRefusedWithAWayForward() throws Exception {
        String city = cityOfItsOwn("9611");
        assertThat(run("--households", "20", "--seed", "1", "--region", city).exitCode()).isEqualTo(0);

        CommandRun refused = run("--households", "20", "--seed", "2", "--region", city);

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.output()).contains("Not generated").contains("already has 20 households").contains("--region");
    }

    @Test
    void generateWritesCsvFilesWhenAskedTo(@TempDir Path dir) throws Exception {
        String city = cityOfItsOwn("9612");

        CommandRun csv = run("--households", "50", "--seed", "4", "--region", city, "--csv", dir.toString());

        assertThat(csv.exitCode()).isEqualTo(0);
        assertThat(csv.output()).contains("by csv");
        assertThat(Files.readAllLines(dir.resolve("household.csv"))).hasSize(51);
        assertThat(Files.readAllLines(dir.resolve("person.csv")).get(0)).startsWith("id,name,id_number_enc,");
        assertThat(jdbc.queryForObject("select count(*) from household where region_code like '9612%'", Long.class))
                .isZero();
    }

    @Test
    void wrongArgumentsAreExplainedWithTheUsage() throws Exception {
        assertThat(run("--households", "10").output()).contains("--households and --seed are required").contains("Usage");
        assertThat(run("--households", "10").exitCode()).isEqualTo(2);
        assertThat(run("--households", "ten", "--seed", "1").output()).contains("--households: not a valid value: ten");
        assertThat(run("--households", "0", "--seed", "1").output()).contains("households must be between 1 and");
        assertThat(run("--households", "5", "--seed", "1", "--region", "99").output()).contains("12 digits");
        assertThat(run("--households", "5", "--seed", "1", "--colour", "red").exitCode()).isEqualTo(2);
    }

    private CommandRun run(String... args) throws Exception {
        return CommandRun.of(commands, "generate", args);
    }

    /** A city of its own with one county and two villages, for this test alone. */
    private String cityOfItsOwn(String prefix) {
        String city = prefix + "00000000";
        regions.addMissing(List.of(
                new Region("960000000000", "命令省", RegionLevel.PROVINCE, null),
                new Region(city, "命令市", RegionLevel.CITY, "960000000000"),
                new Region(prefix + "21000000", "命令县", RegionLevel.COUNTY, city),
                new Region(prefix + "21101000", "命令镇", RegionLevel.TOWN, prefix + "21000000"),
                new Region(prefix + "21101201", "东村", RegionLevel.VILLAGE, prefix + "21101000"),
                new Region(prefix + "21101202", "西村", RegionLevel.VILLAGE, prefix + "21101000")));
        return city;
    }
}

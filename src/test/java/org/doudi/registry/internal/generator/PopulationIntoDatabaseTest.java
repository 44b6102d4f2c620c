package org.doudi.registry.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.registry.GenerationProgress;
import org.doudi.registry.GenerationRefusedException;
import org.doudi.registry.GenerationReport;
import org.doudi.registry.GenerationTarget;
import org.doudi.registry.PopulationSpec;
import org.doudi.registry.internal.generator.SyntheticHousehold.Person;
import org.doudi.shared.pii.Masking;
import org.doudi.shared.pii.PiiProtector;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generation into the run's database: PostgreSQL through COPY in the {@code postgres} execution,
 * JDBC batches on H2. Every test works in a city of its own.
 */
@DoudiTest
class PopulationIntoDatabaseTest {

    @Autowired
    SyntheticPopulationService generator;

    @Autowired
    Regions regions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiProtector pii;

    @Test
    void theRegistryHoldsTheGeneratedPopulationWithItsIdNumbersEncrypted() {
        String city = TestRegions.city(regions, 1);
        PopulationSpec spec = PopulationSpec.of(1250, 11, city);

        GenerationReport report = generator.generate(spec, GenerationTarget.database(), GenerationProgress.NONE);

        assertThat(report.writer()).isEqualTo(TestDatabase.isPostgres() ? "postgresql-copy" : "jdbc-batch");
        assertThat(report.householdsWritten()).isEqualTo(1250);
        List<SyntheticHousehold> expected = new Population(generator.plan(spec)).next(1250);
        RegionScope scope = RegionScope.of(city);
        assertThat(count("household h", "h", scope)).isEqualTo(1250).isEqualTo(report.rowsWritten().get("household"));
        long people = expected.stream().mapToLong(h -> h.members().size()).sum();
        assertThat(count("person p", "p", scope)).isEqualTo(people).isEqualTo(report.rowsWritten().get("person"));
        assertThat(count("membership m join person p on p.id = m.person_id", "p", scope)).isEqualTo(people);
        assertThat(count("income_item i join person p on p.id = i.person_id", "p", scope))
                .isEqualTo(expected.stream().flatMap(h -> h.members().stream()).mapToLong(p -> p.incomes().size()).sum())
                .isEqualTo(report.rowsWritten().get("income_item"));
        assertThat(count("person_fact f join person p on p.id = f.person_id", "p", scope))
                .isEqualTo(expected.stream().flatMap(h -> h.members().stream()).mapToLong(p -> p.facts().size()).sum());
        assertThat(count("disability d join person p on p.id = d.person_id", "p", scope))
                .isEqualTo(expected.stream().flatMap(h -> h.members().stream()).filter(p -> p.disability() != null).count());
        assertThat(count("household_asset a join household h on h.id = a.household_id", "h", scope))
                .isEqualTo(expected.stream().mapToLong(h -> h.assets().size()).sum());
        assertThat(count("household_expense e join household h on h.id = e.household_id", "h", scope))
                .isEqualTo(expected.stream().mapToLong(h -> h.expenses().size()).sum());
        assertThat(count("household_tag t join household h on h.id = t.household_id", "h", scope))
                .isEqualTo(expected.stream().mapToLong(h -> h.categories().size() + h.causes().size()).sum());

        Set<String> expectedIds = new HashSet<>();
        Set<String> expectedAccounts = new HashSet<>();
        for (SyntheticHousehold h : expected) {
            for (Person p : h.members()) {
                expectedIds.add(p.idNumber());
                if (p.bankAccount() != null) {
                    expectedAccounts.add(p.bankAccount().number());
                }
            }
        }
        Set<String> storedIds = new HashSet<>();
        Set<String> storedAccounts = new HashSet<>();
        jdbc.query("select id_number_enc, id_number_hash, id_number_masked, bank_account_enc, bank_account_hash, "
                + "bank_account_masked from person where region_code between ? and ?", rs -> {
                    String id = pii.decrypt(rs.getString("id_number_enc"));
                    assertThat(rs.getString("id_number_hash")).isEqualTo(pii.blindIndex(id));
                    assertThat(rs.getString("id_number_masked")).isEqualTo(Masking.idNumber(id)).doesNotContain(id.substring(6, 14));
                    storedIds.add(id);
                    String account = pii.decrypt(rs.getString("bank_account_enc"));
                    if (account != null) {
                        assertThat(rs.getString("bank_account_hash")).isEqualTo(pii.blindIndex(account));
                        assertThat(rs.getString("bank_account_masked")).isEqualTo(Masking.bankAccount(account));
                        storedAccounts.add(account);
                    }
                }, scope.lo(), scope.hi());
        assertThat(storedIds).isEqualTo(expectedIds);
        assertThat(storedAccounts).isEqualTo(expectedAccounts);

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select actor, after_state from audit_event where action = 'population.generate' and region_code = ?", city);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("after_state").toString()).contains("\"households\":1250").contains("\"seed\":11");
    }

    @Test
    void afterARunTheRegistryGivesNewRowsIdsBeyondTheGeneratedOnes() {
        String city = TestRegions.city(regions, 2);
        generator.generate(PopulationSpec.of(40, 3, city), GenerationTarget.database(), GenerationProgress.NONE);
        long highest = jdbc.queryForObject("select max(id) from household", Long.class);

        jdbc.update("insert into household (region_code, address, residence, created_at, updated_at) "
                + "values (?, '测试地址', 'RURAL', current_timestamp, current_timestamp)", city.substring(0, 4) + "21101201");

        Long added = jdbc.queryForObject("select max(id) from household where address = '测试地址'", Long.class);
        assertThat(added).isGreaterThan(highest);
    }

    @Test
    void anInterruptedRunContinuesWhereItStoppedAndEndsAsIfNeverInterrupted() {
        String city = TestRegions.city(regions, 3);
        PopulationSpec spec = PopulationSpec.of(2600, 5, city);
        RuntimeException killed = new RuntimeException("killed");
        GenerationProgress dieAfterFirstChunk = (done, total) -> {
            if (done >= SyntheticPopulationService.CHUNK) {
                throw killed;
            }
        };
        assertThatThrownBy(() -> generator.generate(spec, GenerationTarget.database(), dieAfterFirstChunk)).isSameAs(killed);
        RegionScope scope = RegionScope.of(city);
        assertThat(count("household h", "h", scope)).isEqualTo(SyntheticPopulationService.CHUNK);

        List<long[]> seen = new ArrayList<>();
        GenerationReport resumed = generator.generate(spec, GenerationTarget.database(),
                (done, total) -> seen.add(new long[] {done, total}));

        assertThat(resumed.householdsPresent()).isEqualTo(SyntheticPopulationService.CHUNK);
        assertThat(resumed.householdsWritten()).isEqualTo(1600);
        assertThat(seen.get(0)).containsExactly(1000, 2600);
        assertThat(seen.get(seen.size() - 1)).containsExactly(2600, 2600);
        Set<String> stored = new HashSet<>(jdbc.queryForList(
                "select id_number_hash from person where region_code between ? and ?", String.class, scope.lo(), scope.hi()));
        Set<String> expected = new HashSet<>();
        new Population(generator.plan(spec)).next(2600)
                .forEach(h -> h.members().forEach(p -> expected.add(pii.blindIndex(p.idNumber()))));
        assertThat(stored).isEqualTo(expected);

        GenerationReport again = generator.generate(spec, GenerationTarget.database(), GenerationProgress.NONE);
        assertThat(again.householdsWritten()).isZero();
        assertThat(again.householdsPresent()).isEqualTo(2600);
        assertThat(count("household h", "h", scope)).isEqualTo(2600);
    }

    @Test
    void aRegionThatHasOtherHouseholdsIsRefusedAndNothingIsWritten() {
        String city = TestRegions.city(regions, 4);
        generator.generate(PopulationSpec.of(30, 1, city), GenerationTarget.database(), GenerationProgress.NONE);

        assertThatThrownBy(() -> generator.generate(PopulationSpec.of(30, 2, city), GenerationTarget.database(),
                GenerationProgress.NONE))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("already has 30 households");
        assertThat(count("household h", "h", RegionScope.of(city))).isEqualTo(30);
    }

    private long count(String from, String alias, RegionScope scope) {
        return jdbc.queryForObject("select count(*) from " + from + " where " + alias + ".region_code between ? and ?",
                Long.class, scope.lo(), scope.hi());
    }
}

package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.registry.RegistryFixtures.HEKOU_VILLAGE;
import static org.doudi.registry.RegistryFixtures.SHIQIAO;
import static org.doudi.registry.RegistryFixtures.as;
import static org.doudi.registry.RegistryFixtures.create;
import static org.doudi.registry.RegistryFixtures.member;
import static org.doudi.registry.RegistryFixtures.newIdNumber;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The batch read a screening run makes of a chunk (people's tables by their range of ids, memberships by the
 * households' range) gives each household exactly as the single read does, less the membership history — also when
 * a member moved in from a household created earlier, so that the chunk's people are not one run of ids.
 */
@DoudiTest
class HouseholdBatchesTest {

    private static final Actor QINGSHAN = new Actor("qingshan.county", "990121000000", Set.of(Role.COUNTY_OFFICER));

    @LocalServerPort
    int port;

    @Autowired
    Households households;

    @Autowired
    HouseholdBatches batches;

    @Test
    void aChunkReadsEachHouseholdAsItsOwnReadDoesWithoutItsHistory() {
        chunkAsSingleReads(0);
    }

    @Test
    void aChunkWhosePeopleAreScatteredIsReadThroughItsHouseholdsTheSame() {
        // a household of 12 between the first and the others: the chunk's people fill less than half their range
        chunkAsSingleReads(12);
    }

    @Test
    void aChunkOfScatteredHouseholdsIsReadAsAListAndStillLeavesOutTheOneOutsideTheRegion() {
        // households between those of the chunk: its ids fill less than half their range, so they go as a list
        long first = household(List.of(head(), withFacts(member("吴五", newIdNumber(), "SPOUSE"))));
        long outside = create(port, RegistryFixtures.household(HEKOU_VILLAGE, List.of(head()))).get("id").asLong();
        for (int i = 0; i < 5; i++) {
            household(List.of(head()));
        }
        long second = household(List.of(head(), member("郑六", newIdNumber(), "CHILD")));
        for (int i = 0; i < 5; i++) {
            household(List.of(head()));
        }
        long third = household(List.of(head()));
        assertThat(org.doudi.shared.jdbc.IdChunk.of(List.of(first, outside, second, third)).byRange()).isFalse();

        List<HouseholdDetail> chunk = SignedIn.as(QINGSHAN, () -> batches.details(List.of(third, outside, first, second)));

        assertThat(chunk).extracting(HouseholdDetail::id).containsExactly(first, second, third);
        for (HouseholdDetail read : chunk) {
            assertThat(read).isEqualTo(withoutHistory(SignedIn.as(QINGSHAN, () -> households.get(read.id()))));
        }
        assertThat(chunk.get(0).members()).extracting(Member::name).containsExactly("王一", "吴五");
        assertThat(chunk.get(0).members().get(1).facts()).hasSize(3);
    }

    private void chunkAsSingleReads(int between) {
        String movingIdNumber = newIdNumber();
        long first = household(List.of(head(), withFacts(member("赵二", movingIdNumber, "SPOUSE"))));
        if (between > 0) {
            List<Map<String, Object>> many = new java.util.ArrayList<>(List.of(head()));
            for (int i = 1; i < between; i++) {
                many.add(member("钱" + i, newIdNumber(), "CHILD"));
            }
            household(many);
        }
        long second = household(List.of(head(), member("孙三", newIdNumber(), "CHILD")));
        long third = household(List.of(member("周四", newIdNumber(), "CHILD"), head()));
        // 赵二 moves from the first household to the third: the third's people are no longer one run of ids
        var moved = as(port, "admin").post("/api/v1/households/" + third + "/members",
                Map.of("name", "赵二", "idNumber", movingIdNumber, "relation", "OTHER", "since", "2026-03-01",
                        "reason", "投亲"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        long outside = create(port, RegistryFixtures.household(HEKOU_VILLAGE, List.of(head()))).get("id").asLong();

        List<HouseholdDetail> chunk = SignedIn.as(QINGSHAN, () -> batches.details(List.of(first, second, third, outside)));

        assertThat(chunk).extracting(HouseholdDetail::id).as("the one outside the actor's county is left out")
                .containsExactly(first, second, third);
        for (HouseholdDetail read : chunk) {
            HouseholdDetail one = SignedIn.as(QINGSHAN, () -> households.get(read.id()));
            assertThat(one.history()).isNotEmpty();
            assertThat(read).isEqualTo(withoutHistory(one));
        }
        HouseholdDetail third3 = chunk.get(2);
        assertThat(third3.members()).extracting(Member::name).as("the head, then by person: 赵二 was registered first")
                .containsExactly("王一", "赵二", "周四");
        assertThat(third3.members().get(1).facts()).extracting(f -> f.kind().name())
                .as("by kind, then date, as the single read orders them")
                .containsExactly("LABOUR_CAPACITY", "SCHOOLING", "SCHOOLING");
    }

    private long household(List<Map<String, Object>> members) {
        Map<String, Object> form = RegistryFixtures.household(SHIQIAO, members);
        return create(port, form).get("id").asLong();
    }

    private static Map<String, Object> head() {
        Map<String, Object> head = member("王一", newIdNumber(), "HEAD");
        head.put("since", "2015-03-01");
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1500.50", "from", "2025-06")));
        return head;
    }

    /** Facts whose order by date differs from their order by kind. */
    private static Map<String, Object> withFacts(Map<String, Object> member) {
        member.put("since", "2015-03-01");
        member.put("facts", List.of(
                Map.of("kind", "SCHOOLING", "value", "NONE", "from", "2018-01-01", "to", "2018-12-31"),
                Map.of("kind", "LABOUR_CAPACITY", "value", "FULL", "from", "2019-01-01"),
                Map.of("kind", "SCHOOLING", "value", "NONE", "from", "2020-01-01")));
        member.put("disabilities", List.of(Map.of("kind", "PHYSICAL", "grade", "3", "from", "2020-01-01")));
        return member;
    }

    private static HouseholdDetail withoutHistory(HouseholdDetail h) {
        return new HouseholdDetail(h.id(), h.regionCode(), h.address(), h.residence(), h.exitedPoverty(), h.phone(),
                h.categories(), h.causes(), h.members(), h.assets(), h.expenses(), List.of(), h.version(),
                h.createdAt(), h.updatedAt());
    }
}

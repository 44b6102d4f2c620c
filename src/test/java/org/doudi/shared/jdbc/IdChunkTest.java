package org.doudi.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;

class IdChunkTest {

    @Test
    void consecutiveIdsAreSelectedByTheirRange() {
        IdChunk chunk = IdChunk.of(List.of(10L, 11L, 12L, 14L));
        assertThat(chunk.byRange()).isTrue();
        assertThat(chunk.where("h.id", "ids")).isEqualTo("h.id between :idsFirst and :idsLast");
        assertThat(chunk.params("ids")).isEqualTo(Map.of("idsFirst", 10L, "idsLast", 14L));
        assertThat(chunk.contains(13L)).as("in the range, not in the chunk").isFalse();
        assertThat(chunk.contains(14L)).isTrue();
        assertThat(chunk.contains(null)).isFalse();
    }

    @Test
    void idsSpreadOverMoreThanTwiceTheirNumberAreSelectedByTheList() {
        IdChunk chunk = IdChunk.of(List.of(3L, 100L, 7L));
        assertThat(chunk.byRange()).isFalse();
        assertThat(chunk.where("x.household_id", "ids")).isEqualTo("x.household_id = any(:ids)");
        assertThat(chunk.params("ids").get("ids")).isInstanceOfSatisfying(SqlParameterValue.class, array -> {
            assertThat(array.getSqlType()).isEqualTo(Types.ARRAY);
            assertThat((Long[]) array.getValue()).containsExactly(3L, 7L, 100L);
        });
        assertThat(chunk.size()).isEqualTo(3);
    }

    @Test
    void aChunkThatFillsItsRangeHoldsEveryIdOfItAndNothingOutside() {
        IdChunk chunk = IdChunk.of(List.of(22L, 20L, 21L, 21L, 23L));
        assertThat(chunk.size()).as("a repeated id counts once").isEqualTo(4);
        assertThat(List.of(20L, 21L, 22L, 23L)).allMatch(chunk::contains);
        assertThat(List.of(Long.MIN_VALUE, 19L, 24L, Long.MAX_VALUE)).noneMatch(chunk::contains);
    }

    @Test
    void aScatteredChunkHoldsExactlyItsIds() {
        List<Long> ids = List.of(5L, 1_000L, 17L, 999_999L, 40L);
        IdChunk chunk = IdChunk.of(ids);
        for (long id = 0; id <= 1_000; id++) {
            assertThat(chunk.contains(id)).as("id %d", id).isEqualTo(ids.contains(id));
        }
        assertThat(chunk.contains(999_999L)).isTrue();
    }

    @Test
    void anEmptyChunkIsRefused() {
        assertThatThrownBy(() -> IdChunk.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

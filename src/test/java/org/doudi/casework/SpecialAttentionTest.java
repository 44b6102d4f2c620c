package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The county-visit rule of DOMAIN.md §3.1 point 8, without a database. */
class SpecialAttentionTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 9, 30);

    static CaseFlag flag(CaseFlagKind kind, LocalDate since) {
        return new CaseFlag(kind, since, "test", 1, "a reason");
    }

    static CountyVisit visit(LocalDate on) {
        return new CountyVisit(1, on, List.of("刘强", "陈芳"), "入户核实", "qingshan.county", Instant.EPOCH);
    }

    @Test
    void aCaseWithoutFlagsOrOnlyAReexaminationOrderMayBeDecidedWithoutAVisit() {
        assertThat(SpecialAttention.mayDecide(List.of(), List.of())).isTrue();
        List<CaseFlag> reexamine = List.of(flag(CaseFlagKind.REEXAMINATION_ORDERED, RECEIVED));
        assertThat(SpecialAttention.mayDecide(reexamine, List.of())).isTrue();
        assertThat(SpecialAttention.visitNeededSince(reexamine)).isEmpty();
        assertThat(SpecialAttention.refusal(7, reexamine, List.of())).isEmpty();
    }

    @Test
    void aFlaggedCaseWaitsForAVisitOnOrAfterTheDayItsLatestFlagApplies() {
        LocalDate complained = LocalDate.of(2026, 10, 16);
        List<CaseFlag> flags = List.of(flag(CaseFlagKind.RELATIVE_OF_STAFF, RECEIVED),
                flag(CaseFlagKind.COMPLAINT, complained), flag(CaseFlagKind.REEXAMINATION_ORDERED, complained.plusDays(9)));
        assertThat(SpecialAttention.visitNeededSince(flags)).contains(complained);
        assertThat(SpecialAttention.mayDecide(flags, List.of())).isFalse();
        assertThat(SpecialAttention.mayDecide(flags, List.of(visit(complained.minusDays(1))))).isFalse();
        assertThat(SpecialAttention.mayDecide(flags, List.of(visit(complained.minusDays(1)), visit(complained)))).isTrue();
        assertThat(SpecialAttention.mayDecide(flags, List.of(visit(complained.plusDays(3))))).isTrue();
        assertThat(SpecialAttention.refusal(7, flags, List.of(visit(RECEIVED)))).hasValueSatisfying(reason ->
                assertThat(reason).contains("county must visit first").contains("case 7")
                        .contains("COMPLAINT, RELATIVE_OF_STAFF").contains("2026-10-16")
                        .doesNotContain("REEXAMINATION_ORDERED"));
    }

    @Test
    void theViewSaysWhetherAVisitIsStillNeeded() {
        List<CaseFlag> flags = List.of(flag(CaseFlagKind.RELATIVE_OF_STAFF, RECEIVED));
        CaseAttention waiting = CaseAttention.of(flags, List.of());
        assertThat(waiting.countyVisitRequired()).isTrue();
        assertThat(waiting.countyVisitNeededSince()).isEqualTo(RECEIVED);
        CaseAttention visited = CaseAttention.of(flags, List.of(visit(RECEIVED)));
        assertThat(visited.countyVisitRequired()).isFalse();
        assertThat(CaseAttention.of(List.of(), List.of())).isEqualTo(CaseAttention.NONE);
    }
}

package org.doudi.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterFile;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImportCheckTest {

    static final String QINGSHAN = "990121000000";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final ParameterDefinition RURAL = new ParameterDefinition("dibao.standard.rural", "rural standard",
            "yuan per person per month", null);
    static final Map<String, ParameterDefinition> KNOWN = Map.of(RURAL.name(), RURAL);
    static final ParameterEntry APPROVED_2026 = entry("2026-01-01", "650");

    static ParameterEntry entry(String date, String value) {
        return new ParameterEntry(RURAL.name(), QINGSHAN, LocalDate.parse(date), value);
    }

    static ParameterFile file(ParameterDefinition d, ParameterEntry... entries) {
        return new ParameterFile(List.of(new ParameterFile.Parameter(d, List.of(entries))));
    }

    @Test
    void anExportedFileWithOneNewDatedRowProposesOnlyThatRow() {
        ParameterEntry next = entry("2027-01-01", "700");
        ImportCheck.Plan plan = ImportCheck.plan(file(RURAL, APPROVED_2026, next), QINGSHAN, TODAY, KNOWN, false,
                List.of(APPROVED_2026), List.of());
        assertThat(plan.toPropose()).containsExactly(next);
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.newDefinitions()).isEmpty();
    }

    @Test
    void aRowAlreadyAwaitingApprovalIsNotProposedTwice() {
        ParameterEntry next = entry("2027-01-01", "700");
        ImportCheck.Plan plan = ImportCheck.plan(file(RURAL, next), QINGSHAN, TODAY, KNOWN, false, List.of(),
                List.of(next));
        assertThat(plan.toPropose()).isEmpty();
        assertThat(plan.alreadyProposed()).isEqualTo(1);
    }

    @Test
    void overwritingAnApprovedFigureBackdatingAndForeignRegionsAreEachNamed() {
        ParameterFile bad = new ParameterFile(List.of(new ParameterFile.Parameter(RURAL, List.of(
                entry("2026-01-01", "660"),
                entry("2026-06-01", "660"),
                entry("2027-01-01", "lots"),
                new ParameterEntry(RURAL.name(), "990122000000", LocalDate.of(2027, 1, 1), "700")))));
        assertThatThrownBy(() -> ImportCheck.plan(bad, QINGSHAN, TODAY, KNOWN, false, List.of(APPROVED_2026), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "dibao.standard.rural[990121000000][2026-01-01]",
                                "dibao.standard.rural[990121000000][2026-06-01]",
                                "dibao.standard.rural[990121000000][2027-01-01]",
                                "dibao.standard.rural[990122000000][2027-01-01]"));
    }

    @Test
    void onlyAnAdministratorsFileMayIntroduceANewParameter() {
        ParameterDefinition local = new ParameterDefinition("local.heating", "winter heating aid", "yuan per year", null);
        ParameterFile withNew = file(local, new ParameterEntry(local.name(), QINGSHAN, LocalDate.of(2027, 1, 1), "300"));
        assertThatThrownBy(() -> ImportCheck.plan(withNew, QINGSHAN, TODAY, KNOWN, false, List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("local.heating"));
        ImportCheck.Plan plan = ImportCheck.plan(withNew, QINGSHAN, TODAY, KNOWN, true, List.of(), List.of());
        assertThat(plan.newDefinitions()).containsExactly(local);
        assertThat(plan.toPropose()).hasSize(1);
    }

    @Test
    void aFileInAnotherUnitThanTheParameterIsRefused() {
        ParameterDefinition yearly = new ParameterDefinition(RURAL.name(), "rural standard", "yuan per year", null);
        assertThatThrownBy(() -> ImportCheck.plan(file(yearly, entry("2027-01-01", "7800")), QINGSHAN, TODAY, KNOWN,
                false, List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("dibao.standard.rural.unit"));
    }
}

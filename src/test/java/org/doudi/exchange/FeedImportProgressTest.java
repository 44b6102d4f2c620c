package org.doudi.exchange;

import static org.doudi.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doudi.exchange.Feeds.COUNTY;
import static org.doudi.exchange.Feeds.newIdNumber;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.doudi.exchange.FeedImports.Phase;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an import tells its {@link FeedImports.Progress} (the pages' progress bar and the command line's lines
 * come from it): each phase as it begins, in order, and the rows checked as the checking goes.
 */
@DoudiTest
class FeedImportProgressTest {

    static final List<String> DEATHS = List.of("id_number", "name", "event", "date", "certificate_no", "recorded_by");
    static final Actor QINGSHAN = new Actor(COUNTY, "990121000000", Set.of(Role.COUNTY_OFFICER));

    @Autowired
    FeedImports imports;

    record Step(Phase phase, long done, int percent) {
    }

    @Test
    void aLargeRejectedFileReportsItsRowsCheckedAsTheCheckingGoesThenOnlyTheWritingOfItsReport() {
        int rows = 2 * FeedImports.PROGRESS_EVERY_ROWS + 5_000;
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < rows - 1; i++) {
            lines.add(List.of(newIdNumber(), "进度" + i, "DEATH", "2026-02-01", "", ""));
        }
        lines.add(List.of(newIdNumber(), "进度末行", "BURIAL", "2026-02-01", "", ""));
        List<Step> steps = new ArrayList<>();

        FeedImport done = as(QINGSHAN, () -> imports.importFile(FeedType.DEATHS, ImportMode.REJECT_FILE, "progress.csv",
                new ByteArrayInputStream(Feeds.csv(DEATHS, lines)), (p, n, percent) -> steps.add(new Step(p, n, percent))));

        assertThat(done.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(steps).extracting(Step::phase).containsExactly(Phase.RECEIVING, Phase.CHECKING, Phase.CHECKING,
                Phase.CHECKING, Phase.CHECKING, Phase.WRITING);
        List<Step> checking = steps.stream().filter(s -> s.phase() == Phase.CHECKING).toList();
        assertThat(checking).extracting(Step::done).containsExactly(0L, 10_000L, 20_000L, (long) rows);
        assertThat(checking.get(1).percent()).as("a CSV file says how much of it was read")
                .isBetween(1, 99);
        assertThat(checking.get(2).percent()).isGreaterThan(checking.get(1).percent()).isLessThan(100);
        assertThat(checking.get(3).percent()).isEqualTo(100);
    }

    @Test
    void anImportLooksUpItsPeopleThenWritesAndASecondTimeStopsAfterReceiving() {
        String a = newIdNumber();
        byte[] file = Feeds.csv(DEATHS, List.of(
                List.of(a, "甲", "DEATH", "2026-02-01", "", ""),
                List.of(a, "甲", "CREMATION", "2026-02-03", "", ""),
                List.of(newIdNumber(), "乙", "DEATH", "2026-02-01", "", "")));
        List<Step> steps = new ArrayList<>();

        FeedImport done = as(QINGSHAN, () -> imports.importFile(FeedType.DEATHS, ImportMode.IMPORT_GOOD, "three.csv",
                new ByteArrayInputStream(file), (p, n, percent) -> steps.add(new Step(p, n, percent))));

        assertThat(done.imported()).isEqualTo(3);
        assertThat(steps).containsExactly(new Step(Phase.RECEIVING, 0, -1), new Step(Phase.CHECKING, 0, 0),
                new Step(Phase.CHECKING, 3, 100), new Step(Phase.WRITING, 3, -1));

        steps.clear();
        assertThatThrownBy(() -> as(QINGSHAN, () -> imports.importFile(FeedType.DEATHS, ImportMode.IMPORT_GOOD,
                "three.csv", new ByteArrayInputStream(file), (p, n, percent) -> steps.add(new Step(p, n, percent)))))
                .isInstanceOf(ConflictException.class);
        assertThat(steps).extracting(Step::phase).as("refused once its hash is known").containsExactly(Phase.RECEIVING);
    }
}

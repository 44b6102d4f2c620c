package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calculator's answer for one household: the income figures and one result per programme (and member). */
public record Assessment(LocalDate asOf, Window window, int householdSize, IncomeFigures income,
                         List<ProgrammeResult> results) {

    public Assessment {
        results = List.copyOf(results);
    }

    /** The income window: twelve full months ending with the month before the identification month. */
    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * {@code perCapitaMonthly}/{@code perCapitaAnnual}: the 低保 figures after deductions, over the members
     * counted for 低保 (null when every member receives 特困). {@code monitoringPerCapitaAnnual}: every
     * income item, no deduction, over all members.
     */
    public record IncomeFigures(BigDecimal perCapitaMonthly, BigDecimal perCapitaAnnual,
                                BigDecimal monitoringPerCapitaAnnual) {
    }

    public Optional<ProgrammeResult> find(Programme programme, String member) {
        return results.stream()
                .filter(r -> r.programme() == programme && java.util.Objects.equals(r.member(), member))
                .findFirst();
    }
}

package org.doudi.payment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A county's funds for a year, per programme: the budget from each source and what was spent against it — the
 * payments of approved payrolls (net of recovery instalments, less what the bank returned) and, for temporary
 * assistance, the money put into the towns' reserves.
 */
public record BudgetReport(String countyCode, String countyName, int year, List<ProgrammeFunds> programmes,
                           BigDecimal budget, BigDecimal spent, BigDecimal remaining) {

    public BudgetReport {
        programmes = List.copyOf(programmes);
    }

    /** {@code sources}: one entry per source, in the order of {@link FundSource}, zero where none was set. */
    public record ProgrammeFunds(String programme, List<Budget> sources, BigDecimal budget, BigDecimal payrolls,
                                 BigDecimal reserveTopUps, BigDecimal spent, BigDecimal remaining) {

        public ProgrammeFunds {
            sources = List.copyOf(sources);
        }
    }
}

package org.doudi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A payroll with its totals. {@code version} guards approval, rejection and export against a second person acting
 * on the same payroll at once. {@code running}: a generation is going on in this application now (with its
 * {@code progress}); a payroll GENERATING that is not running was interrupted and can be generated again.
 */
public record Payroll(long id, String countyCode, String countyName, String programme, YearMonth month,
                      PayrollState state, String generatedBy, Instant startedAt, Instant generatedAt, String failure,
                      String approvedBy, Instant approvedAt, String exportedBy, Instant exportedAt,
                      Instant reconciledAt, String rejectedBy, Instant rejectedAt, String rejection, Totals totals,
                      boolean running, Progress progress, int version) {

    /** Money in yuan; {@code payable} is what the bank file carries (gross less deductions of the lines to pay). */
    public record Totals(long lines, long payableLines, BigDecimal gross, BigDecimal deducted, BigDecimal payable,
                         long heldLines, BigDecimal held, long paidLines, long failedLines, BigDecimal failed,
                         long cancelledLines, List<KindTotal> byKind) {

        public Totals {
            byKind = List.copyOf(byKind);
        }
    }

    /** The lines to pay of one kind. */
    public record KindTotal(LineKind kind, long lines, BigDecimal amount) {
    }

    /** A generation under way: the step and how far it is. */
    public record Progress(String step, long done, long total) {
    }
}

package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The outcome of one programme for the household ({@code member} null) or for one member.
 * {@code monthlyAmount} for monthly programmes, {@code amount} for one-off ones, {@code type} for
 * monitoring, {@code until} (last month paid) for a gradual exit. Amounts are whole yuan.
 */
public record ProgrammeResult(Programme programme, String member, Status status, BigDecimal monthlyAmount,
                              BigDecimal amount, MonitoringType type, YearMonth until, List<Reason> reasons,
                              List<TraceStep> trace) {

    public ProgrammeResult {
        reasons = List.copyOf(reasons);
        trace = List.copyOf(trace);
    }

    public boolean eligible() {
        return status == Status.ELIGIBLE;
    }

    /** Receiving the programme this month or next: eligible, or in gradual exit. */
    public boolean receiving() {
        return status == Status.ELIGIBLE || status == Status.GRADUAL_EXIT;
    }
}

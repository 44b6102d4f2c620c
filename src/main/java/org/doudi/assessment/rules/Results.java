package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.doudi.assessment.MonitoringType;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.Status;
import org.doudi.assessment.TraceStep;

/** Short-hands for building results, so that each rule reads as its decision and nothing else. */
final class Results {

    private Results() {
    }

    static ProgrammeResult monthly(Programme p, String member, BigDecimal amount, List<Reason> reasons,
                                   List<TraceStep> trace) {
        return new ProgrammeResult(p, member, Status.ELIGIBLE, amount, null, null, null, reasons, trace);
    }

    static ProgrammeResult oneOff(Programme p, BigDecimal amount, List<Reason> reasons, List<TraceStep> trace) {
        return new ProgrammeResult(p, null, Status.ELIGIBLE, null, amount, null, null, reasons, trace);
    }

    static ProgrammeResult eligible(Programme p, String member, List<Reason> reasons, List<TraceStep> trace) {
        return new ProgrammeResult(p, member, Status.ELIGIBLE, null, null, null, null, reasons, trace);
    }

    static ProgrammeResult monitored(MonitoringType type, List<Reason> reasons, List<TraceStep> trace) {
        return new ProgrammeResult(Programme.MONITORING, null, Status.ELIGIBLE, null, null, type, null, reasons, trace);
    }

    static ProgrammeResult gradualExit(Programme p, BigDecimal current, YearMonth until, List<Reason> reasons,
                                       List<TraceStep> trace) {
        return new ProgrammeResult(p, null, Status.GRADUAL_EXIT, current, null, null, until, reasons, trace);
    }

    static ProgrammeResult ineligible(Programme p, String member, List<Reason> reasons, List<TraceStep> trace) {
        return new ProgrammeResult(p, member, Status.INELIGIBLE, null, null, null, null, reasons, trace);
    }

    static ProgrammeResult notInForce(Programme p, String member) {
        return ineligible(p, member, List.of(Reason.NOT_IN_FORCE), List.of());
    }
}

package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;

/**
 * 低保边缘家庭 (DOMAIN.md §2.1): not receiving 低保, per-capita income below 1.5 × the standard (rounded
 * up to a whole yuan), assets test passed.
 */
public final class MarginalRule {

    private MarginalRule() {
    }

    public static ProgrammeResult assess(Household h, DibaoRule.Outcome dibao) {
        if (h.standard().isEmpty() || !h.inForce(Parameters.MARGINAL_RATIO)) {
            return Results.notInForce(Programme.DIBAO_MARGINAL, null);
        }
        if (dibao.result().receiving()) {
            return Results.ineligible(Programme.DIBAO_MARGINAL, null, List.of(Reason.RECEIVES_DIBAO), List.of());
        }
        if (dibao.perCapitaMonthly() == null) {
            return Results.ineligible(Programme.DIBAO_MARGINAL, null,
                    List.of(Reason.ALL_MEMBERS_OTHERWISE_SUPPORTED), List.of());
        }
        ResolvedParameter ratio = h.parameter(Parameters.MARGINAL_RATIO);
        BigDecimal line = Money.derivedStandard(ratio.decimal(), h.standard().get().decimal());
        List<TraceStep> trace = new ArrayList<>(4);
        trace.add(TraceStep.of("dibao.perCapitaMonthly", dibao.perCapitaMonthly()));
        trace.add(TraceStep.of("marginal.line", line, ratio));
        boolean below = dibao.perCapitaMonthly().compareTo(line) < 0;
        if (below && h.assets().passed()) {
            return Results.eligible(Programme.DIBAO_MARGINAL, null, List.of(Reason.INCOME_BELOW_MARGINAL_LINE), trace);
        }
        List<Reason> reasons = new ArrayList<>(h.assetReasons());
        if (!below) {
            reasons.add(0, Reason.INCOME_NOT_BELOW_MARGINAL_LINE);
        }
        return Results.ineligible(Programme.DIBAO_MARGINAL, null, reasons, trace);
    }
}

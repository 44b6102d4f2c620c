package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TraceStep;

/**
 * 单人户 (DOMAIN.md §2.1): in a marginal household that is not eligible for 低保, a member with disability
 * grade 1–2 (or grade 3 intellectual/mental) or a serious illness is covered alone — their own counted
 * income less their own employment-cost deduction (no rigid-spending deduction), the same minimum, their
 * own supplement.
 */
public final class SinglePersonDibaoRule {

    private SinglePersonDibaoRule() {
    }

    public static List<ProgrammeResult> assess(Household h, DibaoRule.Outcome dibao, ProgrammeResult marginal) {
        if (!marginal.eligible() || dibao.result().receiving()) {
            return List.of();
        }
        BigDecimal standard = h.standard().orElseThrow().decimal();
        boolean deductEmployment = h.inForce(Parameters.EMPLOYMENT_COST_RATIO, Parameters.EMPLOYMENT_COST_CAP);
        List<ProgrammeResult> results = new ArrayList<>(1);
        for (MemberInput m : dibao.counted()) {
            boolean severe = (m.disability() != null && m.disability().severe()) || m.seriousIllness();
            if (!severe) {
                continue;
            }
            List<TraceStep> trace = new ArrayList<>(6);
            BigDecimal own = MemberIncome.counted(m, IncomeCounting.DIBAO, h.window());
            if (deductEmployment) {
                own = own.subtract(DibaoRule.employmentCost(h, m));
            }
            BigDecimal perCapita = Money.perCapita(Money.max(BigDecimal.ZERO, own), 12);
            trace.add(TraceStep.of("dibao.single.ownMonthlyIncome", perCapita));
            trace.add(TraceStep.of("standard", h.standard().get()));
            if (perCapita.compareTo(standard) >= 0) {
                results.add(Results.ineligible(Programme.DIBAO, m.ref(), List.of(Reason.INCOME_NOT_BELOW_STANDARD),
                        trace));
                continue;
            }
            BigDecimal base = standard.subtract(perCapita);
            if (h.inForce(Parameters.MIN_PER_PERSON)) {
                base = Money.max(base, h.parameter(Parameters.MIN_PER_PERSON).decimal());
            }
            trace.add(TraceStep.of("dibao.gap", base));
            BigDecimal amount = Money.wholeYuan(base.add(Supplement.of(h, m, standard, trace)));
            trace.add(TraceStep.of("amount", amount));
            results.add(Results.monthly(Programme.DIBAO, m.ref(), amount,
                    List.of(Reason.SEVERE_DISABILITY_OR_ILLNESS, Reason.INCOME_BELOW_STANDARD), trace));
        }
        return results;
    }
}

package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;

/**
 * 刚性支出困难家庭 (DOMAIN.md §2.7): not 低保, 特困 or 低保边缘; per-capita annual income (低保-counted,
 * before deductions) below last year's local per-capita disposable income; assets pass; rigid spending
 * (medical, education, rehabilitation) over the window above the configured share of household income.
 */
public final class ExpenditureHardshipRule {

    private ExpenditureHardshipRule() {
    }

    public static ProgrammeResult assess(Household h, DibaoRule.Outcome dibao, ProgrammeResult marginal,
                                         Set<String> tekunMembers) {
        String disposableName = Parameters.disposableIncome(h.request().residence());
        if (!h.inForce(Parameters.HARDSHIP_RIGID_RATIO, disposableName)) {
            return Results.notInForce(Programme.EXPENDITURE_HARDSHIP, null);
        }
        if (dibao.result().receiving() || marginal.eligible() || !tekunMembers.isEmpty()) {
            return Results.ineligible(Programme.EXPENDITURE_HARDSHIP, null, List.of(Reason.RECEIVES_OTHER_SUPPORT),
                    List.of());
        }
        List<TraceStep> trace = new ArrayList<>(6);
        BigDecimal income = grossDibaoIncome(h);
        BigDecimal perCapitaAnnual = Money.perCapita(income, h.members().size());
        ResolvedParameter disposable = h.parameter(disposableName);
        ResolvedParameter ratio = h.parameter(Parameters.HARDSHIP_RIGID_RATIO);
        BigDecimal rigid = h.request().expenses().total();
        BigDecimal threshold = ratio.decimal().multiply(income);
        trace.add(TraceStep.of("hardship.perCapitaAnnualIncome", perCapitaAnnual));
        trace.add(TraceStep.of("disposableIncome", disposable));
        trace.add(TraceStep.of("rigidSpending", rigid));
        trace.add(TraceStep.of("hardship.rigidThreshold", threshold, ratio));
        List<Reason> failures = new ArrayList<>(h.assetReasons());
        if (perCapitaAnnual.compareTo(disposable.decimal()) >= 0) {
            failures.add(0, Reason.INCOME_NOT_BELOW_DISPOSABLE);
        }
        if (rigid.compareTo(threshold) <= 0) {
            failures.add(Reason.RIGID_SPENDING_NOT_OVER_RATIO);
        }
        if (!failures.isEmpty()) {
            return Results.ineligible(Programme.EXPENDITURE_HARDSHIP, null, failures, trace);
        }
        return Results.eligible(Programme.EXPENDITURE_HARDSHIP, null,
                List.of(Reason.INCOME_BELOW_DISPOSABLE, Reason.RIGID_SPENDING_OVER_RATIO), trace);
    }

    /** The 低保-counted income of all members over the window, before any deduction. */
    static BigDecimal grossDibaoIncome(Household h) {
        BigDecimal income = BigDecimal.ZERO;
        for (MemberInput m : h.members()) {
            income = income.add(MemberIncome.counted(m, IncomeCounting.DIBAO, h.window()));
        }
        return income;
    }
}

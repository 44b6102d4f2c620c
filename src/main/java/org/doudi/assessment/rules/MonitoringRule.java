package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MemberInput;
import org.doudi.assessment.MonitoringType;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;
import org.doudi.registry.Residence;

/**
 * 防止返贫动态监测 (DOMAIN.md §2.8), rural households only. Per-capita annual net income (every income
 * item, all members) below the monitoring line: 脱贫不稳定户 if the household left poverty, else 边缘易致贫户.
 * At or above the line but below it once rigid spending is taken off: 突发严重困难户.
 */
public final class MonitoringRule {

    private MonitoringRule() {
    }

    /** Every income item of every member over the window, no deduction, per member — reported for all households. */
    public static BigDecimal perCapitaAnnual(Household h) {
        return Money.perCapita(totalIncome(h), h.members().size());
    }

    public static ProgrammeResult assess(Household h) {
        if (h.request().residence() != Residence.RURAL) {
            return Results.ineligible(Programme.MONITORING, null, List.of(Reason.NOT_RURAL), List.of());
        }
        if (!h.inForce(Parameters.MONITORING_LINE)) {
            return Results.notInForce(Programme.MONITORING, null);
        }
        ResolvedParameter line = h.parameter(Parameters.MONITORING_LINE);
        BigDecimal income = totalIncome(h);
        int n = h.members().size();
        BigDecimal perCapita = Money.perCapita(income, n);
        List<TraceStep> trace = new ArrayList<>(4);
        trace.add(TraceStep.of("monitoring.perCapitaAnnualIncome", perCapita));
        trace.add(TraceStep.of("monitoring.line", line));
        if (perCapita.compareTo(line.decimal()) < 0) {
            return h.request().exitedPoverty()
                    ? Results.monitored(MonitoringType.UNSTABLE_EXITED,
                            List.of(Reason.INCOME_BELOW_LINE, Reason.EXITED_POVERTY), trace)
                    : Results.monitored(MonitoringType.MARGINAL_AT_RISK, List.of(Reason.INCOME_BELOW_LINE), trace);
        }
        BigDecimal rigid = h.request().expenses().total();
        BigDecimal afterRigid = Money.perCapita(income.subtract(rigid), n);
        trace.add(TraceStep.of("rigidSpending", rigid));
        trace.add(TraceStep.of("monitoring.perCapitaAfterRigidSpending", afterRigid));
        if (afterRigid.compareTo(line.decimal()) < 0) {
            return Results.monitored(MonitoringType.SUDDEN_HARDSHIP, List.of(Reason.RIGID_SPENDING_BELOW_LINE), trace);
        }
        return Results.ineligible(Programme.MONITORING, null, List.of(Reason.INCOME_NOT_BELOW_LINE), trace);
    }

    private static BigDecimal totalIncome(Household h) {
        BigDecimal income = BigDecimal.ZERO;
        for (MemberInput m : h.members()) {
            income = income.add(MemberIncome.counted(m, IncomeCounting.MONITORING, h.window()));
        }
        return income;
    }
}

package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
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
 * 最低生活保障 (DOMAIN.md §2.1) for the household, leaving out members who receive 特困.
 * Per-capita monthly income = (counted income − employment-cost deduction − rigid spending) ÷ 12 ÷
 * members. Eligible when it is below the standard and the assets test passes. Amount (差额法) =
 * (standard − per-capita income) × members, at least the minimum per person, plus each member's
 * classified supplement. A household already receiving 低保 that rose above the standard because a
 * member found work keeps its amount for the gradual-exit months (渐退).
 */
public final class DibaoRule {

    private DibaoRule() {
    }

    /** The household result and the 低保 income figures (null when nobody is counted). */
    public record Outcome(ProgrammeResult result, List<MemberInput> counted, BigDecimal perCapitaMonthly,
                          BigDecimal perCapitaAnnual) {
    }

    public static Outcome assess(Household h, Set<String> tekunMembers) {
        List<MemberInput> counted = h.members().stream().filter(m -> !tekunMembers.contains(m.ref())).toList();
        if (counted.isEmpty()) {
            return new Outcome(Results.ineligible(Programme.DIBAO, null,
                    List.of(Reason.ALL_MEMBERS_OTHERWISE_SUPPORTED), List.of()), counted, null, null);
        }
        List<TraceStep> trace = new ArrayList<>(16);
        int n = counted.size();
        BigDecimal net = countedIncome(h, counted, trace);
        BigDecimal perCapitaMonthly = Money.perCapita(net, 12 * n);
        BigDecimal perCapitaAnnual = Money.perCapita(net, n);
        trace.add(TraceStep.of("dibao.members", n));
        trace.add(TraceStep.of("dibao.perCapitaMonthly", perCapitaMonthly));
        if (h.standard().isEmpty()) {
            return new Outcome(Results.notInForce(Programme.DIBAO, null), counted, perCapitaMonthly, perCapitaAnnual);
        }
        ResolvedParameter standard = h.standard().get();
        trace.add(TraceStep.of("standard", standard));
        boolean below = perCapitaMonthly.compareTo(standard.decimal()) < 0;
        ProgrammeResult result;
        if (below && h.assets().passed()) {
            result = eligible(h, counted, standard.decimal(), perCapitaMonthly, trace);
        } else if (!below && h.assets().passed() && inGradualExit(h, counted)) {
            ResolvedParameter months = h.parameter(Parameters.GRADUAL_EXIT_MONTHS);
            YearMonth until = h.window().identificationMonth().plusMonths(months.decimal().intValue());
            trace.add(TraceStep.of("dibao.gradualExitUntil", until.toString(), months));
            result = Results.gradualExit(Programme.DIBAO, h.request().current().get(Programme.DIBAO), until,
                    List.of(Reason.INCOME_NOT_BELOW_STANDARD, Reason.WORK_FOUND_GRADUAL_EXIT), trace);
        } else {
            List<Reason> reasons = new ArrayList<>(h.assetReasons());
            if (!below) {
                reasons.add(0, Reason.INCOME_NOT_BELOW_STANDARD);
            }
            trace.addAll(h.assets().trace());
            result = Results.ineligible(Programme.DIBAO, null, reasons, trace);
        }
        return new Outcome(result, counted, perCapitaMonthly, perCapitaAnnual);
    }

    /** Counted income over the window after the employment-cost and rigid-expenditure deductions, never below 0. */
    static BigDecimal countedIncome(Household h, List<MemberInput> counted, List<TraceStep> trace) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal employment = BigDecimal.ZERO;
        boolean deductEmployment = h.inForce(Parameters.EMPLOYMENT_COST_RATIO, Parameters.EMPLOYMENT_COST_CAP);
        for (MemberInput m : counted) {
            gross = gross.add(MemberIncome.counted(m, IncomeCounting.DIBAO, h.window()));
            if (deductEmployment) {
                employment = employment.add(employmentCost(h, m));
            }
        }
        trace.add(TraceStep.of("dibao.countedIncome", gross));
        if (deductEmployment) {
            trace.add(TraceStep.of("dibao.employmentCostDeduction", employment,
                    h.parameter(Parameters.EMPLOYMENT_COST_RATIO)));
        }
        BigDecimal rigid = BigDecimal.ZERO;
        if (h.inForce(Parameters.RIGID_EXPENSE_DEDUCTION) && h.parameter(Parameters.RIGID_EXPENSE_DEDUCTION).flag()) {
            rigid = h.request().expenses().deductibleForDibao();
            if (rigid.signum() > 0) {
                trace.add(TraceStep.of("dibao.rigidExpenseDeduction", rigid,
                        h.parameter(Parameters.RIGID_EXPENSE_DEDUCTION)));
            }
        }
        return Money.max(BigDecimal.ZERO, gross.subtract(employment).subtract(rigid));
    }

    static BigDecimal employmentCost(Household h, MemberInput m) {
        return MemberIncome.employmentCostDeduction(m, h.window(),
                h.parameter(Parameters.EMPLOYMENT_COST_RATIO).decimal(),
                h.parameter(Parameters.EMPLOYMENT_COST_CAP).decimal());
    }

    private static ProgrammeResult eligible(Household h, List<MemberInput> counted, BigDecimal standard,
                                            BigDecimal perCapitaMonthly, List<TraceStep> trace) {
        int n = counted.size();
        List<Reason> reasons = new ArrayList<>(2);
        reasons.add(Reason.INCOME_BELOW_STANDARD);
        BigDecimal base = standard.subtract(perCapitaMonthly).multiply(BigDecimal.valueOf(n));
        trace.add(TraceStep.of("dibao.gap", base));
        if (h.inForce(Parameters.MIN_PER_PERSON)) {
            ResolvedParameter minimum = h.parameter(Parameters.MIN_PER_PERSON);
            BigDecimal floor = minimum.decimal().multiply(BigDecimal.valueOf(n));
            if (floor.compareTo(base) > 0) {
                trace.add(TraceStep.of("dibao.minimum", floor, minimum));
                reasons.add(Reason.MINIMUM_PER_PERSON_APPLIED);
                base = floor;
            }
        }
        BigDecimal supplements = BigDecimal.ZERO;
        for (MemberInput m : counted) {
            supplements = supplements.add(Supplement.of(h, m, standard, trace));
        }
        BigDecimal amount = Money.wholeYuan(base.add(supplements));
        trace.add(TraceStep.of("amount", amount));
        return Results.monthly(Programme.DIBAO, null, amount, reasons, trace);
    }

    /** Receiving 低保 now, gradual-exit months configured, and a counted member earned wages in month M−1. */
    private static boolean inGradualExit(Household h, List<MemberInput> counted) {
        if (!h.request().current().containsKey(Programme.DIBAO) || !h.inForce(Parameters.GRADUAL_EXIT_MONTHS)) {
            return false;
        }
        int previousMonth = h.window().previousMonth();
        return counted.stream().anyMatch(m -> MemberIncome.hasWageIn(m, previousMonth));
    }
}

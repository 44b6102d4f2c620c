package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doudi.assessment.AssessmentRequest.TemporaryRequest;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TemporaryKind;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;

/**
 * 临时救助 (DOMAIN.md §2.5), when asked for. Emergency (急难型): severity × 低保标准 × members. Expenditure
 * (支出型): the configured share of (rigid spending − the household's own share of its income), for a
 * household whose per-capita annual income is below last year's disposable income and whose assets pass.
 * Both are clamped to [minimum, town maximum] before rounding to a whole yuan.
 */
public final class TemporaryAssistanceRule {

    private TemporaryAssistanceRule() {
    }

    public static Optional<ProgrammeResult> assess(Household h) {
        TemporaryRequest asked = h.request().temporary();
        if (asked == null) {
            return Optional.empty();
        }
        if (h.standard().isEmpty() || !h.inForce(Parameters.TEMPORARY_MIN, Parameters.TEMPORARY_TOWN_MAX)) {
            return Optional.of(Results.notInForce(Programme.TEMPORARY, null));
        }
        return Optional.of(asked.kind() == TemporaryKind.EMERGENCY ? emergency(h, asked.severity()) : expenditure(h));
    }

    private static ProgrammeResult emergency(Household h, int severity) {
        ResolvedParameter standard = h.standard().get();
        List<TraceStep> trace = new ArrayList<>(6);
        BigDecimal raw = standard.decimal().multiply(BigDecimal.valueOf((long) severity * h.members().size()));
        trace.add(TraceStep.of("temporary.severity", severity));
        trace.add(TraceStep.of("standard", standard));
        trace.add(TraceStep.of("temporary.members", h.members().size()));
        trace.add(TraceStep.of("temporary.computed", raw));
        List<Reason> reasons = new ArrayList<>(List.of(Reason.EMERGENCY));
        return Results.oneOff(Programme.TEMPORARY, clamp(h, raw, reasons, trace), reasons, trace);
    }

    private static ProgrammeResult expenditure(Household h) {
        String disposableName = Parameters.disposableIncome(h.request().residence());
        if (!h.inForce(disposableName, Parameters.TEMPORARY_EXPENDITURE_SHARE,
                Parameters.TEMPORARY_EXPENDITURE_INCOME_SHARE)) {
            return Results.notInForce(Programme.TEMPORARY, null);
        }
        List<TraceStep> trace = new ArrayList<>(8);
        BigDecimal income = ExpenditureHardshipRule.grossDibaoIncome(h);
        BigDecimal perCapitaAnnual = Money.perCapita(income, h.members().size());
        ResolvedParameter disposable = h.parameter(disposableName);
        trace.add(TraceStep.of("temporary.perCapitaAnnualIncome", perCapitaAnnual));
        trace.add(TraceStep.of("disposableIncome", disposable));
        List<Reason> failures = new ArrayList<>(h.assetReasons());
        if (perCapitaAnnual.compareTo(disposable.decimal()) >= 0) {
            failures.add(0, Reason.INCOME_NOT_BELOW_DISPOSABLE);
        }
        ResolvedParameter share = h.parameter(Parameters.TEMPORARY_EXPENDITURE_SHARE);
        ResolvedParameter incomeShare = h.parameter(Parameters.TEMPORARY_EXPENDITURE_INCOME_SHARE);
        BigDecimal rigid = h.request().expenses().total();
        BigDecimal ownShare = incomeShare.decimal().multiply(income);
        BigDecimal raw = share.decimal().multiply(rigid.subtract(ownShare));
        trace.add(TraceStep.of("rigidSpending", rigid));
        trace.add(TraceStep.of("temporary.ownShare", ownShare, incomeShare));
        trace.add(TraceStep.of("temporary.computed", raw, share));
        if (raw.signum() <= 0) {
            failures.add(Reason.RIGID_SPENDING_WITHIN_MEANS);
        }
        if (!failures.isEmpty()) {
            return Results.ineligible(Programme.TEMPORARY, null, failures, trace);
        }
        List<Reason> reasons = new ArrayList<>(List.of(Reason.INCOME_BELOW_DISPOSABLE));
        return Results.oneOff(Programme.TEMPORARY, clamp(h, raw, reasons, trace), reasons, trace);
    }

    private static BigDecimal clamp(Household h, BigDecimal raw, List<Reason> reasons, List<TraceStep> trace) {
        ResolvedParameter min = h.parameter(Parameters.TEMPORARY_MIN);
        ResolvedParameter max = h.parameter(Parameters.TEMPORARY_TOWN_MAX);
        if (raw.compareTo(max.decimal()) > 0) {
            reasons.add(Reason.CAPPED_AT_TOWN_MAX);
            trace.add(TraceStep.of("temporary.townMax", max));
        } else if (raw.compareTo(min.decimal()) < 0) {
            reasons.add(Reason.RAISED_TO_MINIMUM);
            trace.add(TraceStep.of("temporary.minimum", min));
        }
        BigDecimal amount = Money.wholeYuan(Money.clamp(raw, min.decimal(), max.decimal()));
        trace.add(TraceStep.of("amount", amount));
        return amount;
    }
}

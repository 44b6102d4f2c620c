package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MedicalAssessment;
import org.doudi.assessment.MedicalRequest;
import org.doudi.assessment.Reason;
import org.doudi.assessment.Status;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.ResolvedParameter;

/**
 * 医疗救助 (DOMAIN.md §2.6, ASSESSMENT-API.md). Regular = min(cap left this year, (out-of-pocket −
 * deductible left this year) × share), never below 0. Extra (倾斜) = min(extra cap left, extra share ×
 * the part of what is left to the person above what remains this year of the threshold — the threshold
 * share of last year's per-capita disposable income, less what earlier bills of the year left to the
 * person after regular assistance). Both rounded half-up to whole yuan at the end.
 */
public final class MedicalAssistanceRule {

    private MedicalAssistanceRule() {
    }

    public static MedicalAssessment assess(MedicalRequest r, ParameterSnapshot p) {
        String tier = r.status().tier();
        String shareName = "medical.share." + tier;
        String deductibleName = "medical.deductible." + tier;
        String capName = "medical.cap." + tier;
        if (!p.inForce(shareName) || !p.inForce(deductibleName) || !p.inForce(capName)) {
            return new MedicalAssessment(Status.INELIGIBLE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    r.inPolicyOutOfPocket(), BigDecimal.ZERO, List.of(Reason.NOT_IN_FORCE), List.of());
        }
        List<TraceStep> trace = new ArrayList<>(10);
        BigDecimal bill = r.inPolicyOutOfPocket();
        trace.add(TraceStep.of("medical.outOfPocket", bill));

        ResolvedParameter deductible = p.get(deductibleName);
        BigDecimal deductibleLeft = Money.max(BigDecimal.ZERO, deductible.decimal().subtract(r.deductibleUsedThisYear()));
        BigDecimal deductibleNow = Money.min(deductibleLeft, bill);
        trace.add(TraceStep.of("medical.deductible", deductibleNow, deductible));

        ResolvedParameter share = p.get(shareName);
        BigDecimal regular = bill.subtract(deductibleNow).multiply(share.decimal());
        trace.add(TraceStep.of("medical.share", regular, share));
        ResolvedParameter cap = p.get(capName);
        if (!cap.isNone()) {
            BigDecimal capLeft = Money.max(BigDecimal.ZERO, cap.decimal().subtract(r.regularPaidThisYear()));
            if (regular.compareTo(capLeft) > 0) {
                regular = capLeft;
                trace.add(TraceStep.of("medical.cap", capLeft, cap));
            }
        }
        regular = Money.max(BigDecimal.ZERO, regular);

        BigDecimal extra = BigDecimal.ZERO;
        String disposableName = Parameters.disposableIncome(r.residence());
        if (p.inForce(Parameters.MEDICAL_EXTRA_THRESHOLD_SHARE) && p.inForce(Parameters.MEDICAL_EXTRA_SHARE)
                && p.inForce(Parameters.MEDICAL_EXTRA_CAP) && p.inForce(disposableName)) {
            ResolvedParameter thresholdShare = p.get(Parameters.MEDICAL_EXTRA_THRESHOLD_SHARE);
            BigDecimal threshold = thresholdShare.decimal().multiply(p.get(disposableName).decimal());
            trace.add(TraceStep.of("medical.extraThreshold", threshold, thresholdShare));
            // the threshold is the year's: what earlier bills left to the person has used part of it
            BigDecimal thresholdLeft = Money.max(BigDecimal.ZERO, threshold.subtract(r.borneThisYear()));
            if (r.borneThisYear().signum() > 0) {
                trace.add(TraceStep.of("medical.extraThresholdLeft", thresholdLeft));
            }
            BigDecimal excess = Money.max(BigDecimal.ZERO, bill.subtract(regular).subtract(thresholdLeft));
            ResolvedParameter extraShare = p.get(Parameters.MEDICAL_EXTRA_SHARE);
            extra = excess.multiply(extraShare.decimal());
            trace.add(TraceStep.of("medical.extra", extra, extraShare));
            ResolvedParameter extraCap = p.get(Parameters.MEDICAL_EXTRA_CAP);
            BigDecimal extraCapLeft = Money.max(BigDecimal.ZERO, extraCap.decimal().subtract(r.extraPaidThisYear()));
            if (extra.compareTo(extraCapLeft) > 0) {
                extra = extraCapLeft;
                trace.add(TraceStep.of("medical.extraCap", extraCapLeft, extraCap));
            }
        }
        BigDecimal regularPaid = Money.wholeYuan(regular);
        BigDecimal extraPaid = Money.wholeYuan(extra);
        BigDecimal total = regularPaid.add(extraPaid);
        BigDecimal left = bill.subtract(total);
        trace.add(TraceStep.of("amount", total));
        return new MedicalAssessment(Status.ELIGIBLE, regularPaid, extraPaid, total, left, deductibleNow,
                List.of(), trace);
    }
}

package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.DisabilityInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;

/**
 * 特困人员救助供养 (DOMAIN.md §2.2), per person. Eligible when all three hold: no labour capacity, no
 * source of living (own 特困-counted income per month below the 低保 standard, household assets pass),
 * nobody able to support them. A child with the orphan or unsupported-child allowance gets that instead.
 * Amount = basic living (yearly ÷ 12, since 2016 at least 1.3 × 低保标准) + care by self-care tier.
 */
public final class TekunRule {

    private TekunRule() {
    }

    public static List<ProgrammeResult> assess(Household h) {
        List<ProgrammeResult> results = new ArrayList<>(h.members().size());
        for (MemberInput m : h.members()) {
            results.add(assess(h, m));
        }
        return results;
    }

    static ProgrammeResult assess(Household h, MemberInput m) {
        String basicName = "tekun.basic_living.yearly." + mode(m);
        if (h.standard().isEmpty() || !h.inForce(basicName)) {
            return Results.notInForce(Programme.TEKUN, m.ref());
        }
        ResolvedParameter standard = h.standard().get();
        int age = h.age(m);
        List<Reason> failures = new ArrayList<>(4);
        List<TraceStep> trace = new ArrayList<>(8);
        trace.add(TraceStep.of("age", age));
        if (!noLabourCapacity(age, m.disability())) {
            failures.add(Reason.HAS_LABOUR_CAPACITY);
        }
        BigDecimal ownMonthly = Money.perCapita(MemberIncome.counted(m, IncomeCounting.TEKUN, h.window()), 12);
        trace.add(TraceStep.of("tekun.ownMonthlyIncome", ownMonthly));
        trace.add(TraceStep.of("standard", standard));
        if (ownMonthly.compareTo(standard.decimal()) >= 0) {
            failures.add(Reason.HAS_INCOME);
        }
        if (receivesChildAllowance(age, m)) {
            failures.add(Reason.RECEIVES_CHILD_ALLOWANCE);
        }
        if (m.supporters() == Supporters.ABLE) {
            failures.add(Reason.HAS_ABLE_SUPPORTER);
        }
        failures.addAll(h.assetReasons());
        if (!failures.isEmpty()) {
            return Results.ineligible(Programme.TEKUN, m.ref(), failures, trace);
        }

        ResolvedParameter yearly = h.parameter(basicName);
        BigDecimal basic = Money.monthlyOfYearly(yearly.decimal());
        trace.add(TraceStep.of("tekun.basicFromYearly", basic, yearly));
        if (h.inForce(Parameters.TEKUN_BASIC_RATIO)) {
            ResolvedParameter ratio = h.parameter(Parameters.TEKUN_BASIC_RATIO);
            BigDecimal floor = Money.derivedStandard(ratio.decimal(), standard.decimal());
            trace.add(TraceStep.of("tekun.basicFloor", floor, ratio));
            basic = Money.max(basic, floor);
        }
        trace.add(TraceStep.of("tekun.basic", basic));
        String careName = "tekun.care." + mode(m) + "." + careTier(m.unableActivities());
        BigDecimal care = BigDecimal.ZERO;
        if (h.inForce(careName)) {
            ResolvedParameter careParameter = h.parameter(careName);
            care = careParameter.decimal();
            trace.add(TraceStep.of("tekun.care", care, careParameter));
        }
        BigDecimal amount = Money.wholeYuan(basic.add(care));
        trace.add(TraceStep.of("amount", amount));
        return Results.monthly(Programme.TEKUN, m.ref(), amount,
                List.of(Reason.NO_LABOUR_CAPACITY, Reason.NO_SOURCE_OF_LIVING, Reason.NO_ABLE_SUPPORTER), trace);
    }

    /** Aged 60+, under 16, or intellectual/mental grade 1–3, physical grade 1–2, visual grade 1. */
    static boolean noLabourCapacity(int age, DisabilityInput d) {
        if (age >= 60 || age < 16) {
            return true;
        }
        if (d == null) {
            return false;
        }
        return switch (d.kind()) {
            case INTELLECTUAL, MENTAL -> d.grade() <= 3;
            case PHYSICAL -> d.grade() <= 2;
            case VISUAL -> d.grade() == 1;
            // hearing, speech and multiple disabilities are not listed as a lack of labour capacity
            default -> false;
        };
    }

    static boolean receivesChildAllowance(int age, MemberInput m) {
        return age < 18 && (m.orphan() || m.unsupportedChild());
    }

    /** All six activities possible: full self-care; 1–3 not possible: partly unable; 4–6: fully unable. */
    static String careTier(int unableActivities) {
        if (unableActivities <= 0) {
            return "full_self_care";
        }
        return unableActivities <= 3 ? "partly_unable" : "fully_unable";
    }

    private static String mode(MemberInput m) {
        return m.supportMode() == SupportMode.CENTRALISED ? "centralised" : "dispersed";
    }
}

package org.doudi.assessment.rules;

import java.math.BigDecimal;
import java.util.List;

import org.doudi.assessment.MemberInput;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;

/**
 * 分类施保, the classified supplement of 低保: each covered member gets the single highest share of the
 * standard that applies — aged 70+, under 18, severe disability, serious illness.
 */
final class Supplement {

    private Supplement() {
    }

    static BigDecimal of(Household h, MemberInput m, BigDecimal standard, List<TraceStep> trace) {
        int age = h.age(m);
        ResolvedParameter best = null;
        best = higher(h, best, age >= 70, Parameters.SUPPLEMENT_AGE70);
        best = higher(h, best, age < 18, Parameters.SUPPLEMENT_MINOR);
        best = higher(h, best, m.disability() != null && m.disability().severe(), Parameters.SUPPLEMENT_SEVERE_DISABILITY);
        best = higher(h, best, m.seriousIllness(), Parameters.SUPPLEMENT_SERIOUS_ILLNESS);
        if (best == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = best.decimal().multiply(standard);
        trace.add(new TraceStep("dibao.supplement:" + m.ref(), amount, best.name(), best.regionCode(), best.since()));
        return amount;
    }

    private static ResolvedParameter higher(Household h, ResolvedParameter best, boolean applies, String name) {
        if (!applies || !h.inForce(name)) {
            return best;
        }
        ResolvedParameter candidate = h.parameter(name);
        return best == null || candidate.decimal().compareTo(best.decimal()) > 0 ? candidate : best;
    }
}

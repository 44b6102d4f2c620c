package org.doudi.assessment.rules;

import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;

/**
 * 孤儿 and 事实无人抚养儿童 (DOMAIN.md §2.3): children under 18; orphans at the institution or dispersed
 * rate by where they are raised, de facto unsupported children at the dispersed orphan rate.
 */
public final class ChildAllowanceRule {

    private ChildAllowanceRule() {
    }

    public static List<ProgrammeResult> assess(Household h) {
        List<ProgrammeResult> results = new ArrayList<>(0);
        for (MemberInput m : h.members()) {
            if (m.orphan()) {
                String rate = m.supportMode() == SupportMode.CENTRALISED ? Parameters.ORPHAN_CENTRALISED
                        : Parameters.ORPHAN_DISPERSED;
                results.add(assess(h, m, Programme.ORPHAN, rate, Reason.ORPHAN));
            } else if (m.unsupportedChild()) {
                results.add(assess(h, m, Programme.UNSUPPORTED_CHILD, Parameters.ORPHAN_DISPERSED,
                        Reason.UNSUPPORTED_CHILD));
            }
        }
        return results;
    }

    private static ProgrammeResult assess(Household h, MemberInput m, Programme programme, String rateName,
                                          Reason why) {
        if (!h.inForce(rateName)) {
            return Results.notInForce(programme, m.ref());
        }
        int age = h.age(m);
        if (age >= 18) {
            return Results.ineligible(programme, m.ref(), List.of(Reason.AGE_18_OR_OVER),
                    List.of(TraceStep.of("age", age)));
        }
        ResolvedParameter rate = h.parameter(rateName);
        return Results.monthly(programme, m.ref(), Money.wholeYuan(rate.decimal()), List.of(why),
                List.of(TraceStep.of("age", age), TraceStep.of("amount", rate)));
    }
}

package org.doudi.assessment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.doudi.assessment.DisabilityInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Reason;
import org.doudi.assessment.TraceStep;
import org.doudi.policy.ResolvedParameter;
import org.doudi.registry.DisabilityKind;

/**
 * 残疾人两项补贴 (DOMAIN.md §2.4). Living allowance: disabled members of a household receiving 低保, or
 * covered alone (单人户), or (where configured) of a 低保边缘 household. Care allowance: grade 1–2, and
 * where configured grade 3–4 intellectual or mental. Both may be held; neither with 特困 where excluded.
 */
public final class DisabilityAllowanceRule {

    private DisabilityAllowanceRule() {
    }

    public static List<ProgrammeResult> assess(Household h, Set<String> tekunMembers, DibaoRule.Outcome dibao,
                                               ProgrammeResult marginal, List<ProgrammeResult> singlePerson) {
        List<ProgrammeResult> results = new ArrayList<>(0);
        for (MemberInput m : h.members()) {
            if (m.disability() == null) {
                continue;
            }
            boolean excludedAsTekun = tekunMembers.contains(m.ref()) && h.inForce(Parameters.DISABILITY_EXCLUDE_TEKUN)
                    && h.parameter(Parameters.DISABILITY_EXCLUDE_TEKUN).flag();
            results.add(living(h, m, excludedAsTekun, dibao, marginal, singlePerson));
            results.add(care(h, m, excludedAsTekun));
        }
        return results;
    }

    private static ProgrammeResult living(Household h, MemberInput m, boolean excludedAsTekun, DibaoRule.Outcome dibao,
                                          ProgrammeResult marginal, List<ProgrammeResult> singlePerson) {
        if (!h.inForce(Parameters.DISABILITY_LIVING)) {
            return Results.notInForce(Programme.DISABILITY_LIVING, m.ref());
        }
        if (excludedAsTekun) {
            return Results.ineligible(Programme.DISABILITY_LIVING, m.ref(), List.of(Reason.RECEIVES_TEKUN), List.of());
        }
        boolean inDibao = dibao.result().receiving() && dibao.counted().contains(m)
                || singlePerson.stream().anyMatch(r -> m.ref().equals(r.member()) && r.eligible());
        boolean includeMarginal = h.inForce(Parameters.DISABILITY_LIVING_INCLUDE_MARGINAL)
                && h.parameter(Parameters.DISABILITY_LIVING_INCLUDE_MARGINAL).flag();
        ResolvedParameter rate = h.parameter(Parameters.DISABILITY_LIVING);
        if (inDibao) {
            return Results.monthly(Programme.DISABILITY_LIVING, m.ref(), Money.wholeYuan(rate.decimal()),
                    List.of(Reason.DISABLED_IN_DIBAO_HOUSEHOLD), List.of(TraceStep.of("amount", rate)));
        }
        if (includeMarginal && marginal.eligible()) {
            return Results.monthly(Programme.DISABILITY_LIVING, m.ref(), Money.wholeYuan(rate.decimal()),
                    List.of(Reason.DISABLED_IN_MARGINAL_HOUSEHOLD),
                    List.of(TraceStep.of("disability.includeMarginal", h.parameter(
                            Parameters.DISABILITY_LIVING_INCLUDE_MARGINAL)), TraceStep.of("amount", rate)));
        }
        return Results.ineligible(Programme.DISABILITY_LIVING, m.ref(),
                List.of(Reason.NOT_IN_DIBAO_OR_MARGINAL_HOUSEHOLD), List.of());
    }

    private static ProgrammeResult care(Household h, MemberInput m, boolean excludedAsTekun) {
        String rateName = careRate(m.disability());
        if (rateName == null) {
            return Results.ineligible(Programme.DISABILITY_CARE, m.ref(), List.of(Reason.DISABILITY_NOT_SEVERE),
                    List.of());
        }
        if (!h.inForce(rateName)) {
            return Results.notInForce(Programme.DISABILITY_CARE, m.ref());
        }
        if (excludedAsTekun) {
            return Results.ineligible(Programme.DISABILITY_CARE, m.ref(), List.of(Reason.RECEIVES_TEKUN), List.of());
        }
        ResolvedParameter rate = h.parameter(rateName);
        return Results.monthly(Programme.DISABILITY_CARE, m.ref(), Money.wholeYuan(rate.decimal()),
                List.of(Reason.SEVERE_DISABILITY), List.of(TraceStep.of("amount", rate)));
    }

    private static String careRate(DisabilityInput d) {
        if (d.grade() == 1) {
            return Parameters.DISABILITY_CARE_GRADE1;
        }
        if (d.grade() == 2) {
            return Parameters.DISABILITY_CARE_GRADE2;
        }
        if (d.kind() == DisabilityKind.INTELLECTUAL || d.kind() == DisabilityKind.MENTAL) {
            return Parameters.DISABILITY_CARE_GRADE34_INTELLECTUAL_MENTAL;
        }
        return null;
    }
}

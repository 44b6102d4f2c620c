package org.doudi.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.assessment.rules.ChildAllowanceRule;
import org.doudi.assessment.rules.DibaoRule;
import org.doudi.assessment.rules.DisabilityAllowanceRule;
import org.doudi.assessment.rules.ExpenditureHardshipRule;
import org.doudi.assessment.rules.Household;
import org.doudi.assessment.rules.MarginalRule;
import org.doudi.assessment.rules.MedicalAssistanceRule;
import org.doudi.assessment.rules.MonitoringRule;
import org.doudi.assessment.rules.SinglePersonDibaoRule;
import org.doudi.assessment.rules.TekunRule;
import org.doudi.assessment.rules.TemporaryAssistanceRule;
import org.doudi.policy.ParameterSnapshot;

/**
 * The calculator's entry point. The order of the rules is the order of their interplay
 * (ASSESSMENT-API.md): 特困 first, because its members leave the 低保 household; then 低保, 低保边缘 and
 * 单人户; then the allowances that depend on them; then hardship, monitoring and temporary assistance.
 * The parameters must be the snapshot for the request's region and date.
 */
public final class Calculator {

    private Calculator() {
    }

    public static Assessment assess(AssessmentRequest request, ParameterSnapshot parameters) {
        Household h = Household.of(request, parameters);
        List<ProgrammeResult> tekun = TekunRule.assess(h);
        Set<String> tekunMembers = tekun.stream().filter(ProgrammeResult::eligible).map(ProgrammeResult::member)
                .collect(Collectors.toUnmodifiableSet());
        DibaoRule.Outcome dibao = DibaoRule.assess(h, tekunMembers);
        ProgrammeResult marginal = MarginalRule.assess(h, dibao);
        List<ProgrammeResult> singlePerson = SinglePersonDibaoRule.assess(h, dibao, marginal);

        List<ProgrammeResult> results = new ArrayList<>(tekun.size() + 12);
        results.addAll(tekun);
        results.add(dibao.result());
        results.add(marginal);
        results.addAll(singlePerson);
        results.add(ExpenditureHardshipRule.assess(h, dibao, marginal, tekunMembers));
        results.add(MonitoringRule.assess(h));
        results.addAll(ChildAllowanceRule.assess(h));
        results.addAll(DisabilityAllowanceRule.assess(h, tekunMembers, dibao, marginal, singlePerson));
        TemporaryAssistanceRule.assess(h).ifPresent(results::add);

        var income = new Assessment.IncomeFigures(dibao.perCapitaMonthly(), dibao.perCapitaAnnual(),
                MonitoringRule.perCapitaAnnual(h));
        return new Assessment(request.asOf(), h.window().asWindow(), request.members().size(), income, results);
    }

    public static MedicalAssessment medical(MedicalRequest request, ParameterSnapshot parameters) {
        return MedicalAssistanceRule.assess(request, parameters);
    }
}

package org.doudi.assessment.rules;

import java.util.List;
import java.util.Optional;

import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Reason;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.ResolvedParameter;

/**
 * What every rule of one assessment shares, worked out once: the request, the parameters in force
 * for its region and date, the income window, the 低保 standard of its residence and the assets test.
 */
public record Household(AssessmentRequest request, ParameterSnapshot parameters, IncomeWindow window,
                        Optional<ResolvedParameter> standard, AssetsTest.Outcome assets) {

    public static Household of(AssessmentRequest request, ParameterSnapshot parameters) {
        IncomeWindow window = IncomeWindow.of(request.asOf());
        Optional<ResolvedParameter> standard = parameters.find(Parameters.dibaoStandard(request.residence()));
        AssetsTest.Outcome assets = standard.map(s -> AssetsTest.apply(request, parameters, s))
                .orElse(AssetsTest.Outcome.notAssessed());
        return new Household(request, parameters, window, standard, assets);
    }

    public List<MemberInput> members() {
        return request.members();
    }

    public int age(MemberInput member) {
        return member.ageOn(request.asOf());
    }

    public ResolvedParameter parameter(String name) {
        return parameters.get(name);
    }

    public boolean inForce(String... names) {
        for (String name : names) {
            if (!parameters.inForce(name)) {
                return false;
            }
        }
        return true;
    }

    public List<Reason> assetReasons() {
        return assets.failures();
    }
}

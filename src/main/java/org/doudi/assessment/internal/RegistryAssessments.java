package org.doudi.assessment.internal;

import java.time.LocalDate;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Calculator;
import org.doudi.assessment.HouseholdAssessments;
import org.doudi.policy.PolicyParameters;
import org.doudi.registry.Households;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

@Component
class RegistryAssessments implements HouseholdAssessments {

    private final Households households;
    private final PolicyParameters parameters;

    RegistryAssessments(Households households, PolicyParameters parameters) {
        this.households = households;
        this.parameters = parameters;
    }

    @Override
    public Assessment assess(long householdId, LocalDate asOf) {
        AssessmentRequest request = RegistryHousehold.asOf(households.get(householdId), asOf);
        if (request.members().isEmpty()) {
            throw new InvalidInputException("asOf", "the household had no counted member on " + asOf);
        }
        return Calculator.assess(request, parameters.snapshot(request.regionCode(), asOf));
    }
}

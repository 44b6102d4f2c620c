package org.doudi.assessment.internal;

import java.time.LocalDate;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentInput;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.Calculator;
import org.doudi.assessment.MedicalAssessment;
import org.doudi.assessment.MedicalRequest;
import org.doudi.policy.PolicyParameters;
import org.doudi.region.Regions;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** The calculator with its inputs: the checked request, the parameter snapshot, the registry's household. */
@Service
class AssessmentService implements Assessments {

    private final PolicyParameters parameters;
    private final Regions regions;
    private final Households households;

    AssessmentService(PolicyParameters parameters, Regions regions, Households households) {
        this.parameters = parameters;
        this.regions = regions;
        this.households = households;
    }

    @Override
    public AssessmentRequest check(AssessmentInput input) {
        return AssessmentBodyReader.read(input);
    }

    @Override
    public Assessment assess(AssessmentRequest request) {
        if (regions.find(request.regionCode()).isEmpty()) {
            throw new NotFoundException("region " + request.regionCode());
        }
        return Calculator.assess(request, parameters.snapshot(request.regionCode(), request.asOf()));
    }

    @Override
    public MedicalAssessment medical(MedicalRequest request) {
        if (regions.find(request.regionCode()).isEmpty()) {
            throw new NotFoundException("region " + request.regionCode());
        }
        return Calculator.medical(request, parameters.snapshot(request.regionCode(), request.asOf()));
    }

    @Override
    public AssessmentRequest storedHousehold(long householdId, LocalDate asOf) {
        AssessmentRequest request = RegistryHousehold.asOf(households.get(householdId), asOf);
        if (request.members().isEmpty()) {
            throw new InvalidInputException("asOf", "the household had no counted member on " + asOf);
        }
        return request;
    }

    @Override
    public AssessmentRequest fromRegistry(HouseholdDetail household, LocalDate asOf) {
        return RegistryHousehold.asOf(household, asOf);
    }
}

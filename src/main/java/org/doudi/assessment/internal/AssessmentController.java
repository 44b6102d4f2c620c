package org.doudi.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentInput;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.Calculator;
import org.doudi.assessment.MedicalAssessment;
import org.doudi.assessment.MedicalRequest;
import org.doudi.policy.PolicyParameters;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calculator over HTTP (ASSESSMENT-API.md). The what-if calls store nothing and read no personal
 * data, so any known region may be asked about; the stored-household call goes through the registry,
 * which answers 404 for a household outside the caller's region.
 */
@RestController
class AssessmentController {

    private final Assessments assessments;
    private final PolicyParameters parameters;
    private final Regions regions;
    private final Clock clock;

    AssessmentController(Assessments assessments, PolicyParameters parameters, Regions regions, Clock clock) {
        this.assessments = assessments;
        this.parameters = parameters;
        this.regions = regions;
        this.clock = clock;
    }

    @PostMapping("/api/v1/assessments")
    Assessment assess(@RequestBody AssessmentInput body) {
        return assessments.assess(assessments.check(body));
    }

    @PostMapping("/api/v1/assessments/medical")
    MedicalAssessment medical(@RequestBody MedicalBody body) {
        MedicalRequest request = MedicalBodyReader.read(body);
        requireKnown(request.regionCode());
        return Calculator.medical(request, parameters.snapshot(request.regionCode(), request.asOf()));
    }

    @GetMapping("/api/v1/households/{id}/assessment")
    Assessment household(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        LocalDate date = asOf == null ? Today.in(clock) : asOf;
        return assessments.assess(assessments.storedHousehold(id, date));
    }

    private void requireKnown(String regionCode) {
        if (regions.find(regionCode).isEmpty()) {
            throw new NotFoundException("region " + regionCode);
        }
    }
}

package org.doudi.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentInput;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Calculator;
import org.doudi.assessment.DemoParameters;
import org.doudi.assessment.MedicalAssessment;
import org.doudi.assessment.MedicalRequest;
import org.doudi.assessment.WorkedCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every worked case through the Java API: request JSON → calculator → answer JSON, compared as cases/README.md says. */
class WorkedCasesTest {

    @TestFactory
    Stream<DynamicTest> everyAssessmentCaseIsReproduced() {
        var cases = WorkedCases.load("assessment");
        assertThat(cases).as("worked cases found").isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            AssessmentInput body = WorkedCases.JSON.treeToValue(c.request(), AssessmentInput.class);
            AssessmentRequest request = AssessmentBodyReader.read(body);
            Assessment answer = Calculator.assess(request,
                    DemoParameters.snapshot(request.regionCode(), request.asOf()));
            var actual = WorkedCases.JSON.valueToTree(answer);
            assertThat(WorkedCases.assessmentDifferences(c.expect(), actual)).as(c.name() + "\n" + actual).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyMedicalCaseIsReproduced() {
        var cases = WorkedCases.load("medical");
        assertThat(cases).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            MedicalBody body = WorkedCases.JSON.treeToValue(c.request(), MedicalBody.class);
            MedicalRequest request = MedicalBodyReader.read(body);
            MedicalAssessment answer = Calculator.medical(request,
                    DemoParameters.snapshot(request.regionCode(), request.asOf()));
            var actual = WorkedCases.JSON.valueToTree(answer);
            assertThat(WorkedCases.medicalDifferences(c.expect(), actual)).as(c.name() + "\n" + actual).isEmpty();
        }));
    }
}

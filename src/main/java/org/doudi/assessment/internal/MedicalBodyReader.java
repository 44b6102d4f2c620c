package org.doudi.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MedicalRequest;
import org.doudi.region.RegionCodes;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/** Checks a medical request body, reporting every bad field at once. */
final class MedicalBodyReader {

    private MedicalBodyReader() {
    }

    static MedicalRequest read(MedicalBody b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!RegionCodes.isValid(b.regionCode())) {
            problems.add(new FieldProblem("regionCode", "must be a 12-digit region code"));
        }
        if (b.asOf() == null) {
            problems.add(new FieldProblem("asOf", "is required"));
        }
        if (b.residence() == null) {
            problems.add(new FieldProblem("residence", "is required"));
        }
        if (b.status() == null) {
            problems.add(new FieldProblem("status", "is required"));
        }
        if (b.inPolicyOutOfPocket() == null) {
            problems.add(new FieldProblem("inPolicyOutOfPocket", "is required"));
        } else if (b.inPolicyOutOfPocket().signum() < 0) {
            problems.add(new FieldProblem("inPolicyOutOfPocket", "must not be negative"));
        } else if (b.inPolicyOutOfPocket().stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("inPolicyOutOfPocket", "has more than two decimals"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return MedicalRequest.firstBillOfTheYear(b.regionCode(), b.asOf(), b.residence(), b.status(),
                b.inPolicyOutOfPocket());
    }
}

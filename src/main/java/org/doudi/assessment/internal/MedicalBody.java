package org.doudi.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.doudi.assessment.MedicalStatus;
import org.doudi.registry.Residence;

/** The JSON body of {@code POST /api/v1/assessments/medical} (ASSESSMENT-API.md). */
record MedicalBody(String regionCode, LocalDate asOf, Residence residence, MedicalStatus status,
                   BigDecimal inPolicyOutOfPocket) {
}

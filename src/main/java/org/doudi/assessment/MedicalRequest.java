package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.doudi.registry.Residence;

/**
 * One medical bill's in-policy out-of-pocket cost (after basic and critical-illness insurance), and
 * what the person was already paid and already bore this year ({@code 0} for a first bill).
 */
public record MedicalRequest(String regionCode, LocalDate asOf, Residence residence, MedicalStatus status,
                             BigDecimal inPolicyOutOfPocket, BigDecimal regularPaidThisYear,
                             BigDecimal extraPaidThisYear, BigDecimal deductibleUsedThisYear) {

    public MedicalRequest {
        regularPaidThisYear = regularPaidThisYear == null ? BigDecimal.ZERO : regularPaidThisYear;
        extraPaidThisYear = extraPaidThisYear == null ? BigDecimal.ZERO : extraPaidThisYear;
        deductibleUsedThisYear = deductibleUsedThisYear == null ? BigDecimal.ZERO : deductibleUsedThisYear;
    }

    public static MedicalRequest firstBillOfTheYear(String regionCode, LocalDate asOf, Residence residence,
                                                    MedicalStatus status, BigDecimal outOfPocket) {
        return new MedicalRequest(regionCode, asOf, residence, status, outOfPocket, null, null, null);
    }
}

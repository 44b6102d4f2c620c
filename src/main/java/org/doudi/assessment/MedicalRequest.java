package org.doudi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.doudi.registry.Residence;

/**
 * One medical bill's in-policy out-of-pocket cost (after basic and critical-illness insurance), and the
 * person's year before it ({@code 0} for a first bill): the regular and extra assistance already paid, the
 * deductible already used, and {@code borneThisYear}, what earlier bills left to the person after regular
 * assistance (the extra assistance's threshold counts over the year, not per bill).
 */
public record MedicalRequest(String regionCode, LocalDate asOf, Residence residence, MedicalStatus status,
                             BigDecimal inPolicyOutOfPocket, BigDecimal regularPaidThisYear,
                             BigDecimal extraPaidThisYear, BigDecimal deductibleUsedThisYear,
                             BigDecimal borneThisYear) {

    public MedicalRequest {
        regularPaidThisYear = regularPaidThisYear == null ? BigDecimal.ZERO : regularPaidThisYear;
        extraPaidThisYear = extraPaidThisYear == null ? BigDecimal.ZERO : extraPaidThisYear;
        deductibleUsedThisYear = deductibleUsedThisYear == null ? BigDecimal.ZERO : deductibleUsedThisYear;
        borneThisYear = borneThisYear == null ? BigDecimal.ZERO : borneThisYear;
    }

    /** A bill after others whose borne amount is not known: the extra threshold is counted for this bill alone. */
    public MedicalRequest(String regionCode, LocalDate asOf, Residence residence, MedicalStatus status,
                          BigDecimal inPolicyOutOfPocket, BigDecimal regularPaidThisYear,
                          BigDecimal extraPaidThisYear, BigDecimal deductibleUsedThisYear) {
        this(regionCode, asOf, residence, status, inPolicyOutOfPocket, regularPaidThisYear, extraPaidThisYear,
                deductibleUsedThisYear, null);
    }

    public static MedicalRequest firstBillOfTheYear(String regionCode, LocalDate asOf, Residence residence,
                                                    MedicalStatus status, BigDecimal outOfPocket) {
        return new MedicalRequest(regionCode, asOf, residence, status, outOfPocket, null, null, null, null);
    }
}

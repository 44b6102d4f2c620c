package org.doudi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.doudi.registry.Residence;
import org.junit.jupiter.api.Test;

/**
 * A bill after others of the same year: the deductible, the cap and the extra assistance's cap and
 * threshold continue from what the earlier bills used (DOMAIN.md §2.6: the threshold is the year's).
 */
class MedicalYearTest {

    static final String CITY = "990100000000";
    static final LocalDate JUNE = LocalDate.of(2026, 6, 15);

    static MedicalAssessment assess(MedicalRequest r) {
        return Calculator.medical(r, DemoParameters.snapshot(r.regionCode(), r.asOf()));
    }

    @Test
    void aSecondBillContinuesTheYearOfTheFirst() {
        MedicalAssessment first = assess(MedicalRequest.firstBillOfTheYear(CITY, JUNE, Residence.RURAL,
                MedicalStatus.MONITORED, new BigDecimal("30000")));
        assertThat(first.regular()).isEqualByComparingTo("17400");
        assertThat(first.extra()).isEqualByComparingTo("3425");
        BigDecimal borne = new BigDecimal("30000").subtract(first.regular());

        MedicalAssessment second = assess(new MedicalRequest(CITY, JUNE, Residence.RURAL, MedicalStatus.MONITORED,
                new BigDecimal("60000"), first.regular(), first.extra(), first.deductibleUsed(), borne));
        assertThat(second.deductibleUsed()).as("the deductible was used by the first bill").isZero();
        assertThat(second.regular()).as("what is left of the 50,000 cap").isEqualByComparingTo("32600");
        assertThat(second.extra()).as("the first bill left 12,600: the year's 5,750 threshold is used up")
                .isEqualByComparingTo("13700");

        MedicalAssessment perBill = assess(new MedicalRequest(CITY, JUNE, Residence.RURAL, MedicalStatus.MONITORED,
                new BigDecimal("60000"), first.regular(), first.extra(), first.deductibleUsed()));
        assertThat(perBill.extra()).as("without what earlier bills left, the threshold would count twice")
                .isEqualByComparingTo("10825");
    }

    @Test
    void aSmallFirstBillLeavesPartOfTheThresholdToTheNext() {
        // 8,000 at 60 % after the 1,000 deductible: 4,200 paid, 3,800 left to the person (threshold 5,750)
        MedicalAssessment first = assess(MedicalRequest.firstBillOfTheYear(CITY, JUNE, Residence.RURAL,
                MedicalStatus.MONITORED, new BigDecimal("8000")));
        assertThat(first.regular()).isEqualByComparingTo("4200");
        assertThat(first.extra()).isZero();
        MedicalAssessment second = assess(new MedicalRequest(CITY, JUNE, Residence.RURAL, MedicalStatus.MONITORED,
                new BigDecimal("10000"), first.regular(), first.extra(), first.deductibleUsed(), new BigDecimal("3800")));
        // 6,000 paid, 4,000 left; of the threshold 1,950 remained: half of 2,050
        assertThat(second.regular()).isEqualByComparingTo("6000");
        assertThat(second.extra()).isEqualByComparingTo("1025");
    }
}

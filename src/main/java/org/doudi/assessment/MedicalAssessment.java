package org.doudi.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Medical assistance for one bill: the regular share, the extra (倾斜) assistance, their total and what
 * is left to the person; whole yuan. {@code status} is INELIGIBLE with NOT_IN_FORCE when the tier's
 * parameters did not exist on the date.
 */
public record MedicalAssessment(Status status, BigDecimal regular, BigDecimal extra, BigDecimal total,
                                BigDecimal leftToPerson, BigDecimal deductibleUsed, List<Reason> reasons,
                                List<TraceStep> trace) {
}

package org.doudi.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a decision grants. {@code toMonth}: null for an open-ended monthly benefit; for a one-off, the same
 * month as {@code fromMonth}. {@code caseId}: the deciding case (null for a benefit migrated from elsewhere).
 */
public record NewBenefit(String programme, BenefitKind kind, long householdId, Long personId, String regionCode,
                         Long caseId, LocalDate grantedOn, YearMonth fromMonth, YearMonth toMonth, BigDecimal amount,
                         String reason) {
}

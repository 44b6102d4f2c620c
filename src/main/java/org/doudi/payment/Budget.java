package org.doudi.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** What one source puts into one programme of a county for a year. */
public record Budget(String countyCode, int year, String programme, FundSource source, BigDecimal amount, String note,
                     String recordedBy, Instant recordedAt) {
}

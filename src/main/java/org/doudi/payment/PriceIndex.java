package org.doudi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A recorded month of a city's price indices, with what they mean for the price subsidy (DOMAIN.md §2.9):
 * whether the month is triggered and the rise that counts ({@code null} when not triggered).
 */
public record PriceIndex(String cityCode, YearMonth month, BigDecimal cpi, BigDecimal foodCpi, boolean triggered,
                         BigDecimal rise, String source, String recordedBy, Instant recordedAt) {
}

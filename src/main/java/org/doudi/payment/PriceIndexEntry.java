package org.doudi.payment;

import java.math.BigDecimal;

/**
 * A city's consumer price indices for a month, as the statistics bureau publishes them (the same month of the
 * previous year = 100): {@code cpi} 103.8 is a rise of 3.8 %. {@code month} is {@code yyyy-MM}.
 */
public record PriceIndexEntry(String cityCode, String month, BigDecimal cpi, BigDecimal foodCpi, String source) {
}

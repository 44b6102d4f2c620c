package org.doudi.payment;

import java.math.BigDecimal;

/** A town's temporary-assistance reserve: its balance and this year's top-ups and spending. */
public record Reserve(String townCode, String townName, BigDecimal balance, BigDecimal toppedUpThisYear,
                      BigDecimal spentThisYear) {
}

package org.doudi.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A good row of a feed file, validated and normalised: the person by the blind index and masked form of the
 * ID number, the natural key of the row, and the typed fields (see {@code exchange.FeedType}).
 */
record FactRow(int rowNo, String idHash, String idMasked, String name, String rowKey, java.util.UUID rowDigest,
               long idKey, LocalDate date,
               LocalDate endDate, LocalDate inForceTo, String code, String subcode, Integer grade, BigDecimal amount,
               BigDecimal amount2, String reference, String organisation, String detail) {
}

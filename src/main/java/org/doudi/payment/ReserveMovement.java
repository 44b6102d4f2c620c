package org.doudi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One top-up or spending of a town's reserve, with the balance after it. */
public record ReserveMovement(long id, String townCode, Kind kind, BigDecimal amount, LocalDate on, String purpose,
                              String reference, BigDecimal balanceAfter, String recordedBy, Instant recordedAt) {

    public enum Kind {
        /** 拨付: the county tops the reserve up. */
        TOP_UP,
        /** 支出: the town pays temporary assistance from it (先行救助). */
        SPENDING
    }
}

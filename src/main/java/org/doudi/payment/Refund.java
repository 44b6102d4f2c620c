package org.doudi.payment;

import java.math.BigDecimal;

/** Money paid back directly (退回), e.g. by the family of a person who died: {@code receivedOn} is yyyy-MM-dd. */
public record Refund(BigDecimal amount, String receivedOn, String note) {
}

package org.doudi.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Something the household owns, its value in yuan, held {@code from}–{@code to} inclusive. */
public record Asset(long id, AssetKind kind, BigDecimal value, boolean exempt, String description, LocalDate from,
                    LocalDate to) {
}

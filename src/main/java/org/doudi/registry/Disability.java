package org.doudi.registry;

import java.time.LocalDate;

/** A disability of the given kind and grade (1 most severe), valid {@code from}–{@code to} inclusive. */
public record Disability(long id, DisabilityKind kind, int grade, LocalDate from, LocalDate to) {
}

package org.doudi.registry;

import java.time.LocalDate;

/** One of the {@link PersonFactKind}s, with a value that kind accepts, valid {@code from}–{@code to} inclusive. */
public record PersonFact(long id, PersonFactKind kind, String value, LocalDate from, LocalDate to) {

    /** Whether the fact holds on the day. */
    public boolean inForceOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}

package org.doudi.registry;

/** A disability as entered: {@link DisabilityKind}, grade 1–4, dates {@code yyyy-MM-dd} ({@code to} optional). */
public record DisabilityForm(String kind, String grade, String from, String to) {
}

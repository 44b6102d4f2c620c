package org.doudi.registry;

/** A dated fact as entered: a {@link PersonFactKind}, one of its values, dates {@code yyyy-MM-dd} ({@code to} optional). */
public record PersonFactForm(String kind, String value, String from, String to) {
}

package org.doudi.policy;

/**
 * A proposed new entry, as entered (text fields, so that every bad field can be named at once):
 * parameter name, region code, effective date {@code yyyy-MM-dd}, value as written ({@code null} =
 * none), and the reason or the document that sets the new figure.
 */
public record Proposal(String name, String regionCode, String since, String value, String reason) {
}

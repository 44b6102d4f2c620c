package org.doudi.registry;

/** Ending a membership: the day they left ({@code yyyy-MM-dd}, defaults to today) and why (required). */
public record MemberRemoval(String on, String reason) {
}

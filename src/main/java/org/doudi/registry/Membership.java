package org.doudi.registry;

import java.time.LocalDate;

/**
 * A stretch of time a person belonged to a household: joined {@code from}, left {@code to} (null while
 * they still belong), and why they left. A person moving from one household to another leaves the
 * first on the day they join the second.
 */
public record Membership(long personId, String name, Relation relation, LocalDate from, LocalDate to,
                         String reason) {
}

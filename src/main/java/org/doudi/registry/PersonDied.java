package org.doudi.registry;

import java.time.LocalDate;

/**
 * A person's death was recorded ({@code diedOn} set on a member that had none). Published in the
 * transaction of the registry write, so whatever other modules do on it (stopping benefits) commits or
 * rolls back with the record itself. {@code regionCode}: the household's.
 */
public record PersonDied(long personId, long householdId, LocalDate diedOn, String regionCode) {
}

package org.doudi.registry;

import java.time.LocalDate;

/**
 * Where a registered person is now, found by the blind index of their ID number: their household (null when
 * they belong to none) and the region of that household, or of the last one they belonged to.
 */
public record PersonLocation(String idNumberHash, long personId, Long householdId, String regionCode,
                             LocalDate diedOn) {
}

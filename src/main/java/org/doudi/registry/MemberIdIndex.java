package org.doudi.registry;

import java.time.LocalDate;

/**
 * Someone who belonged to a household in a period, with the blind index of their ID number (the keyed
 * hash {@code PiiProtector.blindIndex} gives for the 18 characters): other modules match it against their
 * own registers of ID numbers without anything being decrypted. {@code to}: null while they still belong.
 */
public record MemberIdIndex(long personId, String name, String idNumberMasked, String idNumberIndex,
                            LocalDate from, LocalDate to) {
}

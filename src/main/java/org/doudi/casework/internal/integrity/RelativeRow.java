package org.doudi.casework.internal.integrity;

import java.time.Instant;
import java.time.LocalDate;

import org.doudi.casework.RelativesRegister.Kinship;
import org.doudi.casework.RelativesRegister.StaffKind;

/** One row of {@code relative_registration}, as stored (the ID number only as its blind index and masked). */
record RelativeRow(long id, StaffKind staffKind, String staffUsername, String staffName, String staffRole,
                   String regionCode, String name, String idHash, String idMasked, Kinship relation,
                   String relationNote, LocalDate registeredOn, LocalDate endedOn, String endReason,
                   String registeredBy, Instant createdAt, int version) {
}

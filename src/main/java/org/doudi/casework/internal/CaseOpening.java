package org.doudi.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.doudi.assessment.TemporaryKind;
import org.doudi.casework.Channel;
import org.doudi.casework.ProcedureFamily;

/**
 * What is fixed when a case is opened: the programme and its family, the household (and the person, for a
 * per-person programme), the region that keeps the case and its town, how the application came, when it
 * was received, and for temporary assistance its kind and what happened.
 */
record CaseOpening(long id, String programme, ProcedureFamily family, long householdId, Long personId,
                   String regionCode, String townCode, Channel channel, String hotlineLine, String hotlineCaller,
                   String hotlineReference, Long warningId, LocalDate receivedOn, TemporaryKind temporaryKind,
                   LocalDate happenedOn, String whatHappened, String createdBy, Instant createdAt) {
}

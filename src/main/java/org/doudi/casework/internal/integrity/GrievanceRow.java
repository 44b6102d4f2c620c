package org.doudi.casework.internal.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.doudi.casework.GrievanceRouting;
import org.doudi.casework.Grievances.Channel;
import org.doudi.casework.Grievances.Finding;
import org.doudi.casework.Grievances.Kind;
import org.doudi.casework.Grievances.State;
import org.doudi.casework.Grievances.SubjectKind;

/**
 * One row of {@code grievance}, as stored. {@code state} is the stored one (never ESCALATED); the state an
 * actor sees on a given day is {@link #stateOn}.
 */
record GrievanceRow(long id, Kind kind, String regionCode, SubjectKind subjectKind, Long caseId,
                    String subjectUsername, String subjectPerson, String subjectOffice, String handlingOffice,
                    String complainant, String contact, Channel channel, String summary, LocalDate receivedOn,
                    LocalDate dueOn, boolean dueEstimated, State state, String assignedTo, String assignedBy,
                    LocalDate assignedOn, String takenOverFrom, LocalDate answeredOn, String answeredBy,
                    Finding finding, String answer, LocalDate closedOn, String closedBy, String closingNote,
                    String recordedBy, Instant createdAt, Instant updatedAt, int version) {

    boolean open() {
        return state == State.RECEIVED || state == State.ASSIGNED;
    }

    /** Unanswered after its due date. */
    boolean overdueOn(LocalDate today) {
        return open() && today.isAfter(dueOn);
    }

    /**
     * The office it has escalated to on {@code today}: the one above the handling office, once it is
     * overdue — unless the office above already took it over (it does not climb further), or it is the
     * province's (nothing above).
     */
    Optional<String> escalatedToOn(LocalDate today) {
        return overdueOn(today) && takenOverFrom == null ? GrievanceRouting.above(handlingOffice) : Optional.empty();
    }

    State stateOn(LocalDate today) {
        return escalatedToOn(today).isPresent() ? State.ESCALATED : state;
    }

    boolean answeredLate() {
        return answeredOn != null && answeredOn.isAfter(dueOn);
    }
}

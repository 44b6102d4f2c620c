package org.doudi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints (投诉) and appeals (复议/申诉) about casework (DOMAIN.md §3.4, §3.6): recorded, routed to the
 * office that must answer ({@link GrievanceRouting}), assigned to one of its officers, answered by a due
 * date ({@link AnswerDeadlines}) and closed. The same checks, scoping and audit as
 * {@code /api/v1/complaints} and {@code /api/v1/appeals}, as the signed-in actor.
 *
 * <p>States: RECEIVED → ASSIGNED → ANSWERED → CLOSED. An item not answered by its due date is ESCALATED:
 * the office above it sees it as such and may take it over by assigning one of its own officers. A
 * complaint about a case flags the case ({@link CaseFlagKind#COMPLAINT}); an appeal answered
 * {@link Finding#REEXAMINATION_ORDERED} flags it {@link CaseFlagKind#REEXAMINATION_ORDERED}.
 */
public interface Grievances {

    enum Kind {
        /** 投诉 */
        COMPLAINT,
        /** 行政复议 / 申诉 against a decision */
        APPEAL
    }

    enum Channel {
        /** 来访 */
        IN_PERSON,
        /** 来电 */
        PHONE,
        /** 12345 政务服务热线 */
        HOTLINE,
        /** 来信 */
        LETTER,
        /** 网上信访、门户网站 */
        ONLINE
    }

    /** What a complaint is about. */
    enum SubjectKind {
        /** The handling of a case (by its village and town). */
        CASE,
        /** A case's decision (by whoever decided it). */
        DECISION,
        /** A member of staff who is a user. */
        STAFF,
        /** An office (a village committee, a town, a county bureau …), optionally naming a person of it. */
        OFFICE
    }

    enum State {
        RECEIVED, ASSIGNED,
        /** Not answered by the due date (derived, never stored): the office above may take it over. */
        ESCALATED,
        ANSWERED, CLOSED
    }

    /** What the answer found. The first three answer complaints, the last two appeals. */
    enum Finding {
        /** 属实 */
        SUBSTANTIATED(Kind.COMPLAINT),
        /** 部分属实 */
        PARTLY_SUBSTANTIATED(Kind.COMPLAINT),
        /** 不属实 */
        UNSUBSTANTIATED(Kind.COMPLAINT),
        /** 维持原决定 */
        DECISION_CONFIRMED(Kind.APPEAL),
        /** 撤销原决定、责令重新审核 */
        REEXAMINATION_ORDERED(Kind.APPEAL);

        private final Kind answers;

        Finding(Kind answers) {
            this.answers = answers;
        }

        public Kind answers() {
            return answers;
        }
    }

    /**
     * {@code caseId} for CASE and DECISION; {@code username} for STAFF; {@code regionCode} for OFFICE, with
     * {@code person} naming someone of the office (a village-committee member) when the complaint is about them.
     */
    record Subject(SubjectKind kind, Long caseId, String username, String regionCode, String person) {
    }

    /** {@code complainant}: null for an anonymous complaint. {@code receivedOn}: today when left out. */
    record NewComplaint(Subject about, String complainant, String contact, Channel channel, String summary,
                        LocalDate receivedOn) {
    }

    /** An appeal against the decision of case {@code caseId}. */
    record NewAppeal(Long caseId, String appellant, String contact, Channel channel, String summary,
                     LocalDate receivedOn) {
    }

    /** {@code assignee}: the user name of an officer of the office that handles the item. */
    record Assignment(Integer version, LocalDate on, String assignee) {
    }

    record Answer(Integer version, LocalDate on, Finding finding, String text) {
    }

    /** {@code note}: how the answer reached the complainant, and what they said. */
    record Closing(Integer version, LocalDate on, String note) {
    }

    /**
     * A complaint or an appeal. {@code complainant} and {@code contact} are shown only to the office that
     * handles it, the offices above it and whoever recorded it (null otherwise): those complained about may
     * read what is said, not who said it. {@code escalatedTo}: the office above, while ESCALATED.
     */
    record Grievance(long id, Kind kind, State state, Subject about, String regionCode, String subjectOffice,
                     String handlingOffice, String takenOverFrom, String escalatedTo, String complainant,
                     String contact, Channel channel, String summary, LocalDate receivedOn, LocalDate dueOn,
                     boolean dueEstimated, boolean overdue, String assignedTo, LocalDate assignedOn,
                     LocalDate answeredOn, String answeredBy, Finding finding, String answer, boolean answeredLate,
                     LocalDate closedOn, String closedBy, String closingNote, String recordedBy, Instant recordedAt,
                     int version) {
    }

    record GrievancePage(List<Grievance> items, int page, int size, long total) {
    }

    Grievance complain(NewComplaint body);

    Grievance appeal(NewAppeal body);

    Grievance get(Kind kind, long id);

    /** Ordered by due date. {@code overdue=true}: unanswered past the due date. {@code mine=true}: assigned to me. */
    GrievancePage list(Kind kind, State state, Boolean overdue, Long caseId, Boolean mine, int page, int size);

    Grievance assign(Kind kind, long id, Assignment body);

    Grievance answer(Kind kind, long id, Answer body);

    Grievance close(Kind kind, long id, Closing body);
}

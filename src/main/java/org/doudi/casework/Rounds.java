package org.doudi.casework;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;

/**
 * Deadlines of the families whose law gives the town one limit for its whole round (investigation to
 * opinion) and the decider one limit from receiving the file (特困 §3.2; the allowances and 支出型临时救助
 * by the same shape, decision 0017). The round starts at the acceptance, and again at each objection
 * (re-examine and publish again). {@code publicises}: the programmes whose approval is publicised.
 */
record Rounds(int townRound, int decision, Predicate<String> publicises) implements Procedure.DueDates {

    /** The town takes up an application the village handed in within 3 working days. */
    static final int TAKE_UP = 3;
    /** An approval recommended by the town is posted within 3 working days of the opinion. */
    static final int POSTING = 3;
    /** A decision is told within 3 working days (the law's limit for a refusal's written reasons). */
    static final int NOTIFICATION = 3;

    @Override
    public WorkingDay nextStepDue(CaseFile file, WorkingDays days) {
        if (file.state() == CaseState.SUBMITTED) {
            return days.add(file.receivedOn(), TAKE_UP);
        }
        if (!file.accepted() || file.state() == CaseState.NOTIFIED) {
            return null;
        }
        return switch (file.state()) {
            case APPLIED, INVESTIGATING, VERIFYING, APPRAISED, ASSESSED, OBJECTED, REVIEWED, PAID_FIRST ->
                    days.add(roundFrom(file), townRound);
            case TOWN_OPINION -> file.recommendation() == Outcome.APPROVE && publicises.test(file.programme())
                    ? days.add(file.lastStepOn(), POSTING) : days.add(file.lastStepOn(), decision);
            case IN_PUBLICITY -> days.add(file.publicityEnds(), decision);
            case DECIDED -> days.add(file.lastStepOn(), NOTIFICATION);
            case SUBMITTED, NOTIFIED -> null;
        };
    }

    /** No overall limit: each objection starts a new round. */
    @Override
    public WorkingDay procedureDue(CaseFile file, WorkingDays days) {
        return null;
    }

    private static LocalDate roundFrom(CaseFile file) {
        return file.phaseFrom() == null ? file.acceptedOn() : file.phaseFrom();
    }
}

package org.doudi.casework;

import java.time.LocalDate;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;

/**
 * The time limits of the 低保 procedure in working days (DOMAIN.md §3.1), pure over a calendar. The due
 * date of a case is that of the step it waits for: its own limit where the law sets one, never later
 * than the whole procedure's limit, which counts from the acceptance: 20 working days where the county
 * has devolved the decision to the town, 30 where the county decides (decision 0018).
 */
public final class Deadlines {

    /** The investigation starts within 3 working days of the acceptance (or of an objection). */
    public static final int INVESTIGATION = 3;
    /** The county answers the verification within 3 working days of the request, made with the investigation. */
    public static final int VERIFICATION = 3;
    /** The decision within 10 working days of receiving the file (after the publicity, or the town's refusal). */
    public static final int DECISION = 10;
    /** A refusal is explained in writing within 3 working days; an approval is told in the same time. */
    public static final int NOTIFICATION = 3;
    /** The whole procedure, where the town decides. */
    public static final int PROCEDURE_TOWN_DECIDES = 20;
    /** The whole procedure, where the county decides (45 in special cases, not modelled). */
    public static final int PROCEDURE_COUNTY_DECIDES = 30;

    /** The 低保 family's deadlines for any case: the limit follows the case's decider. */
    static final Procedure.DueDates DUE_DATES = new Procedure.DueDates() {
        @Override
        public WorkingDay nextStepDue(CaseFile file, WorkingDays days) {
            return new Deadlines(days, file.decider() == DeciderLevel.TOWN).nextStepDue(file);
        }

        @Override
        public WorkingDay procedureDue(CaseFile file, WorkingDays days) {
            return new Deadlines(days, file.decider() == DeciderLevel.TOWN).procedureDue(file.acceptedOn());
        }
    };

    private final WorkingDays days;
    private final int procedureLimit;

    /** {@code townDecides}: the county has devolved 低保 decisions to the towns. */
    public Deadlines(WorkingDays days, boolean townDecides) {
        this.days = days;
        this.procedureLimit = townDecides ? PROCEDURE_TOWN_DECIDES : PROCEDURE_COUNTY_DECIDES;
    }

    /** The day by which the whole procedure must be done; null before the acceptance. */
    public WorkingDay procedureDue(LocalDate acceptedOn) {
        return acceptedOn == null ? null : days.add(acceptedOn, procedureLimit);
    }

    /**
     * The due date of the step a case waits for, from its facts just after its last step (on
     * {@code file.lastStepOn()}); null when nothing is due from the office: documents awaited from the
     * household, or the procedure over. A re-investigation after an objection (or the assessment after a
     * democratic appraisal) has its own 3 days, even when the whole procedure's limit has passed meanwhile.
     */
    public WorkingDay nextStepDue(CaseFile file) {
        if (file.state() == CaseState.SUBMITTED) {
            return days.add(file.receivedOn(), Rounds.TAKE_UP);
        }
        LocalDate accepted = file.acceptedOn();
        if (accepted == null || file.state() == CaseState.NOTIFIED) {
            return null;
        }
        LocalDate on = file.lastStepOn();
        WorkingDay procedure = procedureDue(accepted);
        return switch (file.state()) {
            case APPLIED -> earlier(days.add(accepted, INVESTIGATION), procedure);
            case OBJECTED, APPRAISED -> days.add(on, INVESTIGATION);
            case INVESTIGATING -> earlier(days.add(on, VERIFICATION), procedure);
            case VERIFYING, ASSESSED -> procedure;
            case TOWN_OPINION -> file.recommendation() == Outcome.REFUSE
                    ? earlier(days.add(on, DECISION), procedure) : procedure;
            case IN_PUBLICITY -> earlier(days.add(file.publicityEnds(), DECISION), procedure);
            case DECIDED -> days.add(on, NOTIFICATION);
            case SUBMITTED, NOTIFIED, PAID_FIRST, REVIEWED -> null;
        };
    }

    private static WorkingDay earlier(WorkingDay a, WorkingDay b) {
        return a.date().isAfter(b.date()) ? b : a;
    }
}

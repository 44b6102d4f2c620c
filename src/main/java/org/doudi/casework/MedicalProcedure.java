package org.doudi.casework;

import static org.doudi.casework.CaseState.APPLIED;
import static org.doudi.casework.CaseState.ASSESSED;
import static org.doudi.casework.CaseState.DECIDED;
import static org.doudi.casework.CaseState.REVIEWED;
import static org.doudi.casework.CaseState.SUBMITTED;

import java.util.List;
import java.util.Set;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;

/**
 * 医疗救助 per bill (DOMAIN.md §2.6): one case per bill — intake with the settlement statement, the
 * review of the bill and the person's status (审核), the frozen computation continuing the person's year
 * so far (deductible used, regular assistance against the cap, extra assistance), the county's decision,
 * notification. A bill is assessed again when another bill of the same person and year was approved
 * meanwhile. Deadlines: review within 5 working days of the acceptance, the decision within 10 (local
 * limits), notification within 3.
 */
public final class MedicalProcedure {

    public static final List<Transition> TABLE = Rows.table(Rows.intake(), List.of(
            new Transition(CaseAction.REVIEW, Set.of(APPLIED), REVIEWED, Rows.VERIFIERS),
            new Transition(CaseAction.ASSESSMENT, Set.of(REVIEWED, ASSESSED), ASSESSED, Rows.VERIFIERS),
            new Transition(CaseAction.DECISION, Set.of(ASSESSED), DECIDED, Rows.COUNTY_DECIDES),
            Rows.notification()));

    public static final int REVIEW = 5;
    public static final int DECISION = 10;

    public static final Procedure PROCEDURE = new Procedure(ProcedureFamily.MEDICAL, TABLE, programme -> false,
            new Procedure.DueDates() {
                @Override
                public WorkingDay nextStepDue(CaseFile file, WorkingDays days) {
                    if (file.state() == SUBMITTED) {
                        return days.add(file.receivedOn(), Rounds.TAKE_UP);
                    }
                    if (!file.accepted()) {
                        return null;
                    }
                    return switch (file.state()) {
                        case APPLIED -> days.add(file.acceptedOn(), REVIEW);
                        case REVIEWED, ASSESSED -> procedureDue(file, days);
                        case DECIDED -> days.add(file.lastStepOn(), Rounds.NOTIFICATION);
                        default -> null;
                    };
                }

                @Override
                public WorkingDay procedureDue(CaseFile file, WorkingDays days) {
                    return file.acceptedOn() == null ? null : days.add(file.acceptedOn(), DECISION);
                }
            });

    private MedicalProcedure() {
    }
}

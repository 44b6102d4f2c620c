package org.doudi.casework;

import static org.doudi.casework.CaseState.APPLIED;
import static org.doudi.casework.CaseState.ASSESSED;
import static org.doudi.casework.CaseState.DECIDED;
import static org.doudi.casework.CaseState.INVESTIGATING;
import static org.doudi.casework.CaseState.PAID_FIRST;
import static org.doudi.casework.CaseState.SUBMITTED;
import static org.doudi.casework.CaseState.TOWN_OPINION;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;

/**
 * 急难型临时救助 (DOMAIN.md §2.5, §3.3): accepted where the emergency happened. The town caseworker may pay
 * first (先行救助, within {@code temporary.pay_first_max}) as soon as the application is received, even with
 * documents missing; the file is completed afterwards — documents, investigation, the frozen amount, the
 * town's opinion — and the decision confirms or adjusts the assistance, the pay-first included. No
 * publicity: the emergency procedure helps first, and small sums are decided by the town (decision 0017).
 * The town approver decides up to {@code temporary.town_max}; above it the county (一事一议).
 *
 * <p>Deadlines: the town acts the working day after the acceptance (pay first or begin the
 * investigation); the file is complete and decided within 10 working days of the acceptance or the
 * pay-first, whichever came first; the decision is told within 3.
 */
public final class EmergencyProcedure {

    public static final List<Transition> TABLE = Rows.table(Rows.intake(), List.of(
            new Transition(CaseAction.DOCUMENTS, Set.of(PAID_FIRST), PAID_FIRST, Rows.CASEWORKER),
            new Transition(CaseAction.PAY_FIRST, Set.of(APPLIED), PAID_FIRST, Rows.CASEWORKER),
            new Transition(CaseAction.INVESTIGATION, Set.of(APPLIED, PAID_FIRST), INVESTIGATING, Rows.INVESTIGATORS),
            new Transition(CaseAction.ASSESSMENT, Set.of(INVESTIGATING), ASSESSED, Rows.CASEWORKER),
            new Transition(CaseAction.TOWN_OPINION, Set.of(ASSESSED), TOWN_OPINION, Rows.TOWN_OPINION),
            new Transition(CaseAction.DECISION, Set.of(TOWN_OPINION), DECIDED, Rows.TOWN_OR_COUNTY_DECIDES),
            Rows.notification()));

    /** The town takes up a submitted emergency, or acts on an accepted one, the next working day. */
    public static final int ACT = 1;
    /** The file completed and decided, from the acceptance or the pay-first. */
    public static final int FILE = 10;

    public static final Procedure PROCEDURE = new Procedure(ProcedureFamily.TEMPORARY_EMERGENCY, TABLE,
            programme -> false, new Procedure.DueDates() {
                @Override
                public WorkingDay nextStepDue(CaseFile file, WorkingDays days) {
                    if (file.state() == SUBMITTED) {
                        return days.add(file.receivedOn(), ACT);
                    }
                    if (file.state() == APPLIED) {
                        return file.accepted() ? days.add(file.acceptedOn(), ACT) : null;
                    }
                    return switch (file.state()) {
                        case PAID_FIRST, INVESTIGATING, ASSESSED, TOWN_OPINION -> procedureDue(file, days);
                        case DECIDED -> days.add(file.lastStepOn(), Rounds.NOTIFICATION);
                        default -> null;
                    };
                }

                @Override
                public WorkingDay procedureDue(CaseFile file, WorkingDays days) {
                    LocalDate from = file.phaseFrom();
                    return from == null ? null : days.add(from, FILE);
                }
            });

    private EmergencyProcedure() {
    }
}

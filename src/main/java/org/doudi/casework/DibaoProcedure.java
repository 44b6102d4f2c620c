package org.doudi.casework;

import static org.doudi.casework.CaseState.APPLIED;
import static org.doudi.casework.CaseState.APPRAISED;
import static org.doudi.casework.CaseState.ASSESSED;
import static org.doudi.casework.CaseState.DECIDED;
import static org.doudi.casework.CaseState.INVESTIGATING;
import static org.doudi.casework.CaseState.IN_PUBLICITY;
import static org.doudi.casework.CaseState.OBJECTED;
import static org.doudi.casework.CaseState.TOWN_OPINION;
import static org.doudi.casework.CaseState.VERIFYING;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.doudi.shared.security.Role;

/**
 * The 低保 procedure (审核确认, DOMAIN.md §3.1) as a table of transitions and the guards on them. Pure:
 * the caller supplies the case's facts, the actor and the date of the step.
 *
 * <p>Who: the town caseworker takes the application and records the investigation, the assessment and
 * the publicity; a town approver or a county officer may take part in a household visit and record it
 * (and may then not decide that case: maker-checker); the economic verification is the county's, so a
 * county officer may record its result too; the town's opinion is given by its caseworker or approver;
 * the decision is the town approver's where the county has devolved it (a county officer may still
 * decide), the county officer's otherwise ({@code casework.dibao.town_decides}, decision 0018). An
 * objection leads to a new investigation or a democratic appraisal, then a new assessment, opinion and
 * publicity.
 *
 * <p>The static methods are the family's {@link #PROCEDURE} for callers written when 低保 was the only one.
 */
public final class DibaoProcedure {

    /** The table, in the order of the procedure. */
    public static final List<Transition> TABLE = Rows.table(Rows.intake(), List.of(
            new Transition(CaseAction.INVESTIGATION, Set.of(APPLIED, OBJECTED), INVESTIGATING, Rows.INVESTIGATORS),
            new Transition(CaseAction.VERIFICATION, Set.of(INVESTIGATING), VERIFYING, Rows.VERIFIERS),
            new Transition(CaseAction.APPRAISAL, Set.of(OBJECTED), APPRAISED, Rows.CASEWORKER),
            new Transition(CaseAction.ASSESSMENT, Set.of(VERIFYING, APPRAISED), ASSESSED, Rows.CASEWORKER),
            new Transition(CaseAction.TOWN_OPINION, Set.of(ASSESSED), TOWN_OPINION, Rows.TOWN_OPINION),
            new Transition(CaseAction.PUBLICITY, Set.of(TOWN_OPINION), IN_PUBLICITY, Rows.CASEWORKER),
            new Transition(CaseAction.OBJECTION, Set.of(IN_PUBLICITY), OBJECTED, Rows.CASEWORKER),
            new Transition(CaseAction.DECISION, Set.of(TOWN_OPINION, IN_PUBLICITY), DECIDED,
                    Rows.TOWN_OR_COUNTY_DECIDES),
            Rows.notification()));

    /** 公示: seven days, counted in days (not working days), the first being the day it is posted. */
    public static final int PUBLICITY_DAYS = Procedure.PUBLICITY_DAYS;

    /** Every approval is publicised; deadlines of §3.1, by the case's decider ({@link Deadlines}). */
    public static final Procedure PROCEDURE = new Procedure(ProcedureFamily.DIBAO, TABLE, programme -> true,
            Deadlines.DUE_DATES);

    private DibaoProcedure() {
    }

    /** The first row of an action (the table has one per action, but for documents and intake). */
    public static Transition of(CaseAction action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    public static List<CaseAction> actionsIn(CaseState state) {
        return PROCEDURE.actionsIn(state);
    }

    public static boolean mayTake(Set<Role> roles, CaseAction action) {
        return PROCEDURE.mayTake(roles, action);
    }

    public static LocalDate publicityEnds(LocalDate from) {
        return Procedure.publicityEnds(from);
    }

    public static Transition check(CaseFile file, CaseAction action, LocalDate on, Outcome outcome) {
        return PROCEDURE.check(file, action, on, outcome);
    }

    /** Maker-checker (DOMAIN.md §1.2): whoever recorded an investigation of the case may not decide it. */
    public static void checkDecider(CaseFile file, String username) {
        PROCEDURE.checkDecider(file, username, file.decider().roles());
    }
}

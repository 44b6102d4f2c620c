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

import java.util.List;
import java.util.Set;

/**
 * The 特困 procedure (DOMAIN.md §3.2), for one person: the town investigates and gives its first opinion
 * within 15 working days of the acceptance (a democratic appraisal is optional); an approval is publicised
 * 7 days; an objection is re-examined within 15 working days and published again; the county always
 * decides, within 15 working days of receiving the file; support starts the month after.
 */
public final class TekunProcedure {

    /** 特困 is always decided by the county. */
    public static final List<Transition> TABLE = Rows.table(Rows.intake(), List.of(
            new Transition(CaseAction.INVESTIGATION, Set.of(APPLIED, OBJECTED), INVESTIGATING, Rows.INVESTIGATORS),
            new Transition(CaseAction.VERIFICATION, Set.of(INVESTIGATING), VERIFYING, Rows.VERIFIERS),
            new Transition(CaseAction.APPRAISAL, Set.of(OBJECTED), APPRAISED, Rows.CASEWORKER),
            new Transition(CaseAction.ASSESSMENT, Set.of(VERIFYING, APPRAISED), ASSESSED, Rows.CASEWORKER),
            new Transition(CaseAction.TOWN_OPINION, Set.of(ASSESSED), TOWN_OPINION, Rows.TOWN_OPINION),
            new Transition(CaseAction.PUBLICITY, Set.of(TOWN_OPINION), IN_PUBLICITY, Rows.CASEWORKER),
            new Transition(CaseAction.OBJECTION, Set.of(IN_PUBLICITY), OBJECTED, Rows.CASEWORKER),
            new Transition(CaseAction.DECISION, Set.of(TOWN_OPINION, IN_PUBLICITY), DECIDED, Rows.COUNTY_DECIDES),
            Rows.notification()));

    /** The town's investigation and first opinion (and a re-examination after an objection). */
    public static final int TOWN_ROUND = 15;
    /** The county's decision, from receiving the file. */
    public static final int DECISION = 15;

    public static final Procedure PROCEDURE = new Procedure(ProcedureFamily.TEKUN, TABLE, programme -> true,
            new Rounds(TOWN_ROUND, DECISION, programme -> true));

    private TekunProcedure() {
    }
}

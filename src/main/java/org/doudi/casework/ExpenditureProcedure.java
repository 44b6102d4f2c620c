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
 * 支出型临时救助 (DOMAIN.md §2.5, §3.3): the full procedure — apply, accept, review (investigation,
 * verification, the frozen amount, the town's opinion, 7 days' publicity), decide, notify. The town
 * approver decides up to the town's limit ({@code temporary.town_max}); above it the county decides case
 * by case (一事一议, up to {@code temporary.county_max}). One approval may pay in stages. The town's
 * round is 10 working days, the decision 10 more (local limits: the law sets none).
 */
public final class ExpenditureProcedure {

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

    public static final int TOWN_ROUND = 10;
    public static final int DECISION = 10;

    public static final Procedure PROCEDURE = new Procedure(ProcedureFamily.TEMPORARY_EXPENDITURE, TABLE,
            programme -> true, new Rounds(TOWN_ROUND, DECISION, programme -> true));

    private ExpenditureProcedure() {
    }
}

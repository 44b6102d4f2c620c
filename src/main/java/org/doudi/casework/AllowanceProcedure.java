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
import java.util.function.Predicate;

/**
 * The allowance procedure (DOMAIN.md §2.3, §2.4, §2.7): 孤儿 and 事实无人抚养儿童, the two disability
 * allowances (per person), and 刚性支出困难 (per household). Intake, investigation, verification, the
 * frozen assessment, the town's opinion, the county's decision (within 15 working days of the file; the
 * town's round is 15 too), notification. Only 刚性支出困难 is publicised: it is a means test like 低保,
 * which neighbours can check; a child's status is not posted in the village (child protection), and
 * the disability allowances follow from the disability certificate and the 低保 status, both decided
 * elsewhere (decision 0017). Where there is no publicity, there is no objection either.
 */
public final class AllowanceProcedure {

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

    /** The programmes of the family whose approval is publicised. */
    public static final Predicate<String> PUBLICISED = "EXPENDITURE_HARDSHIP"::equals;
    public static final int TOWN_ROUND = 15;
    public static final int DECISION = 15;

    public static final Procedure PROCEDURE = new Procedure(ProcedureFamily.ALLOWANCE, TABLE, PUBLICISED,
            new Rounds(TOWN_ROUND, DECISION, PUBLICISED));

    private AllowanceProcedure() {
    }
}

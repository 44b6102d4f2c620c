package org.doudi.casework;

import static org.doudi.casework.CaseState.APPLIED;
import static org.doudi.casework.CaseState.DECIDED;
import static org.doudi.casework.CaseState.NOTIFIED;
import static org.doudi.casework.CaseState.SUBMITTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.doudi.shared.security.Role;

/** The rows every family's table shares: how an application comes in, and how the household is told. */
final class Rows {

    static final Set<Role> CASEWORKER = Set.of(Role.TOWN_CASEWORKER);
    /** Investigations: the caseworker; an approver or a county officer may join a visit and record it. */
    static final Set<Role> INVESTIGATORS = Set.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER, Role.COUNTY_OFFICER);
    /** The economic verification is the county's check; the town caseworker records its result too. */
    static final Set<Role> VERIFIERS = Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER);
    static final Set<Role> TOWN_OPINION = Set.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER);
    static final Set<Role> TOWN_OR_COUNTY_DECIDES = Set.of(Role.TOWN_APPROVER, Role.COUNTY_OFFICER);
    static final Set<Role> COUNTY_DECIDES = Set.of(Role.COUNTY_OFFICER);

    private Rows() {
    }

    /**
     * Intake at the single window, from a hotline call (town caseworker or county officer) or a warning
     * (also the system's monitoring run); submission by the village coordinator, then the town's acceptance;
     * documents handed in later. Which channel each role may use is checked at intake.
     */
    static List<Transition> intake() {
        return List.of(
                new Transition(CaseAction.INTAKE, Set.of(), APPLIED,
                        Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER, Role.ADMINISTRATOR)),
                new Transition(CaseAction.SUBMISSION, Set.of(), SUBMITTED, Set.of(Role.VILLAGE_COORDINATOR)),
                new Transition(CaseAction.ACCEPTANCE, Set.of(SUBMITTED), APPLIED, CASEWORKER),
                new Transition(CaseAction.DOCUMENTS, Set.of(APPLIED), APPLIED, CASEWORKER));
    }

    /** The decided case is told to the household: by the town caseworker, or the county that decided. */
    static Transition notification() {
        return new Transition(CaseAction.NOTIFICATION, Set.of(DECIDED), NOTIFIED,
                Set.of(Role.TOWN_CASEWORKER, Role.COUNTY_OFFICER));
    }

    @SafeVarargs
    static List<Transition> table(List<Transition>... parts) {
        List<Transition> all = new ArrayList<>();
        for (List<Transition> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}

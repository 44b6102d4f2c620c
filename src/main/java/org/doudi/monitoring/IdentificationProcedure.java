package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.shared.security.Role;

/**
 * The identification procedure of a monitored household as a table (DOMAIN.md §2.8): which step each state
 * allows, who may take it, where it leads. A step that may say no (appraisal, town review, confirmation) leads
 * to REJECTED when it does. The whole procedure is due within {@value #DAYS_FROM_LEAD} days (calendar days: the
 * rule says days, not working days) of the lead; the publicity lasts at least {@value #MIN_PUBLICITY_DAYS} days
 * and the town reviews only after it has ended. Pure.
 */
public final class IdentificationProcedure {

    public static final int DAYS_FROM_LEAD = 15;
    public static final int MIN_PUBLICITY_DAYS = 5;

    private static final Set<Role> VILLAGE_OR_TOWN = EnumSet.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER);

    /** A step: from which state, to which (when it agrees), and the roles that may record it. */
    public record Step(IdentificationAction action, IdentificationState from, IdentificationState to, Set<Role> roles,
                       boolean mayRefuse) {
    }

    public static final Map<IdentificationAction, Step> TABLE = Map.of(
            IdentificationAction.LEAD, new Step(IdentificationAction.LEAD, null, IdentificationState.LEAD,
                    EnumSet.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER, Role.TOWN_APPROVER, Role.COUNTY_OFFICER,
                            Role.COUNTY_REVITALISATION), false),
            IdentificationAction.AUTHORISATION, new Step(IdentificationAction.AUTHORISATION, IdentificationState.LEAD,
                    IdentificationState.AUTHORISED, VILLAGE_OR_TOWN, false),
            IdentificationAction.APPRAISAL, new Step(IdentificationAction.APPRAISAL, IdentificationState.AUTHORISED,
                    IdentificationState.APPRAISED, VILLAGE_OR_TOWN, true),
            IdentificationAction.PUBLICITY, new Step(IdentificationAction.PUBLICITY, IdentificationState.APPRAISED,
                    IdentificationState.IN_PUBLICITY, VILLAGE_OR_TOWN, false),
            IdentificationAction.TOWN_REVIEW, new Step(IdentificationAction.TOWN_REVIEW,
                    IdentificationState.IN_PUBLICITY, IdentificationState.REVIEWED,
                    EnumSet.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER), true),
            IdentificationAction.CONFIRMATION, new Step(IdentificationAction.CONFIRMATION, IdentificationState.REVIEWED,
                    IdentificationState.MONITORED, EnumSet.of(Role.COUNTY_REVITALISATION), true),
            IdentificationAction.RISK_ELIMINATION, new Step(IdentificationAction.RISK_ELIMINATION,
                    IdentificationState.MONITORED, IdentificationState.RISK_ELIMINATED,
                    EnumSet.of(Role.COUNTY_REVITALISATION), false));

    private IdentificationProcedure() {
    }

    /** The steps the state allows, in the procedure's order. */
    public static List<IdentificationAction> allowed(IdentificationState state) {
        return TABLE.values().stream().filter(s -> s.from() == state).map(Step::action).sorted().toList();
    }

    public static boolean mayTake(Set<Role> roles, IdentificationAction action) {
        return roles.stream().anyMatch(TABLE.get(action).roles()::contains);
    }

    /** The day the procedure is due: {@value #DAYS_FROM_LEAD} days after the lead. */
    public static LocalDate dueOn(LocalDate leadOn) {
        return leadOn.plusDays(DAYS_FROM_LEAD);
    }

    /** The last day of a publicity of {@code days} days from {@code from} (both days count). */
    public static LocalDate publicityUntil(LocalDate from, int days) {
        return from.plusDays(days - 1L);
    }
}

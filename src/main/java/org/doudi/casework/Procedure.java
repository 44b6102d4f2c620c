package org.doudi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.shared.security.Role;

/**
 * One procedure family as an explicit state machine (decision 0017): its table of transitions (action,
 * from-states, to-state, roles), the conditions guarding them, which programmes it publicises, and its
 * deadlines in working days. Pure: the caller supplies the case's facts, the actor and the date of the
 * step. The families are built in {@link DibaoProcedure}, {@link TekunProcedure}, {@link AllowanceProcedure},
 * {@link EmergencyProcedure}, {@link ExpenditureProcedure} and {@link MedicalProcedure}; {@link Procedures}
 * finds one by its family.
 */
public final class Procedure {

    /** 公示: seven days, counted in days (not working days), the first being the day it is posted. */
    public static final int PUBLICITY_DAYS = 7;

    /** The family's deadlines: pure over a working-day calendar. */
    public interface DueDates {

        /**
         * The due date of the step a case waits for, from its facts just after its last step; null when
         * nothing is due from the office (documents awaited from the household, or the procedure over).
         */
        WorkingDay nextStepDue(CaseFile file, WorkingDays days);

        /** The day by which the whole procedure must be done; null where the law sets no overall limit. */
        WorkingDay procedureDue(CaseFile file, WorkingDays days);
    }

    private final ProcedureFamily family;
    private final List<Transition> table;
    private final Predicate<String> publicises;
    private final DueDates dueDates;

    public Procedure(ProcedureFamily family, List<Transition> table, Predicate<String> publicises, DueDates dueDates) {
        this.family = family;
        this.table = List.copyOf(table);
        this.publicises = publicises;
        this.dueDates = dueDates;
    }

    public ProcedureFamily family() {
        return family;
    }

    /** The table, in the order of the procedure. */
    public List<Transition> table() {
        return table;
    }

    /** Whether an approval of {@code programme} is publicised (7 days in the village) before the decision. */
    public boolean publicises(String programme) {
        return publicises.test(programme);
    }

    /** The row for taking {@code action} in {@code state}, if the table has one. */
    public Optional<Transition> row(CaseAction action, CaseState state) {
        return table.stream().filter(t -> t.action() == action && t.from().contains(state)).findFirst();
    }

    /** The actions the table allows in a state (their conditions may still refuse them), in the table's order. */
    public List<CaseAction> actionsIn(CaseState state) {
        List<CaseAction> out = new ArrayList<>();
        table.stream().filter(t -> t.from().contains(state)).map(Transition::action)
                .filter(a -> !out.contains(a)).forEach(out::add);
        return out;
    }

    /**
     * The actions open to a case of {@code programme} in a state: the table's, less the publicity (and so
     * the objection) of a programme this family does not publicise.
     */
    public List<CaseAction> actionsIn(CaseState state, String programme) {
        List<CaseAction> out = new ArrayList<>(actionsIn(state));
        if (!publicises(programme)) {
            out.remove(CaseAction.PUBLICITY);
            out.remove(CaseAction.OBJECTION);
        }
        return out;
    }

    /** The roles that may take {@code action} in this family (empty when the family has no such step). */
    public Set<Role> roles(CaseAction action) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        table.stream().filter(t -> t.action() == action).forEach(t -> roles.addAll(t.roles()));
        return roles;
    }

    public boolean mayTake(Set<Role> roles, CaseAction action) {
        return roles(action).stream().anyMatch(roles::contains);
    }

    public boolean has(CaseAction action) {
        return table.stream().anyMatch(t -> t.action() == action);
    }

    /** The last day of a publicity posted on {@code from}. */
    public static LocalDate publicityEnds(LocalDate from) {
        return from.plusDays(PUBLICITY_DAYS - 1);
    }

    /**
     * The transition for taking {@code action} on {@code on}, or {@link StepRefused} when the state or a
     * condition of it does not allow it. {@code outcome} matters for the decision only (null otherwise).
     */
    public Transition check(CaseFile file, CaseAction action, LocalDate on, Outcome outcome) {
        Transition t = row(action, file.state()).orElseThrow(() ->
                refused(file, "a case in state " + file.state() + " does not allow " + action));
        condition(file, action, on, outcome).ifPresent(reason -> {
            throw refused(file, reason);
        });
        return t;
    }

    private Optional<String> condition(CaseFile file, CaseAction action, LocalDate on, Outcome outcome) {
        return switch (action) {
            case DOCUMENTS -> file.accepted()
                    ? Optional.of("the application was accepted on " + file.acceptedOn() + ": no document is missing")
                    : Optional.empty();
            case INVESTIGATION, REVIEW -> file.accepted() ? Optional.empty()
                    : Optional.of("the application is not accepted yet: documents missing " + file.missingDocuments());
            case PUBLICITY -> publicityCondition(file);
            case OBJECTION -> on != null && on.isAfter(file.publicityEnds())
                    ? Optional.of("the publicity ended on " + file.publicityEnds() + ": an objection is taken during it")
                    : Optional.empty();
            case DECISION -> decisionCondition(file, on, outcome);
            default -> Optional.empty();
        };
    }

    private Optional<String> publicityCondition(CaseFile file) {
        if (!publicises(file.programme())) {
            return Optional.of("a " + file.programme() + " application is not publicised: decide it after the opinion");
        }
        if (file.recommendation() != Outcome.APPROVE) {
            return Optional.of("the town recommends refusal: only an application to approve is publicised; decide it");
        }
        return Boolean.TRUE.equals(file.assessedEligible()) ? Optional.empty()
                : Optional.of("the frozen assessment found the application not eligible for " + file.programme());
    }

    private Optional<String> decisionCondition(CaseFile file, LocalDate on, Outcome outcome) {
        if (file.state() == CaseState.TOWN_OPINION && publicises(file.programme())) {
            if (file.recommendation() != Outcome.REFUSE) {
                return Optional.of("the town recommends approval: the publicity comes before the decision");
            }
            if (outcome == Outcome.APPROVE) {
                return Optional.of("nobody is approved without publicity: record the publicity first");
            }
        }
        if (file.state() == CaseState.IN_PUBLICITY && on != null && !on.isAfter(file.publicityEnds())) {
            return Optional.of("the publicity runs until " + file.publicityEnds() + ": decide after it");
        }
        if (outcome == Outcome.APPROVE && !Boolean.TRUE.equals(file.assessedEligible())) {
            return Optional.of("the frozen assessment found the application not eligible for " + file.programme()
                    + ": refuse it, or assess it again");
        }
        return Optional.empty();
    }

    /**
     * Who may decide this case (decision 0018): the roles of its decider level, and maker-checker (DOMAIN.md
     * §1.2): whoever recorded an investigation or a review of the case may not decide it.
     */
    public void checkDecider(CaseFile file, String username, Set<Role> roles) {
        if (file.decider().roles().stream().noneMatch(roles::contains)) {
            throw new DeciderRefused("this case is decided by the " + file.decider().name().toLowerCase()
                    + (file.decider() == DeciderLevel.COUNTY ? ": a county officer decides it" : ""));
        }
        if (file.investigators().contains(username)) {
            throw new MakerCheckerRefused("you recorded the investigation or review of this case, so you may not "
                    + "decide it: " + (file.decider() == DeciderLevel.TOWN
                    ? "another town approver or a county officer must decide" : "another county officer must decide"));
        }
    }

    public WorkingDay nextStepDue(CaseFile file, WorkingDays days) {
        return dueDates.nextStepDue(file, days);
    }

    public WorkingDay procedureDue(CaseFile file, WorkingDays days) {
        return dueDates.procedureDue(file, days);
    }

    private StepRefused refused(CaseFile file, String reason) {
        return new StepRefused(file.state(), actionsIn(file.state(), file.programme()), reason);
    }
}

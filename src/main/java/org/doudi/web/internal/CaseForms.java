package org.doudi.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseDocument;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseState;
import org.doudi.casework.CaseViews;
import org.doudi.casework.DeciderRefused;
import org.doudi.casework.MakerCheckerRefused;
import org.doudi.casework.Outcome;
import org.doudi.casework.Procedure;
import org.doudi.casework.Procedures;
import org.doudi.casework.StepRefused;
import org.doudi.region.RegionLevel;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;

/**
 * Which step forms a case page offers the signed-in person: the steps the case's state allows
 * ({@code allowedActions}) that one of their roles may take in the case's own procedure family, whose
 * conditions that do not depend on the date hold, asked of that procedure itself ({@link Procedure#check}
 * with the case's facts and no date). The decision is held back from whoever investigated or reviewed the
 * case (maker-checker), from a town approver when the county decides it, and until the publicity is over.
 * A case that must first be visited by the county still offers the decision, with the warning beside it:
 * casework refuses it (409) and the page says why. The page only hides what would be refused: casework
 * decides every step again.
 */
final class CaseForms {

    /**
     * What a case page offers: the forms, the outcomes the decision may have, why a decision is not offered
     * when the state allows one, and whether the county's own visit is still needed before it.
     */
    record Offer(List<CaseAction> actions, List<Outcome> outcomes, String decisionHeldBack, LocalDate decisionFrom,
                 boolean countyVisitFirst, boolean mayRecordCountyVisit) {

        public boolean has(String path) {
            return actions.stream().anyMatch(a -> a.path().equals(path));
        }
    }

    /** Why a decision the state allows is not offered to this person now. */
    static final String HELD_MAKER_CHECKER = "makerChecker";
    static final String HELD_PUBLICITY = "publicity";
    static final String HELD_COUNTY = "county";

    private CaseForms() {
    }

    static CaseAction action(String path) {
        for (CaseAction a : CaseAction.values()) {
            if (a.path().equals(path)) {
                return a;
            }
        }
        return null;
    }

    /** The procedure's facts of a case as its page shows them. */
    static CaseFile file(CaseViews.Case c) {
        Set<CaseDocument> missing = c.missingDocuments().stream().map(CaseViews.Document::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseDocument.class)));
        LocalDate last = c.timeline().isEmpty() ? c.receivedOn() : c.timeline().get(c.timeline().size() - 1).on();
        Set<String> investigators = c.timeline().stream()
                .filter(s -> s.action() == CaseAction.INVESTIGATION || s.action() == CaseAction.REVIEW)
                .map(CaseViews.Step::by).collect(Collectors.toSet());
        return new CaseFile(c.family(), c.programme(), c.state(), c.receivedOn(), c.acceptedOn(), missing, last,
                c.townRecommendation(), c.assessment() == null ? null : c.assessment().eligible(),
                c.publicity() == null ? null : c.publicity().until(), investigators, c.decider().level(), null,
                c.payFirst() == null ? null : c.payFirst().on());
    }

    static Offer offer(CaseViews.Case c, Actor actor, LocalDate today) {
        Procedure procedure = Procedures.of(c.family());
        CaseFile file = file(c);
        List<CaseAction> actions = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        String held = null;
        LocalDate decisionFrom = null;
        for (String path : c.allowedActions()) {
            CaseAction action = action(path);
            if (action == null || !holds(procedure, file, action, null)) {
                continue;
            }
            if (!procedure.mayTake(actor.roles(), action)) {
                if (action == CaseAction.DECISION && actor.has(Role.TOWN_APPROVER)) {
                    held = HELD_COUNTY; // a family the county always decides (特困, the allowances, medical)
                }
                continue;
            }
            if (action == CaseAction.DECISION) {
                try {
                    procedure.checkDecider(file, actor.username(), actor.roles());
                } catch (MakerCheckerRefused e) {
                    held = HELD_MAKER_CHECKER;
                    continue;
                } catch (DeciderRefused e) {
                    held = HELD_COUNTY;
                    continue;
                }
                if (c.state() == CaseState.IN_PUBLICITY && !today.isAfter(c.publicity().until())) {
                    held = HELD_PUBLICITY;
                    decisionFrom = c.publicity().until().plusDays(1);
                    continue;
                }
                for (Outcome o : Outcome.values()) {
                    if (holds(procedure, file, action, o)) {
                        outcomes.add(o);
                    }
                }
            }
            actions.add(action);
        }
        boolean visitFirst = c.attention() != null && c.attention().countyVisitRequired();
        return new Offer(List.copyOf(actions), List.copyOf(outcomes), held, decisionFrom, visitFirst,
                mayRecordCountyVisit(actor));
    }

    /** The county's own visit is recorded by a county civil-affairs officer (of the case's county: they see it). */
    static boolean mayRecordCountyVisit(Actor actor) {
        return actor.has(Role.COUNTY_OFFICER) && RegionLevel.of(actor.regionCode()) == RegionLevel.COUNTY;
    }

    private static boolean holds(Procedure procedure, CaseFile file, CaseAction action, Outcome outcome) {
        try {
            procedure.check(file, action, null, outcome);
            return true;
        } catch (StepRefused e) {
            return false;
        }
    }
}

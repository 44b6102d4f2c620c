package org.doudi.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseState;
import org.doudi.casework.CaseViews;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.DibaoProcedure;
import org.doudi.casework.MakerCheckerRefused;
import org.doudi.casework.Outcome;
import org.doudi.casework.StepRefused;
import org.doudi.shared.security.Actor;

/**
 * Which step forms a case page offers the signed-in person: the steps the case's state allows
 * ({@code allowedActions}) that one of their roles may take, whose conditions that do not depend on the
 * date hold, asked of the procedure itself ({@link DibaoProcedure#check} with the case's facts and no
 * date). The decision is held back from whoever investigated the case (maker-checker) and until the
 * publicity is over. The page only hides what would be refused: casework decides every step again.
 */
final class CaseForms {

    /** What a case page offers: the forms, and why a decision is not offered when the state allows one. */
    record Offer(List<CaseAction> actions, List<Outcome> outcomes, String decisionHeldBack, LocalDate decisionFrom) {

        public boolean has(String path) {
            return actions.stream().anyMatch(a -> a.path().equals(path));
        }
    }

    /** Why a decision the state allows is not offered to this person now. */
    static final String HELD_MAKER_CHECKER = "makerChecker";
    static final String HELD_PUBLICITY = "publicity";

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
        Set<DibaoDocument> missing = c.missingDocuments().stream().map(CaseViews.Document::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DibaoDocument.class)));
        LocalDate last = c.timeline().isEmpty() ? c.receivedOn() : c.timeline().get(c.timeline().size() - 1).on();
        Set<String> investigators = c.timeline().stream().filter(s -> s.action() == CaseAction.INVESTIGATION)
                .map(CaseViews.Step::by).collect(Collectors.toSet());
        return new CaseFile(c.state(), c.receivedOn(), c.acceptedOn(), missing, last, c.townRecommendation(),
                c.assessment() == null ? null : c.assessment().eligible(),
                c.publicity() == null ? null : c.publicity().until(), investigators);
    }

    static Offer offer(CaseViews.Case c, Actor actor, LocalDate today) {
        CaseFile file = file(c);
        List<CaseAction> actions = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        String held = null;
        LocalDate decisionFrom = null;
        for (String path : c.allowedActions()) {
            CaseAction action = action(path);
            if (action == null || !DibaoProcedure.mayTake(actor.roles(), action) || !holds(file, action, null)) {
                continue;
            }
            if (action == CaseAction.DECISION) {
                try {
                    DibaoProcedure.checkDecider(file, actor.username());
                } catch (MakerCheckerRefused e) {
                    held = HELD_MAKER_CHECKER;
                    continue;
                }
                if (c.state() == CaseState.IN_PUBLICITY && !today.isAfter(c.publicity().until())) {
                    held = HELD_PUBLICITY;
                    decisionFrom = c.publicity().until().plusDays(1);
                    continue;
                }
                for (Outcome o : Outcome.values()) {
                    if (holds(file, action, o)) {
                        outcomes.add(o);
                    }
                }
            }
            actions.add(action);
        }
        return new Offer(List.copyOf(actions), List.copyOf(outcomes), held, decisionFrom);
    }

    private static boolean holds(CaseFile file, CaseAction action, Outcome outcome) {
        try {
            DibaoProcedure.check(file, action, null, outcome);
            return true;
        } catch (StepRefused e) {
            return false;
        }
    }
}

package org.doudi.casework.internal;

import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseViews;

import java.time.LocalDate;
import java.util.List;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseAttention;
import org.doudi.casework.CaseViews;
import org.doudi.casework.CaseViews.Case;
import org.doudi.casework.CaseViews.Decision;
import org.doudi.casework.CaseViews.FrozenAssessment;
import org.doudi.casework.CaseViews.Publicity;
import org.doudi.casework.CaseViews.Step;
import org.doudi.casework.CaseViews.Summary;
import org.doudi.casework.DibaoProcedure;

import tools.jackson.databind.json.JsonMapper;

/** Builds the case API's views from the stored rows. */
final class CaseViewing {

    private CaseViewing() {
    }

    static Case of(CaseRow r, List<CaseStore.StepRow> steps, LocalDate today, JsonMapper json,
                   CaseAttention attention) {
        FrozenAssessment assessment = r.assessmentJson() == null ? null
                : new FrozenAssessment(r.assessedOn(), Boolean.TRUE.equals(r.assessedEligible()), r.assessedAmount(),
                        json.readTree(r.assessmentJson()));
        Publicity publicity = r.publicityFrom() == null ? null : new Publicity(r.publicityFrom(), r.publicityEnds());
        Decision decision = r.outcome() == null ? null
                : new Decision(r.outcome(), r.decidedAmount(), r.startMonth(), r.decidedOn(), r.decidedBy(),
                        r.decisionReasons());
        List<Step> timeline = steps.stream().map(s -> new Step(s.action(), s.from(), s.to(), s.on(), s.dueOn(),
                s.dueOn() != null && s.on().isAfter(s.dueOn()), s.by(), s.at(), json.readTree(s.details()))).toList();
        return new Case(r.id(), r.programme(), r.householdId(), r.regionCode(), r.state(),
                DibaoProcedure.actionsIn(r.state()).stream().map(CaseAction::path).toList(), r.receivedOn(), r.acceptedOn(), CaseViews.documents(r.missingDocuments()),
                r.dueOn(), r.dueEstimated(), overdue(r, today), r.procedureDueOn(), r.recommendation(), assessment,
                publicity, decision, timeline, r.version(), attention);
    }

    static Summary summary(CaseRow r, LocalDate today) {
        return new Summary(r.id(), r.programme(), r.householdId(), r.regionCode(), r.state(), r.receivedOn(), r.dueOn(),
                r.dueEstimated(), overdue(r, today), r.version());
    }

    private static boolean overdue(CaseRow r, LocalDate today) {
        return r.dueOn() != null && today.isAfter(r.dueOn());
    }
}

package org.doudi.casework.internal.review;

import java.time.LocalDate;
import java.util.List;

import org.doudi.casework.ReviewAction;
import org.doudi.casework.ReviewProcedure;
import org.doudi.casework.ReviewViews;

import tools.jackson.databind.json.JsonMapper;

/** Builds the review API's views from the stored rows. */
final class ReviewViewing {

    private ReviewViewing() {
    }

    static ReviewViews.Review of(ReviewRow r, List<ReviewStore.StepRow> steps, ReviewViews.Notice notice, LocalDate today,
                                 JsonMapper json) {
        ReviewViews.Change change = r.changeReportedOn == null ? null
                : new ReviewViews.Change(r.changeKind, r.changeOccurredOn, r.changeReportedOn, r.changeSummary,
                        r.lateReport);
        ReviewViews.FrozenAssessment assessment = r.assessmentJson == null ? null
                : new ReviewViews.FrozenAssessment(r.assessedOn, r.assessedStatus, r.assessedAmount, r.assessedUntil,
                        ReviewProcedure.outcomesFor(r.assessedStatus, r.assessedAmount, r.currentAmount).stream()
                                .sorted().toList(), json.readTree(r.assessmentJson));
        ReviewViews.Proposal proposal = r.proposedOutcome == null ? null
                : new ReviewViews.Proposal(r.proposedOutcome, r.proposedAmount, r.exitReason, r.proposalReasons,
                        r.proposedOn, r.proposedBy);
        ReviewViews.Publicity publicity = r.publicityFrom == null ? null
                : new ReviewViews.Publicity(r.publicityFrom, r.publicityEnds);
        ReviewViews.Decision decision = r.outcome == null ? null
                : new ReviewViews.Decision(r.outcome, r.decidedOn, r.decidedBy, r.decisionReasons, r.amountFromMonth,
                        r.decidedAmount, r.lastMonth, r.benefitEnd);
        List<ReviewViews.Step> timeline = steps.stream().map(s -> new ReviewViews.Step(s.action(), s.from(), s.to(),
                s.on(), s.by(), s.at(), json.readTree(s.details()))).toList();
        return new ReviewViews.Review(r.id, r.benefitId, r.programme, r.householdId, r.personId, r.regionCode, r.kind,
                r.category, r.state, ReviewProcedure.actionsIn(r.state).stream().map(ReviewAction::path).toList(),
                r.openedOn, r.dueOn, r.dueEstimated, overdue(r, today), change, r.diedPersonId, r.currentAmount,
                assessment, proposal, publicity, decision, notice, r.closedReason, timeline, r.version);
    }

    static ReviewViews.Summary summary(ReviewRow r, LocalDate today) {
        return new ReviewViews.Summary(r.id, r.benefitId, r.programme, r.householdId, r.personId, r.regionCode, r.kind,
                r.category, r.state, r.openedOn, r.dueOn, overdue(r, today), r.lateReport, r.version);
    }

    /** Still open and past its due date: the household has gone too long without its review. */
    private static boolean overdue(ReviewRow r, LocalDate today) {
        return r.state.open() && today.isAfter(r.dueOn);
    }
}

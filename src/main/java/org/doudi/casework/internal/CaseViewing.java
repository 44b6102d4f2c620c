package org.doudi.casework.internal;

import java.math.BigDecimal;
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
import org.doudi.casework.ProcedureFamily;
import org.doudi.casework.Procedures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the case API's views from the stored rows. */
final class CaseViewing {

    private CaseViewing() {
    }

    /**
     * {@code personName}: the applicant's, for a per-person programme; {@code limits}: temporary
     * assistance's, for a temporary case; {@code bill}: a medical case's bill.
     */
    static Case of(CaseRow r, List<CaseStore.StepRow> steps, LocalDate today, JsonMapper json, String personName,
                   WhoDecides.Limits limits, CaseStore.BillRow bill,
                   CaseAttention attention) {
        CaseOpening o = r.opening();
        CaseFacts f = r.facts();
        boolean oneOff = o.family() == ProcedureFamily.TEMPORARY_EMERGENCY
                || o.family() == ProcedureFamily.TEMPORARY_EXPENDITURE || o.family() == ProcedureFamily.MEDICAL;
        FrozenAssessment assessment = f.assessmentJson == null ? null
                : new FrozenAssessment(f.assessedOn, Boolean.TRUE.equals(f.assessedEligible),
                        oneOff ? null : f.assessedAmount, json.readTree(f.assessmentJson), oneOff ? f.assessedAmount : null);
        Publicity publicity = f.publicityFrom == null ? null : new Publicity(f.publicityFrom, f.publicityEnds);
        Decision decision = f.outcome == null ? null
                : new Decision(f.outcome, oneOff ? null : f.decidedAmount, f.startMonth, f.decidedOn, f.decidedBy,
                        f.decisionReasons, oneOff ? f.decidedAmount : null, f.untilMonth,
                        f.stagesJson == null ? List.of() : json.readValue(f.stagesJson, CaseService.STAGES));
        List<Step> timeline = steps.stream().map(s -> new Step(s.action(), s.from(), s.to(), s.on(), s.dueOn(),
                s.dueOn() != null && s.on().isAfter(s.dueOn()), s.by(), s.at(), json.readTree(s.details()))).toList();
        CaseViews.Temporary temporary = o.temporaryKind() == null ? null
                : new CaseViews.Temporary(o.temporaryKind(), f.severity, o.happenedOn(), o.whatHappened(),
                        f.proposedAmount, limits.town(), limits.payFirst(), limits.county());
        CaseViews.PayFirst payFirst = f.paidFirstAmount == null ? null
                : new CaseViews.PayFirst(f.paidFirstAmount, f.paidFirstOn, f.paidFirstBy);
        CaseViews.MedicalBill medical = bill == null ? null : new CaseViews.MedicalBill(bill.on(), bill.outOfPocket(),
                bill.reference(), bill.hospital(), bill.year(), yearBefore(f, json));
        return new Case(o.id(), o.programme(), o.householdId(), o.regionCode(), f.state,
                Procedures.of(o.family()).actionsIn(f.state, o.programme()).stream().map(CaseAction::path).toList(), o.receivedOn(),
                f.acceptedOn, CaseViews.documents(f.missingDocuments), f.dueOn, f.dueEstimated, overdue(f, today),
                f.procedureDueOn, f.recommendation, assessment, publicity, decision, timeline, r.version(),
                o.family(), o.personId(), personName, o.townCode(),
                new CaseViews.Intake(o.channel(), o.createdBy(), o.hotlineLine(), o.hotlineCaller(),
                        o.hotlineReference(), o.warningId()),
                new CaseViews.Decider(f.deciderLevel, f.deciderReason),
                CaseViews.documents(CaseService.checklist(o)), temporary, payFirst, medical, attention);
    }

    /** The person's year before the bill, as frozen with its assessment (null before it). */
    private static CaseViews.YearToDate yearBefore(CaseFacts f, JsonMapper json) {
        if (f.assessmentJson == null) {
            return null;
        }
        JsonNode y = json.readTree(f.assessmentJson).get("yearBefore");
        return y == null || y.isNull() ? null : new CaseViews.YearToDate(y.get("bills").asInt(),
                decimal(y, "deductibleUsed"), decimal(y, "regular"), decimal(y, "extra"), decimal(y, "borne"));
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        return n.get(field).decimalValue();
    }

    static Summary summary(CaseRow r, LocalDate today) {
        CaseOpening o = r.opening();
        CaseFacts f = r.facts();
        return new Summary(o.id(), o.programme(), o.householdId(), o.regionCode(), f.state, o.receivedOn(), f.dueOn,
                f.dueEstimated, overdue(f, today), r.version(), o.family(), o.personId(), o.channel(), o.townCode(),
                f.deciderLevel);
    }

    private static boolean overdue(CaseFacts f, LocalDate today) {
        return f.dueOn != null && today.isAfter(f.dueOn);
    }
}

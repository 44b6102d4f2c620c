package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseState;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.DibaoProcedure;
import org.doudi.casework.Outcome;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the case API answers. */
final class CaseViews {

    private CaseViews() {
    }

    record Document(DibaoDocument code, String title) {
    }

    /** {@code result}: the calculator's answer exactly as it was when frozen. */
    record FrozenAssessment(LocalDate asOf, boolean eligible, BigDecimal monthlyAmount, JsonNode result) {
    }

    record Publicity(LocalDate from, LocalDate until) {
    }

    /** {@code startMonth}: the month after the decision, for an approval. */
    record Decision(Outcome outcome, BigDecimal monthlyAmount, String startMonth, LocalDate decidedOn, String decidedBy,
                    String reasons) {
    }

    /** {@code dueOn}: when the step was due; {@code late}: recorded for a date after it. */
    record Step(CaseAction action, CaseState from, CaseState to, LocalDate on, LocalDate dueOn, boolean late,
                String by, Instant at, JsonNode details) {
    }

    /**
     * {@code allowedActions}: the address segments of the steps the state allows ({@code investigation} …).
     * {@code dueOn}: the due date of the step the case waits for (null when it waits for the household's
     * documents, or is over); {@code dueEstimated}: counted through a year without a holiday calendar.
     */
    record Case(long id, String programme, long householdId, String regionCode, CaseState state,
                List<String> allowedActions, LocalDate receivedOn, LocalDate acceptedOn,
                List<Document> missingDocuments, LocalDate dueOn, boolean dueEstimated, boolean overdue,
                LocalDate procedureDueOn, Outcome townRecommendation, FrozenAssessment assessment, Publicity publicity,
                Decision decision, List<Step> timeline, int version) {
    }

    record Summary(long id, String programme, long householdId, String regionCode, CaseState state,
                   LocalDate receivedOn, LocalDate dueOn, boolean dueEstimated, boolean overdue, int version) {
    }

    record CasePage(List<Summary> items, int page, int size, long total) {
    }

    /** The publicity sheet: name, household size and amount — nothing else (DOMAIN.md §3.1). */
    record PublicitySheet(String name, int householdSize, BigDecimal monthlyAmount, LocalDate from, LocalDate until) {
    }

    static List<Document> documents(java.util.Collection<DibaoDocument> docs) {
        return docs.stream().sorted(Comparator.naturalOrder()).map(d -> new Document(d, d.title())).toList();
    }

    static Case of(CaseRow r, List<CaseStore.StepRow> steps, LocalDate today, JsonMapper json) {
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
                DibaoProcedure.actionsIn(r.state()).stream().map(CaseAction::path).toList(), r.receivedOn(), r.acceptedOn(), documents(r.missingDocuments()),
                r.dueOn(), r.dueEstimated(), overdue(r, today), r.procedureDueOn(), r.recommendation(), assessment,
                publicity, decision, timeline, r.version());
    }

    static Summary summary(CaseRow r, LocalDate today) {
        return new Summary(r.id(), r.programme(), r.householdId(), r.regionCode(), r.state(), r.receivedOn(), r.dueOn(),
                r.dueEstimated(), overdue(r, today), r.version());
    }

    private static boolean overdue(CaseRow r, LocalDate today) {
        return r.dueOn() != null && today.isAfter(r.dueOn());
    }
}

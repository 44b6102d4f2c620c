package org.doudi.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;


import tools.jackson.databind.JsonNode;

/** What the case API answers. */
public final class CaseViews {

    private CaseViews() {
    }

    public record Document(DibaoDocument code, String title) {
    }

    /** {@code result}: the calculator's answer exactly as it was when frozen. */
    public record FrozenAssessment(LocalDate asOf, boolean eligible, BigDecimal monthlyAmount, JsonNode result) {
    }

    public record Publicity(LocalDate from, LocalDate until) {
    }

    /** {@code startMonth}: the month after the decision, for an approval. */
    public record Decision(Outcome outcome, BigDecimal monthlyAmount, String startMonth, LocalDate decidedOn, String decidedBy,
                    String reasons) {
    }

    /** {@code dueOn}: when the step was due; {@code late}: recorded for a date after it. */
    public record Step(CaseAction action, CaseState from, CaseState to, LocalDate on, LocalDate dueOn, boolean late,
                String by, Instant at, JsonNode details) {
    }

    /**
     * {@code allowedActions}: the address segments of the steps the state allows ({@code investigation} …).
     * {@code dueOn}: the due date of the step the case waits for (null when it waits for the household's
     * documents, or is over); {@code dueEstimated}: counted through a year without a holiday calendar.
     */
    public record Case(long id, String programme, long householdId, String regionCode, CaseState state,
                List<String> allowedActions, LocalDate receivedOn, LocalDate acceptedOn,
                List<Document> missingDocuments, LocalDate dueOn, boolean dueEstimated, boolean overdue,
                LocalDate procedureDueOn, Outcome townRecommendation, FrozenAssessment assessment, Publicity publicity,
                Decision decision, List<Step> timeline, int version) {
    }

    public record Summary(long id, String programme, long householdId, String regionCode, CaseState state,
                   LocalDate receivedOn, LocalDate dueOn, boolean dueEstimated, boolean overdue, int version) {
    }

    public record CasePage(List<Summary> items, int page, int size, long total) {
    }

    /**
     * The publicity sheet: name, household size and amount — nothing else about the household (DOMAIN.md
     * §3.1) — with the publicity's dates and where it is posted.
     */
    public record PublicitySheet(String name, int householdSize, BigDecimal monthlyAmount, LocalDate from, LocalDate until,
                                 String place) {
    }

    public static List<Document> documents(java.util.Collection<DibaoDocument> docs) {
        return docs.stream().sorted(Comparator.naturalOrder()).map(d -> new Document(d, d.title())).toList();
    }
}

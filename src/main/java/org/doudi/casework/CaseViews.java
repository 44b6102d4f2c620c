package org.doudi.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.doudi.assessment.TemporaryKind;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** What the case API answers. */
public final class CaseViews {

    private CaseViews() {
    }

    public record Document(CaseDocument code, String title) {
    }

    /**
     * {@code result}: the calculator's answer exactly as it was when frozen (for a medical bill: the bill's
     * computation with the person's year so far). {@code monthlyAmount} for a monthly programme,
     * {@code amount} for a one-off (temporary or medical assistance).
     */
    public record FrozenAssessment(LocalDate asOf, boolean eligible, BigDecimal monthlyAmount, JsonNode result,
                                   BigDecimal amount) {
    }

    public record Publicity(LocalDate from, LocalDate until) {
    }

    /**
     * {@code startMonth}: the month after the decision, for an approval of a monthly programme;
     * {@code untilMonth}: the last month of a status valid for a time (刚性支出困难: 12 months);
     * {@code amount}: the total of a one-off approval, the pay-first included; {@code stages}: its payments.
     */
    // several records are called Decision: the API document names each schema once
    @Schema(name = "CaseDecision")
    public record Decision(Outcome outcome, BigDecimal monthlyAmount, String startMonth, LocalDate decidedOn,
                           String decidedBy, String reasons, BigDecimal amount, String untilMonth, List<Stage> stages) {
    }

    /** One payment of an approval: a stage, or the pay-first ({@code payFirst}). */
    public record Stage(String month, BigDecimal amount, boolean payFirst) {
    }

    /** {@code dueOn}: when the step was due; {@code late}: recorded for a date after it. */
    public record Step(CaseAction action, CaseState from, CaseState to, LocalDate on, LocalDate dueOn, boolean late,
                       String by, Instant at, JsonNode details) {
    }

    /**
     * How the application came: {@code channel}, and for a hotline call its line, caller and reference;
     * for a warning its id; who recorded it ({@code by}).
     */
    public record Intake(Channel channel, String by, String line, String caller, String callReference, Long warningId) {
    }

    /** Who decides the case and why (decision 0018). */
    public record Decider(DeciderLevel level, String reason) {
    }

    /**
     * 临时救助: the kind and severity, where and when the emergency happened, the town's proposed amount,
     * and the limits that apply (the town's and the pay-first's; above the town's, the county decides up to
     * {@code countyLimit}).
     */
    public record Temporary(TemporaryKind kind, Integer severity, LocalDate happenedOn, String what,
                            BigDecimal proposedAmount, BigDecimal townLimit, BigDecimal payFirstLimit,
                            BigDecimal countyLimit) {
    }

    public record PayFirst(BigDecimal amount, LocalDate on, String by) {
    }

    /**
     * One medical bill, and the person's year before it: what earlier approved bills of the same calendar
     * year used of the deductible, the regular assistance paid (against the cap), the extra assistance paid,
     * and what they left to the person after regular assistance — as frozen with the assessment.
     */
    public record MedicalBill(LocalDate date, BigDecimal inPolicyOutOfPocket, String reference, String hospital,
                              int year, YearToDate yearBefore) {
    }

    public record YearToDate(int bills, BigDecimal deductibleUsed, BigDecimal regularPaid, BigDecimal extraPaid,
                             BigDecimal borne) {
    }

    /**
     * {@code allowedActions}: the address segments of the steps the state allows ({@code investigation} …).
     * {@code dueOn}: the due date of the step the case waits for (null when it waits for the household's
     * documents, or is over); {@code dueEstimated}: counted through a year without a holiday calendar.
     * {@code personId}/{@code personName}: the member applying, for a per-person programme.
     * {@code requiredDocuments}: the programme's checklist.
     */
    public record Case(long id, String programme, long householdId, String regionCode, CaseState state,
                       List<String> allowedActions, LocalDate receivedOn, LocalDate acceptedOn,
                       List<Document> missingDocuments, LocalDate dueOn, boolean dueEstimated, boolean overdue,
                       LocalDate procedureDueOn, Outcome townRecommendation, FrozenAssessment assessment,
                       Publicity publicity, Decision decision, List<Step> timeline, int version,
                       ProcedureFamily family, Long personId, String personName, String townCode, Intake intake,
                       Decider decider, List<Document> requiredDocuments, Temporary temporary, PayFirst payFirst,
                       MedicalBill medicalBill, CaseAttention attention) {
    }

    public record Summary(long id, String programme, long householdId, String regionCode, CaseState state,
                          LocalDate receivedOn, LocalDate dueOn, boolean dueEstimated, boolean overdue, int version,
                          ProcedureFamily family, Long personId, Channel channel, String townCode,
                          DeciderLevel deciderLevel) {
    }

    public record CasePage(List<Summary> items, int page, int size, long total) {
    }

    /** Open cases and overdue cases of one town (a town of the caller's region with none is listed with 0). */
    public record TownCount(String townCode, String townName, long open, long overdue) {
    }

    /**
     * The publicity sheet: name, household size and amount — nothing else about the household (DOMAIN.md
     * §3.1) — with the publicity's dates and where it is posted. For a per-person programme the name is the
     * person's; {@code monthlyAmount} for a monthly programme, {@code amount} for a one-off; neither for a
     * status (刚性支出困难).
     */
    public record PublicitySheet(String name, int householdSize, BigDecimal monthlyAmount, LocalDate from,
                                 LocalDate until, String programme, BigDecimal amount, String place) {
    }

    public static List<Document> documents(Collection<CaseDocument> docs) {
        return docs.stream().sorted(Comparator.naturalOrder()).map(d -> new Document(d, d.title())).toList();
    }
}

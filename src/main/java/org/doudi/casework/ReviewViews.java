package org.doudi.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.assessment.Status;
import org.doudi.payment.BenefitEnd;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** What the review API answers. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** The latest change the household reported; {@code late}: some change was reported more than 3 months late. */
    public record Change(ChangeKind kind, LocalDate occurredOn, LocalDate reportedOn, String summary, boolean late) {
    }

    /**
     * The calculator's answer frozen with the review ({@code result}, exactly as it was), the programme's status
     * and amount for the benefit, the last month of a gradual exit ({@code until}), and the outcomes a proposal
     * may take after it.
     */
    public record FrozenAssessment(LocalDate asOf, Status status, BigDecimal monthlyAmount, YearMonth until,
                                   List<ReviewOutcome> allowedOutcomes, JsonNode result) {
    }

    public record Proposal(ReviewOutcome outcome, BigDecimal monthlyAmount, ExitReason exitReason, String reasons,
                           LocalDate on, String by) {
    }

    public record Publicity(LocalDate from, LocalDate until) {
    }

    /**
     * The decision and what it did to the benefit: a new {@code monthlyAmount} from {@code amountFromMonth}, or the
     * last month paid ({@code lastMonth}) and the benefit's end reason.
     */
    // several records are called Decision: the API document names each schema once
    @Schema(name = "ReviewDecisionView")
    public record Decision(ReviewOutcome outcome, LocalDate decidedOn, String decidedBy, String reasons,
                           YearMonth amountFromMonth, BigDecimal monthlyAmount, YearMonth lastMonth,
                           BenefitEnd benefitEnd) {
    }

    /** The notice the household received (告知书). */
    public record Notice(long id, long reviewId, long benefitId, ReviewOutcome outcome, BigDecimal monthlyAmount,
                         YearMonth fromMonth, YearMonth lastMonth, String text, String method, LocalDate notifiedOn,
                         String by) {
    }

    public record Step(ReviewAction action, ReviewState from, ReviewState to, LocalDate on, String by, Instant at,
                       JsonNode details) {
    }

    /**
     * A review. {@code allowedActions}: the address segments of the steps its state allows; {@code dueOn}: by
     * when it should be decided; {@code currentAmount}: what the benefit paid when it was assessed.
     */
    public record Review(long id, long benefitId, String programme, long householdId, Long personId,
                         String regionCode, ReviewKind kind, ReviewCategory category, ReviewState state,
                         List<String> allowedActions, LocalDate openedOn, LocalDate dueOn, boolean dueEstimated,
                         boolean overdue, Change change, Long diedPersonId, BigDecimal currentAmount,
                         FrozenAssessment assessment, Proposal proposal, Publicity publicity, Decision decision,
                         Notice notice, String closedReason, List<Step> timeline, int version) {
    }

    public record Summary(long id, long benefitId, String programme, long householdId, Long personId, String regionCode,
                          ReviewKind kind, ReviewCategory category, ReviewState state, LocalDate openedOn,
                          LocalDate dueOn, boolean overdue, boolean lateReport, int version) {
    }

    public record ReviewPage(List<Summary> items, int page, int size, long total) {
    }

    /**
     * A run of the review schedule as of {@code asOf}: the unended 低保 and 特困 benefits examined, the reviews it
     * opened, and those it left because one was already open.
     */
    public record ScheduleReport(LocalDate asOf, int benefitsExamined, int created, int alreadyOpen) {
    }
}

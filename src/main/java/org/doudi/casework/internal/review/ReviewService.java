package org.doudi.casework.internal.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.Programme;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.Status;
import org.doudi.audit.AuditLog;
import org.doudi.calendar.WorkingDay;
import org.doudi.calendar.WorkingDays;
import org.doudi.casework.ExitReason;
import org.doudi.casework.ReviewAction;
import org.doudi.casework.ReviewBodies;
import org.doudi.casework.ReviewCategory;
import org.doudi.casework.ReviewKind;
import org.doudi.casework.ReviewOutcome;
import org.doudi.casework.ReviewProcedure;
import org.doudi.casework.ReviewState;
import org.doudi.casework.ReviewTransition;
import org.doudi.casework.ReviewViews;
import org.doudi.payment.BenefitEnd;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.region.RegionScope;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.PersonDied;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews of benefits in force: opened by the schedule ({@link ReviewScheduler}), by a reported change, by a
 * member's death or by an exit, and taken through {@link ReviewProcedure}. Each step is one transaction,
 * checked in this order: the role (403), the review inside the actor's region (404), the version (409), the
 * procedure's table and conditions (409 naming the state and its steps), the input (400, every field at
 * once), maker-checker (403); then the review's new facts, the benefit's change for a decision, the update
 * guarded by the version, the timeline row and the audit record.
 */
@Service
@Transactional
class ReviewService {

    static final int MAX_PAGE_SIZE = 200;
    static final Set<Role> CHANGE_REPORTERS = Set.of(Role.TOWN_CASEWORKER, Role.VILLAGE_COORDINATOR);
    static final Set<Role> SCHEDULERS = Set.of(Role.TOWN_CASEWORKER, Role.TOWN_APPROVER, Role.COUNTY_OFFICER,
            Role.ADMINISTRATOR);

    private final ReviewStore store;
    private final BenefitsInForce benefits;
    private final Households households;
    private final Assessments assessments;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    ReviewService(ReviewStore store, BenefitsInForce benefits, Households households, Assessments assessments,
                  WorkingDays workingDays, AuditLog audit, JsonMapper json, Clock clock) {
        this.store = store;
        this.benefits = benefits;
        this.households = households;
        this.assessments = assessments;
        this.workingDays = workingDays;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ---- reads

    @Transactional(readOnly = true)
    ReviewViews.Review get(long id) {
        ReviewRow row = find(id, readScope());
        return ReviewViewing.of(row, store.steps(id), store.notice(id).orElse(null), today(), json);
    }

    @Transactional(readOnly = true)
    ReviewViews.ReviewPage list(ReviewState state, ReviewKind kind, Boolean overdue, LocalDate dueBefore,
                                Long householdId, Long benefitId, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RegionScope scope = readScope();
        LocalDate today = today();
        var filter = new ReviewStore.Filter(state, kind, Boolean.TRUE.equals(overdue) ? today : null, dueBefore,
                householdId, benefitId);
        List<ReviewViews.Summary> items = store.list(scope, filter, page, size).stream()
                .map(r -> ReviewViewing.summary(r, today)).toList();
        return new ReviewViews.ReviewPage(items, page, size, store.count(scope, filter));
    }

    @Transactional(readOnly = true)
    ReviewViews.Notice notice(long id) {
        find(id, readScope());
        return store.notice(id).orElseThrow(() -> new NotFoundException("notice of review " + id));
    }

    // ---- opening a review outside the schedule

    /** Answers the review the change was recorded on, and whether it was opened for it. */
    record Reported(ReviewViews.Review review, boolean opened) {
    }

    Reported reportChange(ReviewBodies.ChangeReport body) {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(CHANGE_REPORTERS::contains)) {
            throw new AccessDeniedException("a change is recorded by the village coordinator or the town caseworker");
        }
        LocalDate today = today();
        LocalDate reported = body.on() == null ? today : body.on();
        List<FieldProblem> problems = new ArrayList<>();
        BenefitInForce benefit = benefitField(body.benefitId(), problems);
        if (reported.isAfter(today)) {
            problems.add(new FieldProblem("on", "must not be in the future"));
        }
        if (body.occurredOn() == null) {
            problems.add(new FieldProblem("occurredOn", "is required: when the change happened"));
        } else if (body.occurredOn().isAfter(reported)) {
            problems.add(new FieldProblem("occurredOn", "must not be after the day it was reported (" + reported + ")"));
        }
        if (body.kind() == null) {
            problems.add(new FieldProblem("kind", "is required: INCOME, MEMBERS, ASSETS, CIRCUMSTANCES or OTHER"));
        }
        if (blank(body.summary())) {
            problems.add(new FieldProblem("summary", "say what changed"));
        } else if (body.summary().strip().length() > 2000) {
            problems.add(new FieldProblem("summary", "at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireUnended(benefit);
        boolean late = ReviewProcedure.lateReport(body.occurredOn(), reported);
        WorkingDay due = workingDays.add(reported, ReviewProcedure.CHANGE_REVIEW_WORKING_DAYS);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", body.kind());
        details.put("occurredOn", body.occurredOn());
        details.put("summary", body.summary().strip());
        details.put("lateReport", late);
        Optional<ReviewRow> open = store.findOpen(benefit.id(), RegionScope.of(actor.regionCode()));
        ReviewRow row;
        boolean opened = open.isEmpty();
        if (opened) {
            row = newRow(benefit, ReviewKind.CHANGE_REPORTED, category(benefit, reported), reported, due, actor);
        } else {
            row = open.get().copy();
            if (row.state == ReviewState.DECIDED) {
                throw new ConflictException("review " + row.id + " of benefit " + benefit.id()
                        + " is decided and waits for its notification: notify it, then report the change");
            }
            if (reported.isBefore(row.openedOn)) {
                throw new InvalidInputException("on", "must not be before review " + row.id + " was opened, on "
                        + row.openedOn);
            }
            if (due.date().isBefore(row.dueOn)) {
                row.dueOn = due.date();
                row.dueEstimated = !due.official();
            }
        }
        row.changeKind = body.kind();
        row.changeOccurredOn = body.occurredOn();
        row.changeReportedOn = reported;
        row.changeSummary = body.summary().strip();
        row.lateReport = row.lateReport || late;
        long id = opened ? insertOpened(row, actor, details) : event(open.get(), row, ReviewAction.CHANGE_REPORTED,
                reported, actor, details);
        return new Reported(get(id), opened);
    }

    ReviewViews.Review recordExit(ReviewBodies.NewExit body) {
        Actor actor = Actor.current();
        if (!ReviewProcedure.mayTake(actor.roles(), ReviewAction.EXIT)) {
            throw new AccessDeniedException("an exit is recorded by the town caseworker");
        }
        LocalDate today = today();
        LocalDate on = body.on() == null ? today : body.on();
        List<FieldProblem> problems = new ArrayList<>();
        BenefitInForce benefit = benefitField(body.benefitId(), problems);
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", "must not be in the future"));
        }
        exitProblems(benefit == null ? null : benefit.programme(), body.reason(), body.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireUnended(benefit);
        store.findOpen(benefit.id(), RegionScope.of(actor.regionCode())).ifPresent(r -> {
            throw new ConflictException("review " + r.id + " of benefit " + benefit.id() + " is open: record the exit"
                    + " on it (POST /api/v1/reviews/" + r.id + "/exit)");
        });
        WorkingDay due = workingDays.add(on, ReviewProcedure.EXIT_DECISION_WORKING_DAYS);
        ReviewRow row = newRow(benefit, ReviewKind.EXIT, category(benefit, on), on, due, actor);
        long id = insertOpened(row, actor, Map.of("reason", body.reason()));
        return exit(id, new ReviewBodies.Exit(0, on, body.reason(), body.note()));
    }

    private static void exitProblems(String programme, ExitReason reason, String note, List<FieldProblem> problems) {
        if (reason == null) {
            problems.add(new FieldProblem("reason", "is required: " + ExitReason.forProgramme(programme)));
        } else if (programme != null && !ExitReason.forProgramme(programme).contains(reason)) {
            problems.add(new FieldProblem("reason", "a " + programme + " benefit ends by " + ExitReason.forProgramme(programme)
                    + "; any other end is a review's finding (propose STOP on its review)"));
        }
        if (note != null && note.strip().length() > 2000) {
            problems.add(new FieldProblem("note", "at most 2000 characters"));
        }
    }

    /**
     * A death recorded in the registry (in its transaction): every benefit of the person stops after the month
     * of death; a household benefit stops too when nobody alive is left in it, otherwise it gets a review to
     * be acted on within 3 months. Open reviews of stopped benefits are closed. Done as the actor who recorded
     * the death, whose region holds the household.
     */
    void personDied(PersonDied death) {
        Actor actor = Actor.current();
        YearMonth month = YearMonth.from(death.diedOn());
        Map<String, Object> cause = new LinkedHashMap<>();
        cause.put("personId", death.personId());
        cause.put("diedOn", death.diedOn());
        for (BenefitInForce b : benefits.ofPerson(death.personId())) {
            if (paysAfter(b, month)) {
                stopForDeath(b, month, actor, cause);
            }
        }
        List<Member> members = households.members(death.householdId());
        boolean nobodyLeft = members.stream().allMatch(m -> m.diedOn() != null);
        YearMonth lastDeath = members.stream().map(Member::diedOn).filter(d -> d != null).map(YearMonth::from)
                .max(YearMonth::compareTo).orElse(month);
        for (BenefitInForce b : benefits.ofHousehold(death.householdId())) {
            if (b.personId() != null || !paysAfter(b, month)) {
                continue;
            }
            if (nobodyLeft) {
                stopForDeath(b, lastDeath.isAfter(month) ? lastDeath : month, actor, cause);
            } else if (b.endReason() == null) {
                reviewAfterDeath(b, death, actor, cause);
            }
        }
    }

    private static boolean paysAfter(BenefitInForce b, YearMonth month) {
        return b.toMonth() == null || b.toMonth().isAfter(month);
    }

    private void stopForDeath(BenefitInForce b, YearMonth month, Actor actor, Map<String, Object> cause) {
        YearMonth beforeFirst = b.fromMonth().minusMonths(1);
        benefits.stop(b.id(), month.isBefore(beforeFirst) ? beforeFirst : month, BenefitEnd.DEATH);
        store.findOpen(b.id(), RegionScope.of(actor.regionCode())).ifPresent(open -> {
            ReviewRow closed = open.copy();
            closed.state = ReviewState.CLOSED;
            closed.closedReason = "person " + cause.get("personId") + " died on " + cause.get("diedOn")
                    + ": the benefit stopped after " + month;
            event(open, closed, ReviewAction.CLOSED, today(), actor, cause);
        });
    }

    private void reviewAfterDeath(BenefitInForce b, PersonDied death, Actor actor, Map<String, Object> cause) {
        LocalDate today = today();
        LocalDate due = death.diedOn().plusMonths(ReviewProcedure.DEATH_CHECK_MONTHS);
        Optional<ReviewRow> open = store.findOpen(b.id(), RegionScope.of(actor.regionCode()));
        if (open.isEmpty()) {
            ReviewRow row = newRow(b, ReviewKind.MEMBER_DIED, category(b, today), today,
                    new WorkingDay(due, List.of()), actor);
            row.diedPersonId = death.personId();
            insertOpened(row, actor, cause);
            return;
        }
        // the open review takes the death in (whatever its state), and is due no later than the death's check
        ReviewRow row = open.get().copy();
        row.diedPersonId = death.personId();
        if (due.isBefore(row.dueOn)) {
            row.dueOn = due;
            row.dueEstimated = false;
        }
        event(open.get(), row, ReviewAction.CHANGE_REPORTED, today, actor, cause);
    }

    // ---- the steps

    ReviewViews.Review investigation(long id, ReviewBodies.Investigation b) {
        return step(id, ReviewAction.INVESTIGATION, b.version(), b.on(), row -> {
            List<FieldProblem> p = new ArrayList<>();
            if (distinctNames(b.visitors()).size() < 2) {
                p.add(new FieldProblem("visitors", "the visit record is signed by at least 2 staff; name each"));
            }
            if (blank(b.findings())) {
                p.add(new FieldProblem("findings", "is required"));
            }
            return p;
        }, (c, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("visitors", List.copyOf(distinctNames(b.visitors())));
            details.put("findings", b.findings().strip());
            return details;
        });
    }

    ReviewViews.Review verification(long id, ReviewBodies.Verification b) {
        return step(id, ReviewAction.VERIFICATION, b.version(), b.on(), row -> {
            List<FieldProblem> p = new ArrayList<>();
            if (b.result() == null) {
                p.add(new FieldProblem("result", "is required: CONSISTENT or DISCREPANCIES"));
            }
            if (b.result() == ReviewBodies.VerificationResult.DISCREPANCIES && blank(b.note())) {
                p.add(new FieldProblem("note", "say which data differ from the declaration"));
            }
            return p;
        }, (c, on) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("result", b.result());
            details.put("note", blank(b.note()) ? null : b.note().strip());
            return details;
        });
    }

    ReviewViews.Review assessment(long id, ReviewBodies.Assessment b) {
        return step(id, ReviewAction.ASSESSMENT, b.version(), b.on(), row -> List.of(), (c, on) -> {
            BenefitInForce benefit = benefits.find(c.benefitId)
                    .orElseThrow(() -> new NotFoundException("benefit " + c.benefitId));
            YearMonth month = YearMonth.from(on);
            BigDecimal current = currentAmount(benefit, month);
            Programme programme = Programme.valueOf(c.programme);
            AssessmentRequest stored;
            try {
                stored = assessments.storedHousehold(c.householdId, on);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("on", e.problems().isEmpty() ? "cannot assess the household then"
                        : e.problems().get(0).message());
            }
            // what the household receives now: the calculator needs it for a gradual exit
            AssessmentRequest request = new AssessmentRequest(stored.regionCode(), stored.asOf(), stored.residence(),
                    stored.exitedPoverty(), current == null ? Map.of() : Map.of(programme, current), stored.assets(),
                    stored.expenses(), stored.temporary(), stored.members());
            Assessment result = assessments.assess(request);
            Optional<ProgrammeResult> found = result.find(programme,
                    c.personId == null ? null : Long.toString(c.personId));
            c.currentAmount = current;
            c.assessedOn = on;
            c.assessedStatus = found.map(ProgrammeResult::status).orElse(Status.INELIGIBLE);
            c.assessedAmount = found.filter(ProgrammeResult::receiving).map(ProgrammeResult::monthlyAmount).orElse(null);
            c.assessedUntil = found.map(ProgrammeResult::until).orElse(null);
            c.assessmentJson = json.writeValueAsString(result);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("asOf", on);
            details.put("currentAmount", current);
            details.put("status", c.assessedStatus);
            details.put("monthlyAmount", c.assessedAmount);
            details.put("until", c.assessedUntil);
            details.put("reasons", found.map(ProgrammeResult::reasons).orElse(List.of()));
            return details;
        });
    }

    /** The amount the benefit pays in {@code month}, or in its first month if it has not begun; its last amount if over. */
    private static BigDecimal currentAmount(BenefitInForce b, YearMonth month) {
        YearMonth at = month.isBefore(b.fromMonth()) ? b.fromMonth() : month;
        BigDecimal amount = b.amountFor(at);
        if (amount == null && !b.amounts().isEmpty()) {
            amount = b.amounts().get(b.amounts().size() - 1).amount();
        }
        return amount;
    }

    ReviewViews.Review proposal(long id, ReviewBodies.Proposal b) {
        return step(id, ReviewAction.PROPOSAL, b.version(), b.on(), row -> {
            List<FieldProblem> p = new ArrayList<>();
            Set<ReviewOutcome> allowed = ReviewProcedure.outcomesFor(row.assessedStatus, row.assessedAmount,
                    row.currentAmount);
            if (b.outcome() == null) {
                p.add(new FieldProblem("outcome", "is required: one of " + allowed));
            } else if (!allowed.contains(b.outcome())) {
                p.add(new FieldProblem("outcome", "the frozen assessment (" + row.assessedStatus + ", amount "
                        + plain(row.assessedAmount) + ", paid now " + plain(row.currentAmount) + ") allows " + allowed));
            } else if (b.outcome() == ReviewOutcome.STOP && row.assessedStatus != Status.INELIGIBLE && blank(b.reasons())) {
                p.add(new FieldProblem("reasons", "the calculator finds the household still entitled: say why it stops"));
            }
            if (b.reasons() != null && b.reasons().strip().length() > 2000) {
                p.add(new FieldProblem("reasons", "at most 2000 characters"));
            }
            return p;
        }, (c, on) -> {
            c.proposedOutcome = b.outcome();
            c.proposedAmount = switch (b.outcome()) {
                case CHANGE_AMOUNT -> c.assessedAmount;
                case CONTINUE, GRADUAL_EXIT -> c.currentAmount;
                case STOP -> null;
            };
            c.exitReason = null;
            c.proposalReasons = blank(b.reasons()) ? null : b.reasons().strip();
            c.proposedOn = on;
            c.proposedBy = Actor.current().username();
            return proposalDetails(c);
        });
    }

    ReviewViews.Review exit(long id, ReviewBodies.Exit b) {
        return step(id, ReviewAction.EXIT, b.version(), b.on(), row -> {
            List<FieldProblem> p = new ArrayList<>();
            exitProblems(row.programme, b.reason(), b.note(), p);
            return p;
        }, (c, on) -> {
            c.proposedOutcome = ReviewOutcome.STOP;
            c.proposedAmount = null;
            c.exitReason = b.reason();
            c.proposalReasons = blank(b.note()) ? null : b.note().strip();
            c.proposedOn = on;
            c.proposedBy = Actor.current().username();
            return proposalDetails(c);
        });
    }

    private static Map<String, Object> proposalDetails(ReviewRow c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", c.proposedOutcome);
        details.put("monthlyAmount", c.proposedAmount);
        details.put("exitReason", c.exitReason);
        details.put("reasons", c.proposalReasons);
        return details;
    }

    ReviewViews.Review publicity(long id, ReviewBodies.Publicity b) {
        return step(id, ReviewAction.PUBLICITY, b.version(), b.on(), row -> blank(b.place())
                ? List.of(new FieldProblem("place", "say where the notice is posted")) : List.of(), (c, on) -> {
            c.publicityFrom = on;
            c.publicityEnds = ReviewProcedure.publicityEnds(on);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("place", b.place().strip());
            details.put("until", c.publicityEnds);
            return details;
        });
    }

    ReviewViews.Review returnForVisit(long id, ReviewBodies.Return b) {
        return step(id, ReviewAction.RETURN, b.version(), b.on(), row -> blank(b.reasons())
                ? List.of(new FieldProblem("reasons", "say what the new visit must look at")) : List.of(), (c, on) -> {
            c.clearFindings();
            return Map.of("reasons", b.reasons().strip());
        });
    }

    ReviewViews.Review decision(long id, ReviewBodies.Decision b) {
        return step(id, ReviewAction.DECISION, b.version(), b.on(), row -> b.reasons() != null
                && b.reasons().strip().length() > 2000 ? List.of(new FieldProblem("reasons", "at most 2000 characters"))
                : List.of(), (c, on) -> {
            BenefitInForce benefit = benefits.find(c.benefitId)
                    .orElseThrow(() -> new NotFoundException("benefit " + c.benefitId));
            var change = ReviewProcedure.effect(c.proposedOutcome, on, benefit.fromMonth(), c.proposedAmount,
                    c.assessedUntil, c.exitReason);
            String why = "review " + c.id + " decided on " + on;
            // the decision and the benefit in force that payrolls read change in one transaction
            switch (change.outcome()) {
                case CHANGE_AMOUNT -> benefits.changeAmount(benefit.id(), change.amountFrom(), change.amount(), why);
                case GRADUAL_EXIT, STOP -> benefits.stop(benefit.id(), change.lastMonth(), change.end());
                case CONTINUE -> {
                }
            }
            c.outcome = change.outcome();
            c.decidedOn = on;
            c.decidedBy = Actor.current().username();
            c.decisionReasons = blank(b.reasons()) ? null : b.reasons().strip();
            c.amountFromMonth = change.amountFrom();
            c.decidedAmount = change.outcome() == ReviewOutcome.STOP ? null : c.proposedAmount;
            c.lastMonth = change.lastMonth();
            c.benefitEnd = change.end();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("outcome", c.outcome);
            details.put("amountFromMonth", c.amountFromMonth);
            details.put("monthlyAmount", c.decidedAmount);
            details.put("lastMonth", c.lastMonth);
            details.put("benefitEnd", c.benefitEnd);
            details.put("reasons", c.decisionReasons);
            return details;
        });
    }

    ReviewViews.Review notification(long id, ReviewBodies.Notification b) {
        return step(id, ReviewAction.NOTIFICATION, b.version(), b.on(), row -> {
            if (blank(b.method())) {
                return List.of(new FieldProblem("method", "say how the household was told"));
            }
            return b.method().strip().length() > 200 ? List.of(new FieldProblem("method", "at most 200 characters"))
                    : List.of();
        }, (c, on) -> {
            c.notifiedOn = on;
            String text = NoticeText.of(c);
            store.insertNotice(c, text, b.method().strip(), Actor.current().username(), clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", b.method().strip());
            details.put("notice", text);
            return details;
        });
    }

    // ---- the template of every step

    private ReviewViews.Review step(long id, ReviewAction action, Integer version, LocalDate givenOn,
                                   Function<ReviewRow, List<FieldProblem>> input,
                                   BiFunction<ReviewRow, LocalDate, Object> effect) {
        Actor actor = Actor.current();
        if (!ReviewProcedure.mayTake(actor.roles(), action)) {
            throw new AccessDeniedException(action + " is not for " + actor.roles());
        }
        RegionScope scope = RegionScope.of(actor.regionCode());
        ReviewRow row = find(id, scope);
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the review you are acting on");
        }
        if (version != row.version) {
            throw new ConflictException("review " + id + " has changed since version " + version + " (now "
                    + row.version + ", " + row.state + "): reload it and act again");
        }
        LocalDate today = today();
        LocalDate on = givenOn == null ? today : givenOn;
        var file = row.file(store.investigators(id));
        ReviewTransition t = ReviewProcedure.check(file, action, on);
        List<FieldProblem> problems = new ArrayList<>(input.apply(row));
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("on", "must not be in the future"));
        } else if (on.isBefore(row.lastStepOn)) {
            problems.add(new FieldProblem("on", "must not be before the review's last step, on " + row.lastStepOn));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (action == ReviewAction.DECISION) {
            ReviewProcedure.checkDecider(file, actor.username());
        }
        ReviewRow changed = row.copy();
        Object details = effect.apply(changed, on);
        changed.state = t.to();
        changed.lastStepOn = on;
        write(row, changed, action, on, actor, details, scope);
        return get(id);
    }

    /** Records an event on a review (a change reported, a death, its closing) under the version read. */
    private long event(ReviewRow before, ReviewRow after, ReviewAction action, LocalDate on, Actor actor,
                       Object details) {
        after.lastStepOn = on.isAfter(before.lastStepOn) ? on : before.lastStepOn;
        write(before, after, action, on, actor, details, RegionScope.of(actor.regionCode()));
        return before.id;
    }

    private void write(ReviewRow before, ReviewRow after, ReviewAction action, LocalDate on, Actor actor,
                       Object details, RegionScope scope) {
        Instant now = clock.instant();
        after.updatedAt = now;
        try {
            if (!store.update(after, before.version, scope)) {
                throw concurrent(before.id);
            }
        } catch (ConcurrencyFailureException e) {
            throw concurrent(before.id);
        }
        store.insertStep(before.id, new ReviewStore.StepRow(action, before.state, after.state, on, actor.username(),
                now, json.writeValueAsString(details)));
        audit.recordWrite("review." + action.path(), "review", Long.toString(before.id), before.regionCode,
                auditState(before), auditAfter(after, details));
    }

    private long insertOpened(ReviewRow row, Actor actor, Object details) {
        long id;
        try {
            id = store.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("benefit " + row.benefitId + " got an open review at the same moment: reload");
        }
        row.id = id;
        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("kind", row.kind);
        opened.put("category", row.category);
        opened.put("dueOn", row.dueOn);
        opened.put("cause", details);
        store.insertStep(id, new ReviewStore.StepRow(ReviewAction.OPENED, null, row.state, row.openedOn,
                actor.username(), row.createdAt, json.writeValueAsString(opened)));
        audit.recordWrite("review.open", "review", Long.toString(id), row.regionCode, null, auditAfter(row, opened));
        return id;
    }

    private ReviewRow newRow(BenefitInForce b, ReviewKind kind, ReviewCategory category, LocalDate openedOn,
                             WorkingDay due, Actor actor) {
        Instant now = clock.instant();
        ReviewRow r = new ReviewRow();
        r.benefitId = b.id();
        r.programme = b.programme();
        r.householdId = b.householdId();
        r.personId = b.personId();
        r.regionCode = b.regionCode();
        r.kind = kind;
        r.category = category;
        r.state = ReviewState.OPEN;
        r.openedOn = openedOn;
        r.dueOn = due.date();
        r.dueEstimated = !due.official();
        r.lastStepOn = openedOn;
        r.createdBy = actor.username();
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    private ReviewCategory category(BenefitInForce b, LocalDate on) {
        List<Member> members;
        try {
            members = households.members(b.householdId());
        } catch (NotFoundException e) {
            members = List.of();
        }
        return ReviewCategory.of(b.programme(), members, b.personId(), on);
    }

    private BenefitInForce benefitField(Long benefitId, List<FieldProblem> problems) {
        if (benefitId == null) {
            problems.add(new FieldProblem("benefitId", "is required"));
            return null;
        }
        Optional<BenefitInForce> b = benefits.find(benefitId);
        if (b.isEmpty()) {
            // a value typed in a form, not an address: a 400 on the field (decision 0006)
            problems.add(new FieldProblem("benefitId", "no such benefit in your region"));
            return null;
        }
        return b.get();
    }

    private void requireUnended(BenefitInForce b) {
        if (b.endReason() != null || b.toMonth() != null && b.toMonth().isBefore(YearMonth.from(today()))) {
            throw new ConflictException("benefit " + b.id() + " is not in force: it ended after " + b.toMonth()
                    + (b.endReason() == null ? "" : " (" + b.endReason() + ")"));
        }
    }

    private static ConflictException concurrent(long id) {
        return new ConflictException("review " + id + " was changed by someone else at the same moment: reload it");
    }

    private static Map<String, Object> auditState(ReviewRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", r.state);
        m.put("version", r.version);
        m.put("dueOn", r.dueOn);
        return m;
    }

    private static Map<String, Object> auditAfter(ReviewRow r, Object details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benefitId", r.benefitId);
        m.put("householdId", r.householdId);
        m.put("state", r.state);
        m.put("dueOn", r.dueOn);
        m.put("step", details);
        return m;
    }

    private ReviewRow find(long id, RegionScope scope) {
        return store.find(id, scope).orElseThrow(() -> new NotFoundException("review " + id));
    }

    private static RegionScope readScope() {
        return RegionScope.of(Actor.current().regionCode());
    }

    private LocalDate today() {
        return Today.in(clock);
    }

    private static Set<String> distinctNames(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (names != null) {
            names.stream().filter(n -> !blank(n)).map(String::strip).forEach(out::add);
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String plain(BigDecimal b) {
        return b == null ? "none" : b.stripTrailingZeros().toPlainString();
    }
}

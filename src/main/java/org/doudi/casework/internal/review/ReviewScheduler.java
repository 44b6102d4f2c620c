package org.doudi.casework.internal.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.casework.ReviewAction;
import org.doudi.casework.ReviewCategory;
import org.doudi.casework.ReviewKind;
import org.doudi.casework.ReviewState;
import org.doudi.casework.ReviewViews;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitsInForce;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review schedule (DOMAIN.md §2.1, §2.2): every unended 低保 and 特困 benefit in the actor's region has one
 * open review, due a category's interval after its last decided review (or, never reviewed, after its grant).
 * Idempotent — a benefit with an open review is left alone, and the database refuses a second open review of
 * a benefit (a concurrent run loses its batch and takes it again). Works in batches of {@link #BATCH} benefits,
 * each one transaction read set-based (the benefits, their open reviews, their last decisions, their households'
 * members: one query each), so a run interrupted half-way is simply run again.
 */
@Component
class ReviewScheduler {

    static final int BATCH = 500;
    static final Set<String> PROGRAMMES = Set.of("DIBAO", "TEKUN");

    private final BenefitsInForce benefits;
    private final Households households;
    private final ReviewStore store;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReviewScheduler(BenefitsInForce benefits, Households households, ReviewStore store, AuditLog audit,
                    JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.benefits = benefits;
        this.households = households;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Opens the reviews missing today in the actor's region. */
    ReviewViews.ScheduleReport run() {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(ReviewService.SCHEDULERS::contains)) {
            throw new AccessDeniedException("the review schedule is run by the town, the county or the system");
        }
        LocalDate today = Today.in(clock);
        int examined = 0;
        int created = 0;
        int alreadyOpen = 0;
        long after = 0;
        while (true) {
            Batch batch = runBatch(after, today, actor);
            examined += batch.examined();
            created += batch.created();
            alreadyOpen += batch.alreadyOpen();
            if (batch.examined() < BATCH) {
                return new ReviewViews.ScheduleReport(today, examined, created, alreadyOpen);
            }
            after = batch.lastBenefitId();
        }
    }

    private record Batch(int examined, int created, int alreadyOpen, long lastBenefitId) {
    }

    private Batch runBatch(long after, LocalDate today, Actor actor) {
        try {
            return tx.execute(status -> batch(after, today, actor));
        } catch (DataIntegrityViolationException e) {
            // another run opened a review of one of these benefits meanwhile: this batch rolled back; take it again
            return tx.execute(status -> batch(after, today, actor));
        }
    }

    private Batch batch(long after, LocalDate today, Actor actor) {
        List<BenefitInForce> page = benefits.unended(PROGRAMMES, after, BATCH);
        if (page.isEmpty()) {
            return new Batch(0, 0, 0, after);
        }
        long last = page.get(page.size() - 1).id();
        Set<Long> open = store.withOpenReview(page.stream().map(BenefitInForce::id).toList());
        YearMonth month = YearMonth.from(today);
        List<BenefitInForce> due = page.stream()
                .filter(b -> !open.contains(b.id()))
                .filter(b -> b.toMonth() == null || !b.toMonth().isBefore(month))
                .toList();
        if (due.isEmpty()) {
            return new Batch(page.size(), 0, open.size(), last);
        }
        Map<Long, List<Member>> members = households.membersOf(due.stream().map(BenefitInForce::householdId).toList());
        Map<Long, LocalDate> lastDecided = store.lastDecided(due.stream().map(BenefitInForce::id).toList());
        Instant now = clock.instant();
        List<ReviewRow> rows = new ArrayList<>(due.size());
        for (BenefitInForce b : due) {
            ReviewCategory category = ReviewCategory.of(b.programme(), members.getOrDefault(b.householdId(), List.of()),
                    b.personId(), today);
            LocalDate base = lastDecided.getOrDefault(b.id(), b.grantedOn());
            rows.add(row(b, category, base.plusMonths(category.months()), today, actor, now));
        }
        Map<Long, Long> ids = store.insertAll(rows);
        Map<Long, ReviewStore.StepRow> steps = new LinkedHashMap<>();
        List<Map<String, Object>> opened = new ArrayList<>(rows.size());
        for (ReviewRow r : rows) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", r.kind);
            details.put("category", r.category);
            details.put("dueOn", r.dueOn);
            details.put("cause", Map.of("lastReviewedOn", lastDecided.containsKey(r.benefitId)
                    ? lastDecided.get(r.benefitId).toString() : "never (granted " + r.openedOn + ")"));
            long id = ids.get(r.benefitId);
            steps.put(id, new ReviewStore.StepRow(ReviewAction.OPENED, null, ReviewState.OPEN, today,
                    actor.username(), now, json.writeValueAsString(details)));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("reviewId", id);
            one.put("benefitId", r.benefitId);
            one.put("householdId", r.householdId);
            one.put("regionCode", r.regionCode);
            one.put("category", r.category);
            one.put("dueOn", r.dueOn);
            opened.add(one);
        }
        store.insertSteps(steps);
        // one record per batch, listing every review it opened: the schedule is a bulk write
        audit.recordWrite("review.schedule", "review", "schedule " + today + " after benefit " + after,
                actor.regionCode(), null, Map.of("asOf", today, "opened", opened));
        return new Batch(page.size(), rows.size(), open.size(), last);
    }

    private static ReviewRow row(BenefitInForce b, ReviewCategory category, LocalDate dueOn, LocalDate today,
                                 Actor actor, Instant now) {
        ReviewRow r = new ReviewRow();
        r.benefitId = b.id();
        r.programme = b.programme();
        r.householdId = b.householdId();
        r.personId = b.personId();
        r.regionCode = b.regionCode();
        r.kind = ReviewKind.SCHEDULED;
        r.category = category;
        r.state = ReviewState.OPEN;
        r.openedOn = today;
        r.dueOn = dueOn;
        r.lastStepOn = today;
        r.createdBy = actor.username();
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }
}

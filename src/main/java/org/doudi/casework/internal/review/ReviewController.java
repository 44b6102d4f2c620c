package org.doudi.casework.internal.review;

import java.time.LocalDate;

import org.doudi.casework.ReviewBodies;
import org.doudi.casework.ReviewKind;
import org.doudi.casework.ReviewState;
import org.doudi.casework.ReviewViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews of benefits in force over HTTP: the schedule run on demand, a change reported, an exit, a list with
 * filters (overdue: households gone too long without their review), a review with its timeline, one POST per
 * step, and the notice of the decision. Every step answers the review as it is after it.
 */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

    private final ReviewService reviews;
    private final ReviewScheduler scheduler;

    ReviewController(ReviewService reviews, ReviewScheduler scheduler) {
        this.reviews = reviews;
        this.scheduler = scheduler;
    }

    /** Opens today's missing scheduled reviews in the caller's region (what the daily job does everywhere). */
    @PostMapping("/schedule")
    ReviewViews.ScheduleReport schedule() {
        return scheduler.run();
    }

    /** 201 with a new review; 200 when the change was added to the benefit's open review. */
    @PostMapping("/changes")
    ResponseEntity<ReviewViews.Review> reportChange(@RequestBody ReviewBodies.ChangeReport body) {
        ReviewService.Reported r = reviews.reportChange(body);
        return ResponseEntity.status(r.opened() ? HttpStatus.CREATED : HttpStatus.OK).body(r.review());
    }

    @PostMapping("/exits")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewViews.Review recordExit(@RequestBody ReviewBodies.NewExit body) {
        return reviews.recordExit(body);
    }

    /** Ordered by due date; {@code overdue=true}: open reviews past their due date; {@code dueBefore}: open ones due before a day. */
    @GetMapping
    ReviewViews.ReviewPage list(@RequestParam(required = false) ReviewState state,
                                @RequestParam(required = false) ReviewKind kind,
                                @RequestParam(required = false) Boolean overdue,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                                @RequestParam(required = false) Long householdId,
                                @RequestParam(required = false) Long benefitId,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return reviews.list(state, kind, overdue, dueBefore, householdId, benefitId, page, size);
    }

    @GetMapping("/{id}")
    ReviewViews.Review get(@PathVariable long id) {
        return reviews.get(id);
    }

    @GetMapping("/{id}/notice")
    ReviewViews.Notice notice(@PathVariable long id) {
        return reviews.notice(id);
    }

    @PostMapping("/{id}/investigation")
    ReviewViews.Review investigation(@PathVariable long id, @RequestBody ReviewBodies.Investigation body) {
        return reviews.investigation(id, body);
    }

    @PostMapping("/{id}/verification")
    ReviewViews.Review verification(@PathVariable long id, @RequestBody ReviewBodies.Verification body) {
        return reviews.verification(id, body);
    }

    @PostMapping("/{id}/assessment")
    ReviewViews.Review assessment(@PathVariable long id, @RequestBody ReviewBodies.Assessment body) {
        return reviews.assessment(id, body);
    }

    @PostMapping("/{id}/proposal")
    ReviewViews.Review proposal(@PathVariable long id, @RequestBody ReviewBodies.Proposal body) {
        return reviews.proposal(id, body);
    }

    @PostMapping("/{id}/exit")
    ReviewViews.Review exit(@PathVariable long id, @RequestBody ReviewBodies.Exit body) {
        return reviews.exit(id, body);
    }

    @PostMapping("/{id}/publicity")
    ReviewViews.Review publicity(@PathVariable long id, @RequestBody ReviewBodies.Publicity body) {
        return reviews.publicity(id, body);
    }

    @PostMapping("/{id}/return")
    ReviewViews.Review returnForVisit(@PathVariable long id, @RequestBody ReviewBodies.Return body) {
        return reviews.returnForVisit(id, body);
    }

    @PostMapping("/{id}/decision")
    ReviewViews.Review decision(@PathVariable long id, @RequestBody ReviewBodies.Decision body) {
        return reviews.decision(id, body);
    }

    @PostMapping("/{id}/notification")
    ReviewViews.Review notification(@PathVariable long id, @RequestBody ReviewBodies.Notification body) {
        return reviews.notification(id, body);
    }
}

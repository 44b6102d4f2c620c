package org.doudi.casework.internal.review;

import org.doudi.casework.ReviewViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the review schedule every day (by default at 01:30, China time; {@code doudi.reviews.schedule-cron},
 * "-" to switch it off) as the system, over the whole tree.
 */
@Component
class ReviewScheduleJob {

    private static final Logger log = LoggerFactory.getLogger(ReviewScheduleJob.class);

    private final ReviewScheduler scheduler;

    ReviewScheduleJob(ReviewScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Scheduled(cron = "${doudi.reviews.schedule-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        try {
            ReviewViews.ScheduleReport report = SystemActor.run(scheduler::run);
            log.info("Review schedule {}: {} benefits examined, {} reviews opened, {} already open", report.asOf(),
                    report.benefitsExamined(), report.created(), report.alreadyOpen());
        } catch (RuntimeException e) {
            // tomorrow's run takes up what this one left: every batch commits on its own
            log.error("Review schedule failed; the next run resumes it", e);
        }
    }
}

package org.doudi.casework.internal.review;

import java.io.PrintStream;
import java.util.List;

import org.doudi.casework.ReviewViews;
import org.doudi.shared.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar doudi.jar reviews schedule}: the daily review schedule, run now as the system over the whole
 * tree (idempotent: running it again opens nothing new). Exit code 0 when done, 2 for unexpected arguments.
 */
@Component
class ReviewScheduleCommand implements Command {

    private final ReviewScheduler scheduler;

    ReviewScheduleCommand(ReviewScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public String name() {
        return "reviews schedule";
    }

    @Override
    public String usage() {
        return "reviews schedule   open today's missing reviews of 低保 and 特困 benefits (yearly or half-yearly by category)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!args.isEmpty()) {
            out.println("reviews schedule takes no arguments (it runs as of today); got " + args);
            out.println("Usage: java -jar doudi.jar " + usage());
            return 2;
        }
        ReviewViews.ScheduleReport report = SystemActor.run(scheduler::run);
        out.printf("Review schedule as of %s: %,d benefits examined, %,d reviews opened, %,d already open%n",
                report.asOf(), report.benefitsExamined(), report.created(), report.alreadyOpen());
        return 0;
    }
}

package org.doudi.monitoring.internal;

import java.time.Clock;
import java.time.Instant;

import org.doudi.monitoring.RunBodies;
import org.doudi.monitoring.RunMode;
import org.doudi.monitoring.Warnings;
import org.doudi.shared.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The screening's schedules in the web application (not in command-line runs): the monthly full run on the 1st,
 * a daily incremental run of what changed, the daily escalation of overdue warnings, and — at start and every
 * few minutes — the resumption of runs whose process died (a heartbeat older than {@code doudi.screening.stale-after}).
 * Each works as the system actor of {@code doudi.screening.region}. Cron expressions are settings; "-" turns one off.
 */
@Component
@Profile("!cli")
class ScreeningSchedule {

    private static final Logger log = LoggerFactory.getLogger(ScreeningSchedule.class);

    private final RunService runs;
    private final RunStore store;
    private final Warnings warnings;
    private final ScreeningSettings settings;
    private final Clock clock;

    ScreeningSchedule(RunService runs, RunStore store, Warnings warnings, ScreeningSettings settings, Clock clock) {
        this.runs = runs;
        this.store = store;
        this.warnings = warnings;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${doudi.screening.monthly-cron:0 0 2 1 * *}", zone = "Asia/Shanghai")
    void monthly() {
        start(RunMode.FULL);
    }

    @Scheduled(cron = "${doudi.screening.daily-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        start(RunMode.INCREMENTAL);
    }

    @Scheduled(cron = "${doudi.screening.escalation-cron:0 0 1 * * *}", zone = "Asia/Shanghai")
    void escalate() {
        var done = RunAs.actor(RunAs.system(settings.region()), warnings::escalateOverdue);
        log.info("Escalated {} overdue warning(s) on {}", done.escalated(), done.on());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        resumeAbandoned();
    }

    @Scheduled(fixedDelayString = "${doudi.screening.resume-every:PT5M}", initialDelayString = "${doudi.screening.resume-every:PT5M}")
    void resumeAbandoned() {
        Instant stale = clock.instant().minus(settings.staleAfter());
        for (RunStore.RunRow run : store.running()) {
            if (run.heartbeatAt().isBefore(stale) && !runs.live(run)) {
                try {
                    RunAs.run(RunAs.system(run.regionCode()), () -> runs.claim(run));
                    runs.submit(run.id());
                    log.info("Resumed screening run {} from household {}", run.id(), run.lastHouseholdId());
                } catch (ConflictException e) {
                    log.info("Screening run {} not resumed: {}", run.id(), e.getMessage());
                }
            }
        }
    }

    private void start(RunMode mode) {
        RunAs.run(RunAs.system(settings.region()), () -> {
            try {
                var run = runs.start(new RunBodies.Start(settings.region(), mode, null, null));
                log.info("Scheduled {} screening run {} started over {}", mode, run.id(), run.regionCode());
            } catch (ConflictException e) {
                log.warn("Scheduled {} screening run not started: {}", mode, e.getMessage());
            }
        });
    }
}

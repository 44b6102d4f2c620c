package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.doudi.payment.BenefitEnd;

/**
 * The JSON bodies of {@code /api/v1/warnings}. Every action carries the {@code version} of the warning it was
 * based on, and {@code on}, the day it happened (today when left out; never in the future, never before the
 * warning was raised).
 */
public final class WarningBodies {

    private WarningBodies() {
    }

    /** Takes the warning ({@code assignee} left out: yourself) or hands it to a colleague (a user name). */
    public record Assign(Integer version, String assignee) {
    }

    public record Verify(Integer version, LocalDate on, Finding finding, String note) {
    }

    /**
     * The outcome. START_APPLICATION: {@code programme} (default: the rule's) — {@code MONITORING} opens a
     * monitoring identification, any other programme a casework application; PUSH_TO_DEPARTMENT: {@code department};
     * CASE_BY_CASE and DISMISSED: {@code note} (the decision, the reason); VERIFY_AND_STOP (after a CONFIRMED
     * verification): {@code benefitIds} (default: those of the warning's subject that pay next month) stop after
     * this month, for {@code endReason} (default EXIT).
     */
    public record Decide(Integer version, LocalDate on, WarningOutcome outcome, String programme, String department,
                         String note, List<Long> benefitIds, BenefitEnd endReason) {
    }
}

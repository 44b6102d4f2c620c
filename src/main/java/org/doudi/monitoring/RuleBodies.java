package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.doudi.shared.security.Role;

/**
 * The JSON bodies of {@code /api/v1/screening-rules}. A rule's text — everything but its code and region —
 * is the same in a new rule, a new version and a try-out.
 */
public final class RuleBodies {

    private RuleBodies() {
    }

    /**
     * What a rule says.
     *
     * @param subject         HOUSEHOLD or MEMBER (the expression then sees {@code member})
     * @param expression      a CEL expression over the household view that is true when the rule matches
     * @param ownerRole       the role whose inbox receives the warnings
     * @param deadlineDays    working days from the warning to its due date (1–90)
     * @param messageTemplate the warning's text; {@code {member.name}}, {@code {household.medicalOutOfPocket}} …
     *                        are replaced by the view's values
     * @param programme       the programme an application started from the warning is for (optional)
     * @param quietDays       after a warning is closed, the same rule stays quiet about the same subject this
     *                        many days (0–366; default 90)
     */
    public record RuleText(String name, String description, RuleSubject subject, String expression,
                           Severity severity, WarningKind kind, Role ownerRole, Integer deadlineDays,
                           String messageTemplate, String programme, Integer quietDays) {
    }

    /** A new rule: its code (upper case letters, digits, _), the region it applies in (default: yours), version 1. */
    public record NewRule(String code, String regionCode, RuleText text) {
    }

    /** A new version of a rule; {@code basedOn}: the latest version the author saw (409 when another came since). */
    public record NewVersion(Integer basedOn, RuleText text) {
    }

    /** Which version screening runs evaluate from now on. */
    public record Activation(Integer ruleVersion) {
    }

    /** A rule's text tried on sample households of your region as of a date (today when left out). */
    public record Trial(RuleText text, List<Long> householdIds, LocalDate asOf) {
    }

    /** A dry run of a version (default: the latest) over a region (default: the rule's within yours). */
    public record DryRun(Integer ruleVersion, String regionCode, LocalDate asOf) {
    }
}

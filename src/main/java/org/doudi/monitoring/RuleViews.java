package org.doudi.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.doudi.shared.security.Role;

/** What {@code /api/v1/screening-rules} answers. */
public final class RuleViews {

    private RuleViews() {
    }

    /** One version of a rule, never changed once written. */
    public record Version(int ruleVersion, String name, String description, RuleSubject subject, String expression,
                          Severity severity, WarningKind kind, Role ownerRole, int deadlineDays,
                          String messageTemplate, String programme, int quietDays, String createdBy,
                          Instant createdAt) {
    }

    /** A rule with its whole history, newest version first; {@code activeVersion} null: switched off. */
    public record Rule(String code, String regionCode, boolean builtIn, Integer activeVersion, int latestVersion,
                       List<Version> versions, int version) {

        public Version latest() {
            return versions.get(0);
        }
    }

    public record Summary(String code, String regionCode, boolean builtIn, Integer activeVersion, int latestVersion,
                         String name, RuleSubject subject, Severity severity, WarningKind kind, Role ownerRole) {
    }

    /** A match of a try-out: the member (null for a household rule) and the warning's text. */
    public record Match(Long personId, String message) {
    }

    /**
     * One sample household of a try-out: whether it matched, the warnings it would raise, the evaluation's error
     * (a field the expression divides by zero …) and the household view the rule saw, by variable.
     */
    public record Sample(long householdId, boolean matched, List<Match> matches, String error,
                         Map<String, Object> view) {
    }

    public record Trial(int households, int matched, List<Sample> samples) {
    }

    /** The names a rule may use, by variable, each with its CEL type: the editor's reference. */
    public record Vocabulary(Map<String, Map<String, String>> variables) {
    }
}

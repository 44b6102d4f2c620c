package org.doudi.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doudi.assessment.Programme;
import org.doudi.monitoring.RuleBodies;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.FieldProblem;

/**
 * Checks a rule's text, every field at once, each problem under its path ({@code text.expression}); the
 * expression is compiled against the household view and the message template's placeholders are looked up in it.
 */
final class RuleTexts {

    static final int DEFAULT_QUIET_DAYS = 90;
    /** Roles that act on warnings; the city supervisor only reads, the administrator does no casework. */
    private static final Set<Role> OWNERS = EnumSet.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER,
            Role.TOWN_APPROVER, Role.COUNTY_OFFICER, Role.COUNTY_REVITALISATION);

    private RuleTexts() {
    }

    static List<FieldProblem> problems(RuleBodies.RuleText t, String path) {
        List<FieldProblem> p = new ArrayList<>();
        if (t == null) {
            p.add(new FieldProblem(path, "is required"));
            return p;
        }
        String at = path + ".";
        if (t.name() == null || t.name().isBlank()) {
            p.add(new FieldProblem(at + "name", "is required"));
        } else if (t.name().strip().length() > 100) {
            p.add(new FieldProblem(at + "name", "must be at most 100 characters"));
        }
        if (t.description() != null && t.description().strip().length() > 1000) {
            p.add(new FieldProblem(at + "description", "must be at most 1000 characters"));
        }
        if (t.subject() == null) {
            p.add(new FieldProblem(at + "subject", "is required: HOUSEHOLD or MEMBER"));
        }
        if (t.expression() == null || t.expression().isBlank()) {
            p.add(new FieldProblem(at + "expression", "is required"));
        } else if (t.expression().length() > 4000) {
            p.add(new FieldProblem(at + "expression", "must be at most 4000 characters"));
        } else if (t.subject() != null) {
            try {
                RuleEngine.compile(t.subject(), t.expression(), "");
            } catch (RuleEngine.CompileFailed e) {
                p.add(new FieldProblem(at + "expression", "does not compile: " + e.getMessage()));
            }
        }
        if (t.severity() == null) {
            p.add(new FieldProblem(at + "severity", "is required: LOW, MEDIUM or HIGH"));
        }
        if (t.kind() == null) {
            p.add(new FieldProblem(at + "kind", "is required"));
        }
        if (t.ownerRole() == null) {
            p.add(new FieldProblem(at + "ownerRole", "is required"));
        } else if (!OWNERS.contains(t.ownerRole())) {
            p.add(new FieldProblem(at + "ownerRole", "must be a role that acts on warnings, one of " + OWNERS));
        }
        if (t.deadlineDays() == null) {
            p.add(new FieldProblem(at + "deadlineDays", "is required"));
        } else if (t.deadlineDays() < 1 || t.deadlineDays() > 90) {
            p.add(new FieldProblem(at + "deadlineDays", "must be from 1 to 90 working days"));
        }
        if (t.messageTemplate() == null || t.messageTemplate().isBlank()) {
            p.add(new FieldProblem(at + "messageTemplate", "is required"));
        } else if (t.messageTemplate().strip().length() > 500) {
            p.add(new FieldProblem(at + "messageTemplate", "must be at most 500 characters"));
        } else if (t.subject() != null) {
            MessageTemplate.problems(t.messageTemplate(), t.subject())
                    .forEach(m -> p.add(new FieldProblem(at + "messageTemplate", m)));
        }
        if (t.programme() != null && !t.programme().isBlank() && !isProgramme(t.programme().strip())) {
            p.add(new FieldProblem(at + "programme", "is not a programme: " + t.programme()));
        }
        if (t.quietDays() != null && (t.quietDays() < 0 || t.quietDays() > 366)) {
            p.add(new FieldProblem(at + "quietDays", "must be from 0 to 366"));
        }
        return p;
    }

    static int quietDays(RuleBodies.RuleText t) {
        return t.quietDays() == null ? DEFAULT_QUIET_DAYS : t.quietDays();
    }

    private static boolean isProgramme(String name) {
        for (Programme p : Programme.values()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

package org.doudi.monitoring.internal;

import org.doudi.monitoring.Paged;
import org.doudi.monitoring.WarningBodies;
import org.doudi.monitoring.WarningState;
import org.doudi.monitoring.WarningViews;
import org.doudi.monitoring.Warnings;
import org.doudi.shared.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Warnings over HTTP: the inbox, one warning with its history, and one POST per action with its version. */
@RestController
@RequestMapping("/api/v1/warnings")
class WarningController {

    private final Warnings warnings;

    WarningController(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * The inbox of your region: open ones first by due date, the most severe first. {@code role}: whose inbox
     * (default: your roles); {@code mine}: only those assigned to you; {@code overdue}: past their due date.
     */
    @GetMapping
    Paged<WarningViews.Summary> inbox(@RequestParam(required = false) WarningState state,
                                      @RequestParam(required = false) Role role,
                                      @RequestParam(required = false) Boolean overdue,
                                      @RequestParam(required = false) String ruleCode,
                                      @RequestParam(required = false) Long householdId,
                                      @RequestParam(required = false) Boolean mine,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        return warnings.inbox(new WarningViews.Filter(state, role, overdue, ruleCode, householdId, mine), page, size);
    }

    @GetMapping("/{id}")
    WarningViews.Warning get(@PathVariable long id) {
        return warnings.get(id);
    }

    @PostMapping("/{id}/assign")
    WarningViews.Warning assign(@PathVariable long id, @RequestBody WarningBodies.Assign body) {
        return warnings.assign(id, body);
    }

    @PostMapping("/{id}/verify")
    WarningViews.Warning verify(@PathVariable long id, @RequestBody WarningBodies.Verify body) {
        return warnings.verify(id, body);
    }

    @PostMapping("/{id}/outcome")
    WarningViews.Warning decide(@PathVariable long id, @RequestBody WarningBodies.Decide body) {
        return warnings.decide(id, body);
    }

    /** Escalates every overdue warning of your region one level now (a daily schedule does it too). */
    @PostMapping("/escalations")
    WarningViews.Escalation escalate() {
        return warnings.escalateOverdue();
    }
}

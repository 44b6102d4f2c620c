package org.doudi.monitoring.internal;

import org.doudi.monitoring.Paged;
import org.doudi.monitoring.RuleBodies;
import org.doudi.monitoring.RuleViews;
import org.doudi.monitoring.RunViews;
import org.doudi.monitoring.ScreeningRules;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Screening rules over HTTP: list, read with history, create, new versions, switch on and off, try, dry run. */
@RestController
@RequestMapping("/api/v1/screening-rules")
class RuleController {

    private final ScreeningRules rules;

    RuleController(ScreeningRules rules) {
        this.rules = rules;
    }

    /** The rules that apply in your region or were made inside it, by code; {@code active} filters. */
    @GetMapping
    Paged<RuleViews.Summary> list(@RequestParam(required = false) Boolean active,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return rules.list(active, page, size);
    }

    /** The variables and fields an expression may use, with their CEL types. */
    @GetMapping("/vocabulary")
    RuleViews.Vocabulary vocabulary() {
        return rules.vocabulary();
    }

    @GetMapping("/{code}")
    RuleViews.Rule get(@PathVariable String code) {
        return rules.get(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RuleViews.Rule create(@RequestBody RuleBodies.NewRule body) {
        return rules.create(body);
    }

    @PostMapping("/{code}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    RuleViews.Rule newVersion(@PathVariable String code, @RequestBody RuleBodies.NewVersion body) {
        return rules.newVersion(code, body);
    }

    @PostMapping("/{code}/activate")
    RuleViews.Rule activate(@PathVariable String code, @RequestBody RuleBodies.Activation body) {
        return rules.activate(code, body);
    }

    @PostMapping("/{code}/deactivate")
    RuleViews.Rule deactivate(@PathVariable String code) {
        return rules.deactivate(code);
    }

    /** A rule's text on sample households: what it would raise, and the view it saw. Writes nothing. */
    @PostMapping("/try")
    RuleViews.Trial tryOut(@RequestBody RuleBodies.Trial body) {
        return rules.tryOut(body);
    }

    /** Starts a dry run: follow it at {@code /api/v1/screening-runs/{id}} for its match count. */
    @PostMapping("/{code}/dry-run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunViews.Run dryRun(@PathVariable String code, @RequestBody(required = false) RuleBodies.DryRun body) {
        return rules.dryRun(code, body == null ? new RuleBodies.DryRun(null, null, null) : body);
    }
}

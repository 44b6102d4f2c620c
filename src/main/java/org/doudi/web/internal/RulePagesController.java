package org.doudi.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.monitoring.RuleBodies;
import org.doudi.monitoring.RuleSubject;
import org.doudi.monitoring.RuleViews;
import org.doudi.monitoring.RunBodies;
import org.doudi.monitoring.RunMode;
import org.doudi.monitoring.RunViews;
import org.doudi.monitoring.ScreeningRules;
import org.doudi.monitoring.ScreeningRuns;
import org.doudi.monitoring.Severity;
import org.doudi.monitoring.WarningKind;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening rules: the list, a new rule, and one rule with its versions — the editor for a new version, the
 * try-out on sample households (what it would raise, and the view it saw), the dry run with its match count, and
 * switching a version on. Also the screening runs: start one, and follow its progress (htmx refreshes the figures
 * while it works; without JavaScript, the page's refresh link does).
 */
@Controller
class RulePagesController {

    private static final List<String> TEXT_FIELDS = List.of("name", "description", "subject", "expression",
            "severity", "kind", "ownerRole", "deadlineDays", "messageTemplate", "programme", "quietDays");
    /** The module names a rule's fields under {@code text.}; on the page they are the form's own. */
    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(Set.of("code", "regionCode", "ruleName",
            "description", "subject", "expression", "severity", "kind", "ownerRole", "deadlineDays", "messageTemplate",
            "programme", "quietDays", "householdIds", "asOf", "ruleVersion", "basedOn", "mode", "chunkSize"),
            TEXT_FIELDS.stream().collect(java.util.stream.Collectors.toMap(f -> "text." + f,
                    f -> f.equals("name") ? "ruleName" : f)));
    private static final List<Role> OWNERS = List.of(Role.VILLAGE_COORDINATOR, Role.TOWN_CASEWORKER,
            Role.TOWN_APPROVER, Role.COUNTY_OFFICER, Role.COUNTY_REVITALISATION);

    private final ScreeningRules rules;
    private final ScreeningRuns runs;
    private final MessageSource messages;

    RulePagesController(ScreeningRules rules, ScreeningRuns runs, MessageSource messages) {
        this.rules = rules;
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/screening-rules")
    String list(Model model) {
        model.addAttribute("rules", rules.list(null, 0, 200).items());
        model.addAttribute("runs", runs.list(0, 10).items());
        return "rules/list";
    }

    @GetMapping("/screening-rules/new")
    String create(Model model) {
        return form(model, FormErrors.none(), Map.of("deadlineDays", "10", "quietDays", "90"));
    }

    @PostMapping("/screening-rules")
    String create(@RequestParam Map<String, String> f, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            PageInput in = new PageInput();
            RuleBodies.RuleText text = text(in, f);
            in.check();
            RuleViews.Rule rule = rules.create(new RuleBodies.NewRule(f.get("code"), f.get("regionCode"), text));
            redirect.addFlashAttribute("notice", "rule.created");
            return "redirect:/screening-rules/" + rule.code();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, FormErrors.of(e.problems(), FIELDS, messages, locale), f);
        } catch (ConflictException | AccessDeniedException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 403);
            return form(model, FormErrors.general(messages.getMessage("rule.error.refused", null, locale),
                    e.getMessage()), f);
        }
    }

    @GetMapping("/screening-rules/{code}")
    String show(@PathVariable String code, Model model) {
        RuleViews.Rule rule = rules.get(code);
        return page(model, rule, FormErrors.none(), textOf(rule.latest()), null);
    }

    @PostMapping("/screening-rules/{code}/versions")
    String newVersion(@PathVariable String code, @RequestParam Map<String, String> f, Model model, Locale locale,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return act(code, f, model, locale, response, redirect, "rule.versionAdded", in -> {
            var body = new RuleBodies.NewVersion(in.number("basedOn", f.get("basedOn")), text(in, f));
            in.check();
            rules.newVersion(code, body);
        });
    }

    @PostMapping("/screening-rules/{code}/activate")
    String activate(@PathVariable String code, @RequestParam Map<String, String> f, Model model, Locale locale,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return act(code, f, model, locale, response, redirect, "rule.activated", in -> {
            var body = new RuleBodies.Activation(in.number("ruleVersion", f.get("ruleVersion")));
            in.check();
            rules.activate(code, body);
        });
    }

    @PostMapping("/screening-rules/{code}/deactivate")
    String deactivate(@PathVariable String code, Model model, Locale locale, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return act(code, Map.of(), model, locale, response, redirect, "rule.deactivated", in -> rules.deactivate(code));
    }

    /** The editor's text tried on sample households: the page shows what it would raise, nothing is written. */
    @PostMapping("/screening-rules/{code}/try")
    String tryOut(@PathVariable String code, @RequestParam Map<String, String> f, Model model, Locale locale,
                  HttpServletResponse response) {
        RuleViews.Rule rule = rules.get(code);
        try {
            PageInput in = new PageInput();
            var body = new RuleBodies.Trial(text(in, f), in.ids("householdIds", f.get("householdIds")),
                    in.date("asOf", f.get("asOf")));
            in.check();
            return page(model, rule, FormErrors.none(), f, rules.tryOut(body));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, rule, FormErrors.of(e.problems(), FIELDS, messages, locale), f, null);
        }
    }

    @PostMapping("/screening-rules/{code}/dry-run")
    String dryRun(@PathVariable String code, @RequestParam Map<String, String> f, Model model, Locale locale,
                  HttpServletResponse response) {
        RuleViews.Rule rule = rules.get(code);
        try {
            PageInput in = new PageInput();
            var body = new RuleBodies.DryRun(in.number("ruleVersion", f.get("ruleVersion")), f.get("regionCode"), null);
            in.check();
            return "redirect:/screening-runs/" + rules.dryRun(code, body).id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, rule, FormErrors.of(e.problems(), FIELDS, messages, locale), textOf(rule.latest()), null);
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(model, rule, FormErrors.general(messages.getMessage("warning.error.role", null, locale),
                    e.getMessage()), textOf(rule.latest()), null);
        }
    }

    @PostMapping("/screening-runs")
    String start(@RequestParam Map<String, String> f, Model model, Locale locale, HttpServletResponse response) {
        try {
            PageInput in = new PageInput();
            var body = new RunBodies.Start(f.get("regionCode"), in.choice("mode", RunMode.class, f.get("mode")),
                    in.date("asOf", f.get("asOf")), null);
            in.check();
            return "redirect:/screening-runs/" + runs.start(body).id();
        } catch (InvalidInputException | ConflictException | AccessDeniedException e) {
            response.setStatus(e instanceof InvalidInputException ? 400 : e instanceof ConflictException ? 409 : 403);
            model.addAttribute("rules", rules.list(null, 0, 200).items());
            model.addAttribute("runs", runs.list(0, 10).items());
            model.addAttribute("runError", e instanceof InvalidInputException i ? i.problems().toString() : e.getMessage());
            return "rules/list";
        }
    }

    @PostMapping("/screening-runs/{id}/resume")
    String resume(@PathVariable long id) {
        return "redirect:/screening-runs/" + runs.resume(id).id();
    }

    /** A run's progress; asked by htmx (every two seconds while it works), only the figures. */
    @GetMapping("/screening-runs/{id}")
    String run(@PathVariable long id, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        RunViews.Run run = runs.get(id);
        model.addAttribute("run", run);
        return htmx != null ? "runs/show :: progress" : "runs/show";
    }

    private interface Act {
        void run(PageInput in);
    }

    private String act(String code, Map<String, String> f, Model model, Locale locale, HttpServletResponse response,
                       RedirectAttributes redirect, String notice, Act act) {
        try {
            act.run(new PageInput());
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/screening-rules/" + code;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, rules.get(code), FormErrors.of(e.problems(), FIELDS, messages, locale), f, null);
        } catch (ConflictException | AccessDeniedException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 403);
            RuleViews.Rule rule = rules.get(code);
            return page(model, rule, FormErrors.general(messages.getMessage("rule.error.refused", null, locale),
                    e.getMessage()), f.isEmpty() ? textOf(rule.latest()) : f, null);
        }
    }

    private String page(Model model, RuleViews.Rule rule, FormErrors errors, Map<String, String> f,
                        RuleViews.Trial trial) {
        model.addAttribute("rule", rule);
        model.addAttribute("errors", errors);
        model.addAttribute("f", f);
        model.addAttribute("trial", trial);
        choices(model);
        return "rules/show";
    }

    private String form(Model model, FormErrors errors, Map<String, String> f) {
        model.addAttribute("errors", errors);
        model.addAttribute("f", f);
        choices(model);
        return "rules/new";
    }

    private void choices(Model model) {
        model.addAttribute("subjects", RuleSubject.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("kinds", WarningKind.values());
        model.addAttribute("owners", OWNERS);
        model.addAttribute("vocabulary", rules.vocabulary().variables());
    }

    private static RuleBodies.RuleText text(PageInput in, Map<String, String> f) {
        return new RuleBodies.RuleText(f.get("ruleName"), f.get("description"),
                in.choice("subject", RuleSubject.class, f.get("subject")), f.get("expression"),
                in.choice("severity", Severity.class, f.get("severity")),
                in.choice("kind", WarningKind.class, f.get("kind")), in.choice("ownerRole", Role.class, f.get("ownerRole")),
                in.number("deadlineDays", f.get("deadlineDays")), f.get("messageTemplate"), f.get("programme"),
                in.number("quietDays", f.get("quietDays")));
    }

    private static Map<String, String> textOf(RuleViews.Version v) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("ruleName", v.name());
        f.put("description", v.description() == null ? "" : v.description());
        f.put("subject", v.subject().name());
        f.put("expression", v.expression());
        f.put("severity", v.severity().name());
        f.put("kind", v.kind().name());
        f.put("ownerRole", v.ownerRole().name());
        f.put("deadlineDays", Integer.toString(v.deadlineDays()));
        f.put("messageTemplate", v.messageTemplate());
        f.put("programme", v.programme() == null ? "" : v.programme());
        f.put("quietDays", Integer.toString(v.quietDays()));
        return f;
    }
}

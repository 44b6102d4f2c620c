package org.doudi.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.monitoring.Finding;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.WarningBodies;
import org.doudi.monitoring.WarningOutcome;
import org.doudi.monitoring.WarningState;
import org.doudi.monitoring.WarningViews;
import org.doudi.monitoring.Warnings;
import org.doudi.payment.BenefitEnd;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The warnings inbox of the person's roles and region, and one warning with its history and the forms to take
 * it, check it on the ground and decide its outcome. The monitoring module decides; a refusal is shown on the
 * page beside the form, with the module's own reason.
 */
@Controller
class WarningPagesController {

    static final int PAGE_SIZE = 20;
    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(
            Set.of("on", "finding", "outcome", "programme", "department", "benefitIds", "endReason", "assignee"),
            Map.of("note", "decisionNote"));

    private final Warnings warnings;
    private final MessageSource messages;

    WarningPagesController(Warnings warnings, MessageSource messages) {
        this.warnings = warnings;
        this.messages = messages;
    }

    @GetMapping("/warnings")
    String inbox(@RequestParam(required = false) String state, @RequestParam(required = false) String overdue,
                 @RequestParam(required = false) String mine, @RequestParam(required = false) Integer page,
                 Model model) {
        PageInput in = new PageInput();
        WarningState chosen = in.choice("state", WarningState.class, state);
        in.check();
        int index = page == null || page < 1 ? 0 : page - 1;
        Paged<WarningViews.Summary> result = warnings.inbox(new WarningViews.Filter(chosen, null,
                "true".equals(overdue), null, null, "true".equals(mine)), index, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("states", WarningState.values());
        model.addAttribute("q", Map.of("state", state == null ? "" : state, "overdue", "true".equals(overdue),
                "mine", "true".equals(mine)));
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("pages", pages);
        model.addAttribute("pageNumber", index + 1);
        model.addAttribute("previousUrl", index > 0 ? url(state, overdue, mine, index) : null);
        model.addAttribute("nextUrl", index + 1 < pages ? url(state, overdue, mine, index + 2) : null);
        return "warnings/inbox";
    }

    @GetMapping("/warnings/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, warnings.get(id), FormErrors.none(), Map.of());
    }

    @PostMapping("/warnings/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, locale, response, redirect, Map.of(), "warning.assigned",
                () -> warnings.assign(id, new WarningBodies.Assign(version, null)));
    }

    @PostMapping("/warnings/{id}/verify")
    String verify(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, locale, response, redirect, form, "warning.verified", () -> {
            PageInput in = new PageInput();
            var body = new WarningBodies.Verify(in.number("version", form.get("version")), in.date("on", form.get("on")),
                    in.choice("finding", Finding.class, form.get("finding")), form.get("note"));
            in.check();
            return warnings.verify(id, body);
        });
    }

    @PostMapping("/warnings/{id}/outcome")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        PageInput in = new PageInput();
        WarningOutcome outcome = in.choice("outcome", WarningOutcome.class, form.get("outcome"));
        String done = act(id, model, locale, response, redirect, form, "warning.decided", () -> {
            List<Long> benefits = in.ids("benefitIds", form.get("benefitIds"));
            var body = new WarningBodies.Decide(in.number("version", form.get("version")), in.date("on", form.get("on")),
                    outcome, form.get("programme"), form.get("department"), form.get("note"),
                    benefits.isEmpty() ? null : benefits, in.choice("endReason", BenefitEnd.class, form.get("endReason")));
            in.check();
            return warnings.decide(id, body);
        });
        if (done.startsWith("redirect:") && outcome == WarningOutcome.START_APPLICATION) {
            WarningViews.Warning w = warnings.get(id);
            if (w.closing() != null && w.closing().monitoredId() != null) {
                redirect.addFlashAttribute("notice", "warning.identificationStarted");
                return "redirect:/monitored-households/" + w.closing().monitoredId();
            }
        }
        return done;
    }

    private interface Action {
        WarningViews.Warning run();
    }

    private String act(long id, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect,
                       Map<String, String> form, String notice, Action action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/warnings/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, warnings.get(id), FormErrors.of(e.problems(), FIELDS, messages, locale), form);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, warnings.get(id), FormErrors.general(
                    messages.getMessage("warning.error.conflict", null, locale), e.getMessage()), form);
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(model, warnings.get(id), FormErrors.general(
                    messages.getMessage("warning.error.role", null, locale), e.getMessage()), form);
        }
    }

    private String page(Model model, WarningViews.Warning w, FormErrors errors, Map<String, String> form) {
        model.addAttribute("w", w);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("findings", Finding.values());
        model.addAttribute("endReasons", List.of(BenefitEnd.DEATH, BenefitEnd.EXIT, BenefitEnd.OWN_WISH));
        model.addAttribute("programmes", List.of("MONITORING", "DIBAO", "TEMPORARY", "TEKUN", "DISABILITY_CARE",
                "DISABILITY_LIVING", "ORPHAN", "MEDICAL"));
        return "warnings/show";
    }

    private static String url(String state, String overdue, String mine, int number) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/warnings");
        if (state != null && !state.isBlank()) {
            b.queryParam("state", state);
        }
        if ("true".equals(overdue)) {
            b.queryParam("overdue", "true");
        }
        if ("true".equals(mine)) {
            b.queryParam("mine", "true");
        }
        if (number > 1) {
            b.queryParam("page", number);
        }
        return b.encode().toUriString();
    }
}

package org.doudi.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.assessment.MonitoringType;
import org.doudi.monitoring.EliminationRefused;
import org.doudi.monitoring.IdentificationState;
import org.doudi.monitoring.MeasureKind;
import org.doudi.monitoring.MonitoredHouseholds;
import org.doudi.monitoring.MonitoringBodies;
import org.doudi.monitoring.MonitoringViews;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.ProcedureRefused;
import org.doudi.monitoring.RiskElimination;
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

/**
 * Monitored households (防止返贫): the list of the person's region, and one household's record — the
 * identification procedure with the form of its next step, the helper and the helpers before, the assistance
 * measures, and the conditions of risk elimination as the system checks them — plus the publicity sheet to post.
 */
@Controller
class MonitoredPagesController {

    static final int PAGE_SIZE = 20;
    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(Set.of("on", "signedBy", "findings",
            "agreed", "days", "place", "confirmed", "type", "helperId", "reason", "kind", "description",
            "startedOn", "result", "endedOn", "housingSecure", "medicalCoverSecure", "drinkingWaterSecure"), Map.of("note", "opinionNote"));

    private final MonitoredHouseholds monitored;
    private final MessageSource messages;

    MonitoredPagesController(MonitoredHouseholds monitored, MessageSource messages) {
        this.monitored = monitored;
        this.messages = messages;
    }

    @GetMapping("/monitored-households")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String overdue,
                @RequestParam(required = false) Integer page, Model model) {
        PageInput in = new PageInput();
        IdentificationState chosen = in.choice("state", IdentificationState.class, state);
        in.check();
        int index = page == null || page < 1 ? 0 : page - 1;
        Paged<MonitoringViews.Summary> result = monitored.list(chosen, "true".equals(overdue), null, index, PAGE_SIZE);
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("result", result);
        model.addAttribute("states", IdentificationState.values());
        model.addAttribute("q", Map.of("state", state == null ? "" : state, "overdue", "true".equals(overdue)));
        model.addAttribute("pages", pages);
        model.addAttribute("pageNumber", index + 1);
        String filters = (state == null || state.isBlank() ? "" : "&state=" + state)
                + ("true".equals(overdue) ? "&overdue=true" : "");
        model.addAttribute("previousUrl", index > 0 ? "/monitored-households?page=" + index + filters : null);
        model.addAttribute("nextUrl", index + 1 < pages ? "/monitored-households?page=" + (index + 2) + filters : null);
        return "monitored/list";
    }

    @GetMapping("/monitored-households/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, monitored.get(id), FormErrors.none(), Map.of(), null);
    }

    @GetMapping("/monitored-households/{id}/publicity-sheet")
    String sheet(@PathVariable long id, Model model) {
        model.addAttribute("sheet", monitored.publicitySheet(id));
        model.addAttribute("id", id);
        return "monitored/sheet";
    }

    @PostMapping("/monitored-households/{id}/authorisation")
    String authorise(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                     HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.Authorisation(in.number("version", f.get("version")), in.date("on", f.get("on")),
                        f.get("signedBy"), f.get("findings"));
            return () -> monitored.authorise(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/appraisal")
    String appraise(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = opinion(in, f);
            return () -> monitored.appraise(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/publicity")
    String publicise(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                     HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.Publicity(in.number("version", f.get("version")), in.date("on", f.get("on")),
                        in.number("days", f.get("days")), f.get("place"));
            return () -> monitored.publicise(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/town-review")
    String review(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = opinion(in, f);
            return () -> monitored.review(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/confirmation")
    String confirm(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.Confirmation(in.number("version", f.get("version")), in.date("on", f.get("on")),
                        in.yesNo(f.get("confirmed")), in.choice("type", MonitoringType.class, f.get("type")),
                        in.id("helperId", f.get("helperId")), f.get("opinionNote"));
            return () -> monitored.confirm(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/helper")
    String reassign(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.Reassignment(in.number("version", f.get("version")), in.date("on", f.get("on")),
                        in.id("helperId", f.get("helperId")), f.get("reason"));
            return () -> monitored.reassignHelper(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/measures")
    String addMeasure(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.NewMeasure(in.choice("kind", MeasureKind.class, f.get("kind")), f.get("description"),
                        in.date("startedOn", f.get("startedOn")));
            return () -> monitored.addMeasure(id, body);
        });
    }

    @PostMapping("/monitored-households/{id}/measures/{measureId}/result")
    String measureResult(@PathVariable long id, @PathVariable long measureId, @RequestParam Map<String, String> f,
                         Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.MeasureResult(in.number("version", f.get("version")), f.get("result"),
                        in.date("endedOn", f.get("endedOn")));
            return () -> monitored.recordMeasureResult(id, measureId, body);
        });
    }

    @PostMapping("/monitored-households/{id}/risk-elimination")
    String eliminate(@PathVariable long id, @RequestParam Map<String, String> f, Model model, Locale locale,
                     HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return act(id, f, model, locale, response, redirect, in -> {
            var body = new MonitoringBodies.Elimination(in.number("version", f.get("version")), in.date("on", f.get("on")),
                            "true".equals(f.get("housingSecure")), "true".equals(f.get("medicalCoverSecure")),
                            "true".equals(f.get("drinkingWaterSecure")), f.get("opinionNote"));
            return () -> monitored.eliminateRisk(id, body);
        });
        } catch (EliminationRefused e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, monitored.get(id), FormErrors.general(
                    messages.getMessage("monitored.error.notEliminable", null, locale)), f, e.check());
        }
    }

    private static MonitoringBodies.Opinion opinion(PageInput in, Map<String, String> f) {
        return new MonitoringBodies.Opinion(in.number("version", f.get("version")), in.date("on", f.get("on")),
                in.yesNo(f.get("agreed")), f.get("opinionNote"));
    }

    /** Reads the form into the module's body; answers the call to make once the reading found no problem. */
    private interface Step {
        Supplier<MonitoringViews.Monitored> read(PageInput in);
    }

    private String act(long id, Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
                       RedirectAttributes redirect, Step step) {
        try {
            PageInput in = new PageInput();
            Supplier<MonitoringViews.Monitored> call = step.read(in);
            in.check(); // the page's own reading first (dates, numbers), then the module's checks
            MonitoringViews.Monitored done = call.get();
            redirect.addFlashAttribute("notice", "monitored.saved");
            return "redirect:/monitored-households/" + done.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, monitored.get(id), FormErrors.of(e.problems(), FIELDS, messages, locale), form, null);
        } catch (ProcedureRefused | ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, monitored.get(id), FormErrors.general(
                    messages.getMessage("monitored.error.conflict", null, locale), e.getMessage()), form, null);
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(model, monitored.get(id), FormErrors.general(
                    messages.getMessage("warning.error.role", null, locale), e.getMessage()), form, null);
        }
    }

    private String page(Model model, MonitoringViews.Monitored m, FormErrors errors, Map<String, String> form,
                        RiskElimination.Check refused) {
        model.addAttribute("m", m);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("next", m.allowedActions().isEmpty() ? null : m.allowedActions().get(0).path());
        model.addAttribute("types", MonitoringType.values());
        model.addAttribute("measureKinds", MeasureKind.values());
        model.addAttribute("helpers", monitored.helpers(false, 0, 200).items());
        model.addAttribute("check", refused != null ? refused
                : m.state() == IdentificationState.MONITORED ? monitored.checkElimination(m.id(), null) : null);
        model.addAttribute("stepNames", List.of("LEAD", "AUTHORISATION", "APPRAISAL", "PUBLICITY", "TOWN_REVIEW",
                "CONFIRMATION", "RISK_ELIMINATION"));
        return "monitored/show";
    }
}

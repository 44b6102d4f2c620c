package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.Outcome;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: where it stands, when its next step is due (overdue marked), every step so far, and a form
 * for each step the signed-in person may take now ({@link CaseForms}), each posting the version of the
 * case it was shown with. A refused step shows the page again with the reason ({@link CaseSteps}); a
 * recorded one redirects back with a notice. The decision has a page of its own ({@link DecisionPageController}).
 */
@Controller
class CasePageController {

    private final Cases cases;
    private final CaseSteps steps;
    private final CaseTimeline timeline;
    private final Households households;
    private final Places places;
    private final MessageSource messages;
    private final Clock clock;

    CasePageController(Cases cases, CaseSteps steps, CaseTimeline timeline, Households households, Places places,
                       MessageSource messages, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.timeline = timeline;
        this.households = households;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return page(model, cases.get(id), null, StepFields.empty(), FormErrors.none(), locale);
    }

    /** Every step but the decision posts here; the path names it ({@code /cases/12/investigation}). */
    @PostMapping("/cases/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute StepFields fields, Model model,
                Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CaseAction action = CaseForms.action(step);
        if (action == null || action == CaseAction.INTAKE || action == CaseAction.DECISION) {
            throw new NotFoundException("no step " + step);
        }
        CaseSteps.Refusal refused = steps.take(id, action, fields, locale);
        if (refused == null) {
            redirect.addFlashAttribute("notice", "case.recorded." + action.name());
            return "redirect:/cases/" + id;
        }
        response.setStatus(refused.status());
        return page(model, cases.get(id), action, fields, refused.errors(), locale);
    }

    private String page(Model model, CaseViews.Case c, CaseAction posted, StepFields fields, FormErrors errors,
                        Locale locale) {
        fill(model, c, locale);
        LocalDate today = Today.in(clock);
        CaseForms.Offer offer = CaseForms.offer(c, Actor.current(), today);
        model.addAttribute("offer", offer);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", FormErrors.none());
        model.addAttribute("posted", posted == null ? null : posted.path());
        model.addAttribute("values", values(offer.actions(), posted, fields, today));
        model.addAttribute("allDocuments", Arrays.asList(DibaoDocument.values()));
        model.addAttribute("timeline", timeline.rows(c, locale));
        return "cases/show";
    }

    /** What every case page shows at the top: the case, its household's head, its place, its documents. */
    void fill(Model model, CaseViews.Case c, Locale locale) {
        model.addAttribute("c", c);
        model.addAttribute("head", headName(c.householdId()));
        model.addAttribute("regionPath", places.path(c.regionCode()));
        model.addAttribute("today", Today.in(clock));
        model.addAttribute("decided", c.decision() != null);
        model.addAttribute("approved", c.decision() != null && c.decision().outcome() == Outcome.APPROVE);
        model.addAttribute("refused", c.decision() != null && c.decision().outcome() == Outcome.REFUSE);
        // figures as the pages write them (MessageFormat would group the digits: "1,055")
        model.addAttribute("assessedAmount", c.assessment() == null ? null : Figures.money(c.assessment().monthlyAmount()));
        model.addAttribute("decidedAmount", c.decision() == null ? null : Figures.money(c.decision().monthlyAmount()));
        model.addAttribute("startMonth", c.decision() == null || c.decision().startMonth() == null ? null
                : Figures.month(YearMonth.parse(c.decision().startMonth()), messages, locale));
    }

    /** The head's name; none when the household is no longer in the person's region (it moved away). */
    String headName(long householdId) {
        try {
            HouseholdDetail h = households.get(householdId);
            return h.members().stream().filter(m -> m.relation() == Relation.HEAD).map(Member::name).findFirst()
                    .orElse(null);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Each offered form's values: as posted for the form that was refused, else today's date and blanks. */
    static Map<String, Map<String, Object>> values(List<CaseAction> offered, CaseAction posted, StepFields fields,
                                                   LocalDate today) {
        Map<String, Map<String, Object>> all = new HashMap<>();
        for (CaseAction a : offered) {
            Map<String, Object> v = a == posted ? fields.values() : StepFields.empty().values();
            if (a != posted) {
                v.put("on", today.toString());
            }
            all.put(a.path(), v);
        }
        if (posted != null && !all.containsKey(posted.path())) {
            all.put(posted.path(), fields.values());
        }
        return all;
    }
}

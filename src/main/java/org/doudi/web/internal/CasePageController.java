package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.Outcome;
import org.doudi.casework.ProcedureFamily;
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
 * One case of any programme: where it stands, when its next step is due (overdue marked), what needs
 * special attention (a relative of staff, a complaint) and the county's visits, every step so far, and a
 * form for each step the signed-in person may take now in the case's procedure ({@link CaseForms}), each
 * posting the version of the case it was shown with; a county officer also finds the form to record the
 * county's own visit. A refused step shows the page again with the reason ({@link CaseSteps}); a recorded
 * one redirects back with a notice. The decision has a page of its own ({@link DecisionPageController}).
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
        if (action == null || action == CaseAction.INTAKE || action == CaseAction.SUBMISSION
                || action == CaseAction.DECISION) {
            throw new NotFoundException("no step " + step);
        }
        CaseSteps.Refusal refused = steps.take(id, action, fields, locale);
        if (refused == null) {
            redirect.addFlashAttribute("notice", "case.recorded." + action.name());
            return "redirect:/cases/" + id;
        }
        response.setStatus(refused.status());
        return page(model, cases.get(id), action.path(), fields, refused.errors(), locale);
    }

    /** The county's own household visit (decision 0019): not a step, so it changes neither state nor version. */
    @PostMapping("/cases/{id}/" + StepFields.COUNTY_VISIT)
    String countyVisit(@PathVariable long id, @ModelAttribute StepFields fields, Model model, Locale locale,
                       HttpServletResponse response, RedirectAttributes redirect) {
        CaseSteps.Refusal refused = steps.countyVisit(id, fields, locale);
        if (refused == null) {
            redirect.addFlashAttribute("notice", "case.recorded.countyVisit");
            return "redirect:/cases/" + id;
        }
        response.setStatus(refused.status());
        return page(model, cases.get(id), StepFields.COUNTY_VISIT, fields, refused.errors(), locale);
    }

    private String page(Model model, CaseViews.Case c, String posted, StepFields fields, FormErrors errors,
                        Locale locale) {
        fill(model, c, locale);
        LocalDate today = Today.in(clock);
        CaseForms.Offer offer = CaseForms.offer(c, Actor.current(), today);
        model.addAttribute("offer", offer);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", FormErrors.none());
        model.addAttribute("posted", posted);
        List<String> forms = new ArrayList<>(offer.actions().stream().map(CaseAction::path).toList());
        forms.add(StepFields.COUNTY_VISIT);
        model.addAttribute("values", values(forms, posted, fields, today));
        model.addAttribute("timeline", timeline.rows(c, locale));
        return "cases/show";
    }

    /** A payment of an approval as the page writes it: the month, the amount, whether it was the pay-first. */
    record Payment(String month, String amount, boolean payFirst) {
    }

    /** What every case page shows at the top: the case, its household's head, its place, its figures. */
    void fill(Model model, CaseViews.Case c, Locale locale) {
        model.addAttribute("c", c);
        model.addAttribute("head", headName(c.householdId()));
        model.addAttribute("regionPath", places.path(c.regionCode()));
        model.addAttribute("today", Today.in(clock));
        model.addAttribute("decided", c.decision() != null);
        model.addAttribute("approved", c.decision() != null && c.decision().outcome() == Outcome.APPROVE);
        model.addAttribute("refused", c.decision() != null && c.decision().outcome() == Outcome.REFUSE);
        boolean oneOff = oneOff(c.family());
        model.addAttribute("oneOff", oneOff);
        // a status valid for a time, without an amount (刚性支出困难, decision 0018)
        model.addAttribute("statusOnly", "EXPENDITURE_HARDSHIP".equals(c.programme()));
        // figures as the pages write them (MessageFormat would group the digits: "1,055")
        model.addAttribute("assessedAmount", c.assessment() == null ? null
                : Figures.money(oneOff ? c.assessment().amount() : c.assessment().monthlyAmount()));
        model.addAttribute("decidedAmount", c.decision() == null ? null
                : Figures.money(oneOff ? c.decision().amount() : c.decision().monthlyAmount()));
        model.addAttribute("startMonth", c.decision() == null || c.decision().startMonth() == null ? null
                : Figures.month(YearMonth.parse(c.decision().startMonth()), messages, locale));
        model.addAttribute("untilMonth", c.decision() == null || c.decision().untilMonth() == null ? null
                : Figures.month(YearMonth.parse(c.decision().untilMonth()), messages, locale));
        model.addAttribute("payments", c.decision() == null ? List.of() : c.decision().stages().stream()
                .map(s -> new Payment(Figures.month(YearMonth.parse(s.month()), messages, locale),
                        Figures.money(s.amount()), s.payFirst())).toList());
        model.addAttribute("proposedAmount", c.temporary() == null ? null : Figures.money(c.temporary().proposedAmount()));
        model.addAttribute("townLimit", c.temporary() == null ? null : Figures.money(c.temporary().townLimit()));
        model.addAttribute("payFirstLimit", c.temporary() == null ? null : Figures.money(c.temporary().payFirstLimit()));
        model.addAttribute("paidFirst", c.payFirst() == null ? null : Figures.money(c.payFirst().amount()));
        model.addAttribute("billAmount", c.medicalBill() == null ? null
                : Figures.money(c.medicalBill().inPolicyOutOfPocket()));
    }

    /** Temporary and medical assistance are paid once (or in stages), the others monthly. */
    static boolean oneOff(ProcedureFamily family) {
        return family == ProcedureFamily.TEMPORARY_EMERGENCY || family == ProcedureFamily.TEMPORARY_EXPENDITURE
                || family == ProcedureFamily.MEDICAL;
    }

    /** The head's name; none when the household is no longer in the person's region (it moved away). */
    String headName(long householdId) {
        return household(householdId).map(CasePageController::headOf).orElse(null);
    }

    /** The household as the person may read it; empty when it is no longer in their region (it moved away). */
    Optional<HouseholdDetail> household(long householdId) {
        try {
            return Optional.of(households.get(householdId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static String headOf(HouseholdDetail h) {
        return h.members().stream().filter(m -> m.relation() == Relation.HEAD).map(Member::name).findFirst()
                .orElse(null);
    }

    /** Each offered form's values: as posted for the form that was refused, else today's date and blanks. */
    static Map<String, Map<String, Object>> values(List<String> offered, String posted, StepFields fields,
                                                   LocalDate today) {
        Map<String, Map<String, Object>> all = new HashMap<>();
        for (String form : offered) {
            boolean asPosted = form.equals(posted);
            Map<String, Object> v = asPosted ? fields.values() : StepFields.empty().values();
            if (!asPosted) {
                v.put("on", today.toString());
            }
            all.put(form, v);
        }
        if (posted != null && !all.containsKey(posted)) {
            all.put(posted, fields.values());
        }
        return all;
    }
}

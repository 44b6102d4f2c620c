package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.ProgrammeResult;
import org.doudi.assessment.TraceStep;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.ProcedureFamily;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审核确认: the decision page of a case of any programme. It shows the assessment frozen with the case and
 * its trace in plain words (the calculator pages' {@link Explanations}, on the parameters in force on the
 * day it was made; for a medical bill the bill's computation and the person's year before it), the town's
 * opinion and the publicity, then the form to approve or refuse with reasons (for temporary assistance
 * also the total and its stages) — only to someone who may decide this case now. A case waiting for the
 * county's own visit says so beside the form; a decision tried before it is refused with the reason.
 * Once decided, it links the decision or refusal notice.
 */
@Controller
class DecisionPageController {

    private final Cases cases;
    private final CaseSteps steps;
    private final CasePageController casePages;
    private final Assessments assessments;
    private final Households households;
    private final Explanations explanations;
    private final JsonMapper json;
    private final Clock clock;

    DecisionPageController(Cases cases, CaseSteps steps, CasePageController casePages, Assessments assessments,
                           Households households, Explanations explanations, JsonMapper json, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.casePages = casePages;
        this.assessments = assessments;
        this.households = households;
        this.explanations = explanations;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}/decision")
    String show(@PathVariable long id, Model model, Locale locale) {
        return page(model, cases.get(id), StepFields.empty(), false, FormErrors.none(), locale);
    }

    @PostMapping("/cases/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute StepFields fields, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CaseSteps.Refusal refused = steps.take(id, CaseAction.DECISION, fields, locale);
        if (refused == null) {
            redirect.addFlashAttribute("notice", "case.recorded.DECISION");
            return "redirect:/cases/" + id + "/decision";
        }
        response.setStatus(refused.status());
        return page(model, cases.get(id), fields, true, refused.errors(), locale);
    }

    private String page(Model model, CaseViews.Case c, StepFields fields, boolean posted, FormErrors errors,
                        Locale locale) {
        casePages.fill(model, c, locale);
        LocalDate today = Today.in(clock);
        CaseForms.Offer offer = CaseForms.offer(c, Actor.current(), today);
        model.addAttribute("offer", offer);
        model.addAttribute("errors", errors);
        var values = fields.values();
        if (!posted) {
            values.put("on", today.toString());
        }
        model.addAttribute("v", values);
        boolean medical = c.family() == ProcedureFamily.MEDICAL;
        Explanations.Explained explained = c.assessment() == null || medical ? null : explain(c, locale);
        model.addAttribute("explained", explained);
        // the programme applied for; for a per-person programme, the member applying only
        model.addAttribute("results", explained == null ? List.of() : explained.results().stream()
                .filter(r -> r.programme().name().equals(c.programme()))
                .filter(r -> c.personId() == null || c.personName() == null || c.personName().equals(r.member()))
                .toList());
        model.addAttribute("bill", medical && c.assessment() != null ? bill(c.assessment().result()) : null);
        model.addAttribute("temporaryDecision", c.temporary() != null);
        model.addAttribute("stageRows", java.util.stream.IntStream.range(0, StepFields.STAGE_ROWS).boxed().toList());
        return "cases/decision";
    }

    /** A medical bill's frozen computation as the page shows it: the status, the year before, this bill's figures. */
    record BillFigures(String status, String statusFrom, int billsBefore, String deductibleUsedBefore,
                       String regularBefore, String extraBefore, String deductibleUsed, String regular, String extra,
                       String total, String leftToPerson, List<String> reasons) {
    }

    private static BillFigures bill(JsonNode frozen) {
        JsonNode y = frozen.path("yearBefore");
        JsonNode r = frozen.path("result");
        List<String> reasons = new java.util.ArrayList<>();
        (r.isMissingNode() || r.isNull() ? frozen.path("reasons") : r.path("reasons")).forEach(n -> reasons.add(n.asString()));
        return new BillFigures(text(frozen, "status"), text(frozen, "statusFrom"), y.path("bills").asInt(),
                money(y, "deductibleUsed"), money(y, "regular"), money(y, "extra"), money(r, "deductibleUsed"),
                money(r, "regular"), money(r, "extra"), money(r, "total"), money(r, "leftToPerson"), reasons);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static String money(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : Figures.money(new java.math.BigDecimal(v.asString()));
    }

    /** The frozen answer, explained with the parameters of the case's region on the day it was assessed. */
    private Explanations.Explained explain(CaseViews.Case c, Locale locale) {
        Assessment frozen = json.readerFor(Assessment.class)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(c.assessment().result());
        Map<String, String> names = names(c.householdId());
        return explanations.explain(renamed(frozen, names), renamed(request(c, frozen.asOf()), names), locale);
    }

    /** Members are referred to by person id in a stored household's assessment: by name on the page. */
    private Map<String, String> names(long householdId) {
        Map<String, String> names = new HashMap<>();
        try {
            HouseholdDetail h = households.get(householdId);
            h.history().forEach(m -> names.put(Long.toString(m.personId()), m.name()));
            h.members().forEach(m -> names.put(Long.toString(m.personId()), m.name()));
        } catch (NotFoundException e) {
            // moved out of the person's region: the references stay as they are
        }
        return names;
    }

    private static Assessment renamed(Assessment a, Map<String, String> names) {
        List<ProgrammeResult> results = a.results().stream().map(r -> new ProgrammeResult(r.programme(),
                r.member() == null ? null : names.getOrDefault(r.member(), r.member()), r.status(), r.monthlyAmount(),
                r.amount(), r.type(), r.until(), r.reasons(), r.trace().stream().map(t -> {
                    int colon = t.step().indexOf(':');
                    String step = colon < 0 ? t.step() : t.step().substring(0, colon + 1)
                            + names.getOrDefault(t.step().substring(colon + 1), t.step().substring(colon + 1));
                    return new TraceStep(step, t.value(), t.parameter(), t.region(), t.since());
                }).toList())).toList();
        return new Assessment(a.asOf(), a.window(), a.householdSize(), a.income(), results);
    }

    private static AssessmentRequest renamed(AssessmentRequest r, Map<String, String> names) {
        List<MemberInput> members = r.members().stream().map(m -> new MemberInput(names.getOrDefault(m.ref(), m.ref()),
                m.relation(), m.birthDate(), m.disability(), m.seriousIllness(), m.unableActivities(), m.schooling(),
                m.orphan(), m.unsupportedChild(), m.supporters(), m.supportMode(), m.incomes())).toList();
        return new AssessmentRequest(r.regionCode(), r.asOf(), r.residence(), r.exitedPoverty(), r.current(),
                r.assets(), r.expenses(), r.temporary(), members);
    }

    /**
     * The request only words the trace (the region and date of its parameters, who a single-person result
     * covers): the household as the registry has it for that day, in the case's region; without the
     * members when the household cannot be read any more (it moved out of the person's region).
     */
    private AssessmentRequest request(CaseViews.Case c, LocalDate asOf) {
        try {
            AssessmentRequest r = assessments.storedHousehold(c.householdId(), asOf);
            return new AssessmentRequest(c.regionCode(), asOf, r.residence(), r.exitedPoverty(), r.current(),
                    r.assets(), r.expenses(), r.temporary(), r.members());
        } catch (NotFoundException | InvalidInputException e) {
            return new AssessmentRequest(c.regionCode(), asOf, null, false, null, null, null, null, List.of());
        }
    }
}

package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.assessment.Assessment;
import org.doudi.assessment.AssessmentInput;
import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.Assessments;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.assessment.TemporaryKind;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionLevel;
import org.doudi.region.Regions;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 试算, the what-if calculator: a household entered by hand, or filled in from the registry and then
 * changed, assessed without storing anything. Rows of members, incomes and vehicles are added and
 * removed by submit buttons ({@code change=addMember}, {@code change=removeIncome:0:1}) that show the
 * form again with the change, so the page works without JavaScript; htmx swaps only the part that
 * changed. The calculator checks the household; its problems land beside the fields, by their paths.
 */
@Controller
class CalculatorController {

    static final int MAX_MEMBERS = 20;
    static final int MAX_INCOMES = 12;
    static final int MAX_VEHICLES = 10;

    private final Assessments assessments;
    private final Explanations explanations;
    private final Households households;
    private final Regions regions;
    private final Places places;
    private final MessageSource messages;
    private final Clock clock;

    CalculatorController(Assessments assessments, Explanations explanations, Households households, Regions regions,
                         Places places, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.explanations = explanations;
        this.households = households;
        this.regions = regions;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
    }

    /** More rows than the page offers would only come from a forged request. */
    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(64);
    }

    /** The binder refuses a row beyond its limit: the request is bad, Doudi has not failed. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView tooManyRows() {
        return ErrorPage.of(HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/assessments/new")
    String newAssessment(Model model) {
        Actor actor = Actor.current();
        String village = RegionLevel.of(actor.regionCode()) == RegionLevel.VILLAGE ? actor.regionCode() : null;
        return form(model, CalculatorForm.blank(Today.in(clock), village), FormErrors.none(), null);
    }

    /** The household as the registry knows it on the date (today unless asked), ready to change and assess. */
    @GetMapping("/households/{id}/assessment")
    String fromHousehold(@PathVariable long id,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                         Model model, Locale locale, HttpServletResponse response) {
        HouseholdDetail household = households.get(id);
        LocalDate date = asOf == null ? Today.in(clock) : asOf;
        try {
            AssessmentRequest request = assessments.storedHousehold(id, date);
            return form(model, CalculatorForm.of(request, names(household), id), FormErrors.none(), null);
        } catch (InvalidInputException e) {
            CalculatorForm empty = CalculatorForm.blank(date, household.regionCode());
            empty.setHousehold(id);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, empty, errors(empty, e.problems(), locale), null);
        }
    }

    @PostMapping("/assessments/new")
    String submit(@ModelAttribute("form") CalculatorForm form, @RequestParam(required = false) String change,
                  Model model, Locale locale, HttpServletResponse response) {
        form.compact();
        if (change != null) {
            String focus = apply(form, change);
            return form(model, form, FormErrors.none(), focus);
        }
        List<FieldProblem> problems = new ArrayList<>();
        AssessmentInput input = form.toInput(problems,
                n -> messages.getMessage("calculator.defaultMemberName", new Object[] {n}, locale));
        if (RegionCodes.isValid(input.regionCode()) && regions.find(input.regionCode()).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "is not a known region"));
        }
        AssessmentRequest request = null;
        try {
            request = assessments.check(input);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, errors(form, problems, locale), null);
        }
        Assessment assessment = assessments.assess(request);
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("assessment", assessment);
        model.addAttribute("explained", explanations.explain(assessment, request, locale));
        model.addAttribute("regionPath", places.path(request.regionCode()));
        return "assessments/result";
    }

    /** Adds or removes a row; answers the id of the field to put the cursor in. */
    private static String apply(CalculatorForm form, String change) {
        String[] parts = change.split(":");
        int first = parts.length > 1 ? index(parts[1]) : -1;
        int second = parts.length > 2 ? index(parts[2]) : -1;
        List<CalculatorForm.MemberRow> members = form.getMembers();
        switch (parts[0]) {
            case "addMember" -> {
                if (members.size() < MAX_MEMBERS) {
                    members.add(new CalculatorForm.MemberRow());
                    return "members[" + (members.size() - 1) + "].ref";
                }
            }
            case "removeMember" -> {
                if (first >= 0 && first < members.size()) {
                    members.remove(first);
                }
                return "add-member";
            }
            case "addIncome" -> {
                if (first >= 0 && first < members.size() && members.get(first).getIncomes().size() < MAX_INCOMES) {
                    List<CalculatorForm.IncomeRow> incomes = members.get(first).getIncomes();
                    incomes.add(new CalculatorForm.IncomeRow());
                    return "members[" + first + "].incomes[" + (incomes.size() - 1) + "].type";
                }
            }
            case "removeIncome" -> {
                if (first >= 0 && first < members.size() && second >= 0
                        && second < members.get(first).getIncomes().size()) {
                    members.get(first).getIncomes().remove(second);
                    return "add-income-" + first;
                }
            }
            case "addVehicle" -> {
                List<CalculatorForm.VehicleRow> vehicles = form.getAssets().getVehicles();
                if (vehicles.size() < MAX_VEHICLES) {
                    vehicles.add(new CalculatorForm.VehicleRow());
                    return "assets.vehicles[" + (vehicles.size() - 1) + "].value";
                }
            }
            case "removeVehicle" -> {
                List<CalculatorForm.VehicleRow> vehicles = form.getAssets().getVehicles();
                if (first >= 0 && first < vehicles.size()) {
                    vehicles.remove(first);
                }
                return "add-vehicle";
            }
            default -> {
                // "edit" from the result page: the form as it was
            }
        }
        return null;
    }

    private static int index(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The problems in the order of the fields on the page; the region's problem on whichever region field was used. */
    private FormErrors errors(CalculatorForm form, List<FieldProblem> problems, Locale locale) {
        List<String> paths = form.fieldPaths();
        Map<String, String> renamed = new HashMap<>();
        renamed.put("regionCode", form.isRegionTyped() ? "regionCode" : "village");
        renamed.put("current", "currentDibao");
        FormErrors.Fields fields = FormErrors.Fields.of(new HashSet<>(paths), renamed);
        List<FieldProblem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparingInt(p -> {
            String field = fields.fieldFor(p.field());
            int at = field == null ? -1 : paths.indexOf(field);
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return FormErrors.of(ordered, fields, messages, locale);
    }

    private String form(Model model, CalculatorForm form, FormErrors errors, String focus) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("focus", focus);
        model.addAttribute("villages", places.villagesOf(Actor.current()));
        model.addAttribute("residences", Residence.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("disabilityKinds", DisabilityKind.values());
        model.addAttribute("schoolings", Schooling.values());
        model.addAttribute("supporterChoices", Supporters.values());
        model.addAttribute("supportModes", SupportMode.values());
        model.addAttribute("incomeTypes", IncomeType.values());
        model.addAttribute("temporaryKinds", TemporaryKind.values());
        model.addAttribute("maxMembers", MAX_MEMBERS);
        model.addAttribute("maxIncomes", MAX_INCOMES);
        model.addAttribute("maxVehicles", MAX_VEHICLES);
        return "assessments/form";
    }

    /** Each member by name in the form; a second person of the same name gets a number. */
    private static Map<String, String> names(HouseholdDetail household) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Member m : household.members()) {
            String name = m.name();
            for (int n = 2; !used.add(name); n++) {
                name = m.name() + " (" + n + ")";
            }
            names.put(Long.toString(m.personId()), name);
        }
        return names;
    }
}

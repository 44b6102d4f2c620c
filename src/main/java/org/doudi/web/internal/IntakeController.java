package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.assessment.Programme;
import org.doudi.casework.CaseAction;
import org.doudi.casework.CaseBodies;
import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.casework.DibaoDocument;
import org.doudi.casework.DibaoProcedure;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受理: a 低保 application taken at the town's single window — which household, the day it was received,
 * and the documents handed in (a checklist). The case page that follows lists every missing document at
 * once (一次性告知). Opened from a household's page, the household is filled in and shown.
 */
@Controller
class IntakeController {

    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(Set.of("household", "receivedOn", "documents"),
            Map.of("householdId", "household"));

    /** The form as typed; unticked boxes arrive as null. */
    record IntakeFields(String household, String receivedOn, List<String> documents) {

        public boolean has(String code) {
            return documents != null && documents.contains(code);
        }
    }

    private final Cases cases;
    private final Households households;
    private final CasePageController casePages;
    private final MessageSource messages;
    private final Clock clock;

    IntakeController(Cases cases, Households households, CasePageController casePages, MessageSource messages,
                     Clock clock) {
        this.cases = cases;
        this.households = households;
        this.casePages = casePages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/new")
    String form(@RequestParam(required = false) Long household, Model model) {
        mayTakeApplications();
        String h = household == null ? null : Long.toString(household);
        return form(model, new IntakeFields(h, Today.in(clock).toString(), List.of()), FormErrors.none(), null);
    }

    @PostMapping("/cases/new")
    String create(@ModelAttribute IntakeFields fields, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            List<FieldProblem> problems = new ArrayList<>();
            Long household = StepFields.parse("householdId", fields.household(), Long::valueOf, problems);
            if (fields.household() == null || fields.household().isBlank()) {
                // said with the other texts that are no values: casework is not asked until every text is one
                problems.add(new FieldProblem("householdId", "is required"));
            }
            LocalDate received = StepFields.parse("receivedOn", fields.receivedOn(), LocalDate::parse, problems);
            List<DibaoDocument> documents = StepFields.codes("documents", fields.documents(), DibaoDocument::valueOf,
                    problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            CaseViews.Case created = cases.create(new CaseBodies.NewCase(household, Programme.DIBAO.name(), received,
                    documents));
            redirect.addFlashAttribute("notice", created.acceptedOn() == null ? "case.createdMissing" : "case.created");
            return "redirect:/cases/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, fields, FormErrors.of(e.problems(), FIELDS, messages, locale), null);
        } catch (ConflictException e) {
            // one open application per household: point to it
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Long open = openCase(fields.household());
            return form(model, fields, FormErrors.general(messages.getMessage("intake.error.open", null, locale),
                    e.getMessage()), open);
        }
    }

    private String form(Model model, IntakeFields fields, FormErrors errors, Long openCase) {
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", Arrays.asList(DibaoDocument.values()));
        model.addAttribute("openCase", openCase);
        HouseholdDetail household = null;
        if (fields.household() != null && fields.household().strip().matches("\\d{1,18}")) {
            try {
                household = households.get(Long.parseLong(fields.household().strip()));
            } catch (NotFoundException e) {
                // the field's error says so when it is posted
            }
        }
        model.addAttribute("household", household);
        model.addAttribute("head", household == null ? null : casePages.headName(household.id()));
        return "cases/new";
    }

    private Long openCase(String household) {
        try {
            return cases.list(null, null, Long.parseLong(household.strip()), 0, 50).items().stream()
                    .filter(s -> s.state().open()).map(CaseViews.Summary::id).findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void mayTakeApplications() {
        if (!DibaoProcedure.mayTake(Actor.current().roles(), CaseAction.INTAKE)) {
            throw new AccessDeniedException("applications are taken by the town's caseworker");
        }
    }
}

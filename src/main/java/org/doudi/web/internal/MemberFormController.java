package org.doudi.web.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.MemberForm;
import org.doudi.registry.Relation;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a member to a household, on a page of its own: name, ID number, relation to the head,
 * and when they joined. A person already registered elsewhere in the region moves here (the
 * registry decides); {@code reason} then says why they left.
 */
@Controller
class MemberFormController {

    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(
            Set.of("name", "idNumber", "relation", "since", "reason"),
            Map.of("sex", "idNumber", "birthDate", "idNumber"));

    record MemberFields(String name, String idNumber, String relation, String since, String reason) {

        MemberForm toForm() {
            return new MemberForm(name, idNumber, null, null, relation, since, reason, null, null, null, null, null);
        }
    }

    private final Households households;
    private final MessageSource messages;

    MemberFormController(Households households, MessageSource messages) {
        this.households = households;
        this.messages = messages;
    }

    @GetMapping("/households/{id}/members/new")
    String newMember(@PathVariable long id, Model model) {
        HouseholdDetail household = households.get(id);
        HouseholdFormController.mayWrite(households);
        return form(model, household, new MemberFields(null, null, null, null, null), FormErrors.none());
    }

    @PostMapping("/households/{id}/members/new")
    String add(@PathVariable long id, @ModelAttribute MemberFields fields, Model model, Locale locale,
               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Member added = households.addMember(id, fields.toForm());
            redirect.addFlashAttribute("notice", "member.added");
            redirect.addFlashAttribute("noticeArgument", added.name());
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, households.get(id), fields, FormErrors.of(e.problems(), FIELDS, messages, locale));
        }
    }

    private String form(Model model, HouseholdDetail household, MemberFields fields, FormErrors errors) {
        model.addAttribute("household", household);
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("relations", Relation.values());
        return "households/member-form";
    }
}

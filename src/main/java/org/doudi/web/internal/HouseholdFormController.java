package org.doudi.web.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.region.RegionLevel;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.HouseholdChange;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.HouseholdForm;
import org.doudi.registry.Households;
import org.doudi.registry.MemberForm;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a household (with its head) and changing a household's own details. The registry
 * checks everything; a refusal comes back as the same form with the person's input, an error
 * summary and a message beside each field at fault. A change someone else made first (optimistic
 * locking on the hidden {@code version}) is never overwritten.
 */
@Controller
class HouseholdFormController {

    private static final Set<String> HOUSEHOLD_FIELDS =
            Set.of("village", "address", "residence", "exitedPoverty", "phone", "categories", "causes");
    private static final FormErrors.Fields NEW_FIELDS = FormErrors.Fields.of(
            union(HOUSEHOLD_FIELDS, Set.of("headName", "headIdNumber")),
            Map.of("regionCode", "village", "members", "headName", "members[0]", "headIdNumber",
                    "members[0].name", "headName", "members[0].idNumber", "headIdNumber"));
    private static final FormErrors.Fields EDIT_FIELDS =
            FormErrors.Fields.of(HOUSEHOLD_FIELDS, Map.of("regionCode", "village"));

    /** The form as entered. Checkboxes left empty arrive as null. */
    record HouseholdFields(String village, String address, String residence, Boolean exitedPoverty, String phone,
                           List<String> categories, List<String> causes, String headName, String headIdNumber,
                           Integer version) {

        static HouseholdFields of(HouseholdDetail h) {
            return new HouseholdFields(h.regionCode(), h.address(), h.residence().name(), h.exitedPoverty(),
                    h.phone(), h.categories().stream().map(Enum::name).toList(),
                    h.causes().stream().map(Enum::name).toList(), null, null, h.version());
        }

        HouseholdForm toNewHousehold() {
            return new HouseholdForm(village, address, residence, Boolean.TRUE.equals(exitedPoverty), phone,
                    listOf(categories), listOf(causes),
                    List.of(MemberForm.of(headName, headIdNumber, Relation.HEAD.name())), List.of());
        }

        HouseholdChange toChange() {
            return new HouseholdChange(version, village, address, residence, Boolean.TRUE.equals(exitedPoverty),
                    phone, listOf(categories), listOf(causes));
        }

        public boolean hasCategory(String code) {
            return categories != null && categories.contains(code);
        }

        public boolean hasCause(String code) {
            return causes != null && causes.contains(code);
        }

        private static List<String> listOf(List<String> values) {
            return values == null ? List.of() : values;
        }
    }

    private final Households households;
    private final Places places;
    private final MessageSource messages;

    HouseholdFormController(Households households, Places places, MessageSource messages) {
        this.households = households;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/households/new")
    String newHousehold(Model model) {
        mayWrite(households);
        Actor actor = Actor.current();
        // someone working in one village registers households there
        String village = RegionLevel.of(actor.regionCode()) == RegionLevel.VILLAGE ? actor.regionCode() : null;
        return form(model, new HouseholdFields(village, null, null, false, null, List.of(), List.of(), null, null,
                null), null, FormErrors.none());
    }

    @PostMapping("/households/new")
    String create(@ModelAttribute HouseholdFields fields, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            HouseholdDetail created = households.create(fields.toNewHousehold());
            redirect.addFlashAttribute("notice", "household.created");
            return "redirect:/households/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, fields, null, FormErrors.of(e.problems(), NEW_FIELDS, messages, locale));
        }
    }

    @GetMapping("/households/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        HouseholdDetail household = households.get(id);
        mayWrite(households);
        return form(model, HouseholdFields.of(household), household, FormErrors.none());
    }

    @PostMapping("/households/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute HouseholdFields fields, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            households.update(id, fields.toChange());
            redirect.addFlashAttribute("notice", "household.saved");
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, fields, households.get(id), FormErrors.of(e.problems(), EDIT_FIELDS, messages, locale));
        } catch (ConflictException e) {
            // show what is there now; the person makes their change again on top of it
            HouseholdDetail latest = households.get(id);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, HouseholdFields.of(latest), latest,
                    FormErrors.general(messages.getMessage("household.conflict", null, locale)));
        }
    }

    private String form(Model model, HouseholdFields fields, HouseholdDetail existing, FormErrors errors) {
        model.addAttribute("form", fields);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("villages", places.villagesOf(Actor.current()));
        model.addAttribute("residences", Residence.values());
        model.addAttribute("categories", HouseholdCategory.values());
        model.addAttribute("causes", PovertyCause.values());
        return "households/form";
    }

    /** An empty form is no use to someone the registry would refuse: say so before they fill it in. */
    static void mayWrite(Households households) {
        if (!households.permissions().write()) {
            throw new AccessDeniedException("the registry is read-only for this role");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}

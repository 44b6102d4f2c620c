package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.doudi.casework.CaseViews;
import org.doudi.casework.Cases;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.Relation;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One household: its facts, its members and their facts over time, and who belonged to it when. */
@Controller
class HouseholdPageController {

    static final int CASES_SHOWN = 50;

    private final Households households;
    private final Cases cases;
    private final Places places;
    private final Clock clock;

    HouseholdPageController(Households households, Cases cases, Places places, Clock clock) {
        this.households = households;
        this.cases = cases;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/households/{id}")
    String show(@PathVariable long id, Model model) {
        HouseholdDetail household = households.get(id);
        LocalDate today = Today.in(clock);
        Map<Long, Integer> ages = new LinkedHashMap<>();
        for (Member m : household.members()) {
            ages.put(m.personId(), Period.between(m.birthDate(), today).getYears());
        }
        // former members too: a rigid expense may name someone who has left
        Map<Long, String> names = new LinkedHashMap<>();
        household.history().forEach(s -> names.put(s.personId(), s.name()));
        household.members().forEach(m -> names.put(m.personId(), m.name()));
        model.addAttribute("household", household);
        model.addAttribute("head", household.members().stream()
                .filter(m -> m.relation() == Relation.HEAD).findFirst().orElse(null));
        model.addAttribute("regionPath", places.path(household.regionCode()));
        model.addAttribute("ages", ages);
        model.addAttribute("names", names);
        model.addAttribute("registeredAt", LocalDateTime.ofInstant(household.createdAt(), Today.ZONE));
        model.addAttribute("updatedAt", LocalDateTime.ofInstant(household.updatedAt(), Today.ZONE));
        model.addAttribute("today", today);
        model.addAttribute("permissions", households.permissions());
        // the household's applications, newest first (a household has a handful at most)
        model.addAttribute("cases", cases.list(null, null, id, 0, CASES_SHOWN).items().stream()
                .sorted(java.util.Comparator.comparing(CaseViews.Summary::id).reversed()).toList());
        model.addAttribute("mayTakeApplications", IntakeController.mayTakeApplications(Actor.current()));
        return "households/show";
    }
}

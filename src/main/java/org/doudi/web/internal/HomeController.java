package org.doudi.web.internal;

import java.util.List;

import org.doudi.casework.CaseInbox;
import org.doudi.policy.ParameterChanges;
import org.doudi.region.Region;
import org.doudi.region.Regions;
import org.doudi.registry.Households;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who you are, the region you work in, what you may do here. */
@Controller
class HomeController {

    private final Regions regions;
    private final Households households;
    private final ParameterChanges parameters;
    private final CaseInbox inbox;

    HomeController(Regions regions, Households households, ParameterChanges parameters, CaseInbox inbox) {
        this.regions = regions;
        this.households = households;
        this.parameters = parameters;
        this.inbox = inbox;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Actor.current();
        List<Region> path = regions.path(actor.regionCode());
        model.addAttribute("username", actor.username());
        model.addAttribute("region", path.isEmpty() ? null : path.get(path.size() - 1));
        model.addAttribute("regionPath", path);
        model.addAttribute("roles", actor.roles().stream().sorted().map(Role::name).toList());
        model.addAttribute("permissions", households.permissions());
        model.addAttribute("maySetParameters", parameters.maySetParameters());
        model.addAttribute("taskCount", inbox.counts().get(CaseInbox.Tab.TASKS));
        model.addAttribute("mayTakeApplications", IntakeController.mayTakeApplications(actor));
        return "home";
    }
}

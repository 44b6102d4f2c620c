package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.policy.ChangeNotPermitted;
import org.doudi.policy.ParameterChange;
import org.doudi.policy.ParameterChanges;
import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.PolicyParameters;
import org.doudi.region.Region;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposed parameter changes waiting for a second person (maker-checker): the list within the person's
 * region, and one change with what it would replace and the forms to approve, reject (with a reason) or,
 * for its proposer, withdraw it. The policy module decides; when it refuses — one's own proposal, a
 * date that has passed while the change waited, a change already decided — the page says so in plain
 * words and keeps the module's own reason beside them.
 */
@Controller
class ProposalPagesController {

    private static final FormErrors.Fields APPROVE_FIELDS = FormErrors.Fields.of(Set.of("note"), Map.of("reason", "note"));
    private static final FormErrors.Fields REJECT_FIELDS =
            FormErrors.Fields.of(Set.of("rejection"), Map.of("reason", "rejection"));

    /** A change as a row or a page: the change, its parameter's name and unit words, its region's name, its value. */
    record ChangeView(ParameterChange change, String label, String regionName, String value, boolean mine,
                      LocalDateTime proposedAt) {
    }

    private final ParameterChanges changes;
    private final PolicyParameters parameters;
    private final ParameterTexts texts;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    ProposalPagesController(ParameterChanges changes, PolicyParameters parameters, ParameterTexts texts,
                            Regions regions, MessageSource messages, Clock clock) {
        this.changes = changes;
        this.parameters = parameters;
        this.texts = texts;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/parameters/proposals")
    String list(Model model, Locale locale) {
        Map<String, ParameterDefinition> definitions = definitions();
        Map<String, String> regionNames = new HashMap<>();
        List<ChangeView> pending = changes.changes(ParameterChange.Status.PROPOSED).stream()
                .map(c -> view(c, definitions, regionNames, locale)).toList();
        model.addAttribute("pending", pending);
        model.addAttribute("maySet", changes.maySetParameters());
        return "parameters/proposals";
    }

    @GetMapping("/parameters/proposals/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return page(model, changes.change(id), FormErrors.none(), null, null, locale);
    }

    @PostMapping("/parameters/proposals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ParameterChange approved = changes.approve(id, note);
            redirect.addFlashAttribute("notice", "proposal.approved");
            return "redirect:/parameters/" + approved.name() + "?region=" + approved.regionCode();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, changes.change(id), FormErrors.of(e.problems(), APPROVE_FIELDS, messages, locale), note,
                    null, locale);
        } catch (ChangeNotPermitted e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return refused(model, id, "proposal.error.ownApprove", e.getMessage(), note, null, locale);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            ParameterChange change = changes.change(id);
            LocalDate today = Today.in(clock);
            String why = change.status() != ParameterChange.Status.PROPOSED ? decided(change, locale)
                    : change.since().isBefore(today)
                    ? messages.getMessage("proposal.error.retroactive", new Object[] {change.since().toString(),
                            today.toString()}, locale)
                    : messages.getMessage("proposal.error.duplicate", new Object[] {change.since().toString()}, locale);
            return page(model, change, FormErrors.general(why, e.getMessage()), note, null, locale);
        }
    }

    @PostMapping("/parameters/proposals/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(name = "rejection", required = false) String reason, Model model,
                  Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ParameterChange rejected = changes.reject(id, reason);
            redirect.addFlashAttribute("notice", "proposal.rejected");
            return "redirect:/parameters/" + rejected.name() + "?region=" + rejected.regionCode();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, changes.change(id), FormErrors.of(e.problems(), REJECT_FIELDS, messages, locale), null,
                    reason, locale);
        } catch (ChangeNotPermitted e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return refused(model, id, "proposal.error.ownReject", e.getMessage(), null, reason, locale);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            ParameterChange change = changes.change(id);
            return page(model, change, FormErrors.general(decided(change, locale), e.getMessage()), null, reason, locale);
        }
    }

    @PostMapping("/parameters/proposals/{id}/withdraw")
    String withdraw(@PathVariable long id, Model model, Locale locale, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            ParameterChange withdrawn = changes.withdraw(id, null);
            redirect.addFlashAttribute("notice", "proposal.withdrawn");
            return "redirect:/parameters/" + withdrawn.name() + "?region=" + withdrawn.regionCode();
        } catch (ChangeNotPermitted e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return refused(model, id, "proposal.error.notYours", e.getMessage(), null, null, locale);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            ParameterChange change = changes.change(id);
            return page(model, change, FormErrors.general(decided(change, locale), e.getMessage()), null, null, locale);
        }
    }

    private String refused(Model model, long id, String key, String reason, String note, String rejection,
                           Locale locale) {
        return page(model, changes.change(id), FormErrors.general(messages.getMessage(key, null, locale), reason),
                note, rejection, locale);
    }

    private String decided(ParameterChange change, Locale locale) {
        return messages.getMessage("proposal.error.decided", new Object[] {
                messages.getMessage("changeStatus." + change.status().name(), null, locale),
                change.decidedBy() == null ? "" : change.decidedBy()}, locale);
    }

    private String page(Model model, ParameterChange change, FormErrors errors, String note, String reason,
                        Locale locale) {
        Map<String, ParameterDefinition> definitions = definitions();
        ChangeView view = view(change, definitions, new HashMap<>(), locale);
        ParameterDefinition d = definitions.get(change.name());
        model.addAttribute("view", view);
        model.addAttribute("c", change);
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        model.addAttribute("reason", reason);
        model.addAttribute("maySet", changes.maySetParameters());
        model.addAttribute("pendingNow", change.status() == ParameterChange.Status.PROPOSED);
        // what the region would have on the new date without this change: the figure it replaces
        model.addAttribute("replaces", parameters.resolve(change.name(), change.regionCode(), change.since())
                .map(p -> texts.value(p.value(), d == null ? null : d.unit(), locale)).orElse(null));
        return "parameters/proposal";
    }

    private ChangeView view(ParameterChange c, Map<String, ParameterDefinition> definitions,
                            Map<String, String> regionNames, Locale locale) {
        ParameterDefinition d = definitions.get(c.name());
        String unit = d == null ? null : d.unit();
        return new ChangeView(c, texts.label(c.name(), d == null ? null : d.description(), locale),
                regionNames.computeIfAbsent(c.regionCode(), k -> regions.find(k).map(Region::name).orElse(k)),
                texts.value(c.value(), unit, locale), c.proposedBy().equals(Actor.current().username()),
                LocalDateTime.ofInstant(c.proposedAt(), Today.ZONE));
    }

    private Map<String, ParameterDefinition> definitions() {
        return changes.definitions().stream().collect(Collectors.toMap(ParameterDefinition::name, Function.identity()));
    }
}

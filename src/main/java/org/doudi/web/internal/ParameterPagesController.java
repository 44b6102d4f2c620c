package org.doudi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.policy.ParameterChange;
import org.doudi.policy.ParameterChanges;
import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.Proposal;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政策参数: every parameter with the value in force today for a region, one parameter's history over the
 * region and its ancestors (which entry applies, which wait for approval), and the form to propose a
 * new dated value. Who may read which region and who may propose is the policy module's decision; the
 * pages only ask, to offer the right links and forms.
 */
@Controller
class ParameterPagesController {

    /** The page's own field names: "since" and "reason" name other things on other pages' messages. */
    private static final FormErrors.Fields PROPOSAL_FIELDS = FormErrors.Fields.of(
            Set.of("region", "effectiveDate", "value", "basis"),
            Map.of("regionCode", "region", "since", "effectiveDate", "reason", "basis"));

    /** A parameter in the list: what it is, its value in force and where that value comes from. */
    record Row(String name, String label, String value, String entryRegion, LocalDate since, String unit,
               String reference) {
    }

    /** The parameters of one programme (the first part of their names: dibao, tekun, …). */
    record Group(String key, String title, List<Row> rows) {
    }

    /** One entry of a parameter's history, as it went through maker-checker. */
    record HistoryRow(ParameterChange change, String regionName, String value, boolean applies) {
    }

    record ProposalFields(String region, String effectiveDate, String value, String basis) {
    }

    private final ParameterChanges changes;
    private final PolicyParameters parameters;
    private final ParameterTexts texts;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    ParameterPagesController(ParameterChanges changes, PolicyParameters parameters, ParameterTexts texts,
                             Regions regions, MessageSource messages, Clock clock) {
        this.changes = changes;
        this.parameters = parameters;
        this.texts = texts;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/parameters")
    String list(@RequestParam(required = false) String region, Model model, Locale locale) {
        String code = readable(region);
        LocalDate today = Today.in(clock);
        ParameterSnapshot snapshot = parameters.snapshot(code, today);
        List<Region> path = regions.path(code);
        Map<String, String> chain = names(path);
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        for (ParameterDefinition d : changes.definitions()) {
            Optional<ResolvedParameter> p = snapshot.find(d.name());
            Row row = new Row(d.name(), texts.label(d, locale),
                    p.map(r -> texts.value(r.value(), d.unit(), locale)).orElse(null),
                    p.map(r -> chain.getOrDefault(r.regionCode(), r.regionCode())).orElse(null), p.map(ResolvedParameter::since).orElse(null),
                    texts.unit(d.unit(), locale), d.reference());
            byGroup.computeIfAbsent(group(d.name()), k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((key, rows) -> groups.add(new Group(key,
                messages.getMessage("parameterGroup." + key, null, key, locale), rows)));
        model.addAttribute("groups", groups);
        model.addAttribute("region", path.get(path.size() - 1));
        model.addAttribute("regionChoices", readableChoices());
        model.addAttribute("today", today);
        model.addAttribute("maySet", changes.maySetParameters());
        model.addAttribute("pending", changes.changes(ParameterChange.Status.PROPOSED).size());
        return "parameters/list";
    }

    /** The history of a region's figure and its ancestors'; {@code date} marks the entry in force then (today unless given). */
    @GetMapping("/parameters/{name}")
    String show(@PathVariable String name, @RequestParam(required = false) String region,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model, Locale locale) {
        ParameterDefinition d = definition(name);
        String code = readable(region);
        LocalDate today = Today.in(clock);
        LocalDate on = date == null ? today : date;
        Optional<ResolvedParameter> applies = parameters.resolve(name, code, on);
        List<Region> path = regions.path(code);
        Map<String, String> chain = names(path);
        List<HistoryRow> history = changes.history(name, code).stream()
                .map(c -> new HistoryRow(c, chain.getOrDefault(c.regionCode(), c.regionCode()), texts.value(c.value(), d.unit(), locale),
                        applies.isPresent() && c.status() == ParameterChange.Status.APPROVED
                                && c.regionCode().equals(applies.get().regionCode())
                                && c.since().equals(applies.get().since())))
                .toList();
        model.addAttribute("definition", d);
        model.addAttribute("label", texts.label(d, locale));
        model.addAttribute("unit", texts.unit(d.unit(), locale));
        model.addAttribute("region", path.get(path.size() - 1));
        model.addAttribute("regionChoices", readableChoices());
        model.addAttribute("on", on);
        model.addAttribute("isToday", on.equals(today));
        model.addAttribute("applies", applies.map(p -> texts.value(p.value(), d.unit(), locale)).orElse(null));
        model.addAttribute("history", history.stream().filter(h -> h.change().status() != ParameterChange.Status.PROPOSED).toList());
        model.addAttribute("pending", history.stream().filter(h -> h.change().status() == ParameterChange.Status.PROPOSED).toList());
        model.addAttribute("maySet", changes.maySetParameters());
        return "parameters/show";
    }

    @GetMapping("/parameters/{name}/propose")
    String proposeForm(@PathVariable String name, Model model, Locale locale) {
        mayPropose();
        ParameterDefinition d = definition(name);
        return proposeForm(model, d, new ProposalFields(Actor.current().regionCode(), null, null, null), FormErrors.none(),
                locale);
    }

    @PostMapping("/parameters/{name}/propose")
    String propose(@PathVariable String name, @ModelAttribute ProposalFields fields, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        ParameterDefinition d = definition(name);
        try {
            ParameterChange proposed = changes.propose(new Proposal(name, fields.region(), fields.effectiveDate(),
                    fields.value() == null ? null : fields.value().strip(), fields.basis()));
            redirect.addFlashAttribute("notice", "proposal.created");
            return "redirect:/parameters/proposals/" + proposed.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return proposeForm(model, d, fields, FormErrors.of(e.problems(), PROPOSAL_FIELDS, messages, locale), locale);
        }
    }

    private String proposeForm(Model model, ParameterDefinition d, ProposalFields fields, FormErrors errors,
                               Locale locale) {
        model.addAttribute("definition", d);
        model.addAttribute("label", texts.label(d, locale));
        model.addAttribute("unit", texts.unit(d.unit(), locale));
        model.addAttribute("boolean", "boolean".equalsIgnoreCase(d.unit()));
        model.addAttribute("valueHint", valueHint(d.unit()));
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("regionChoices", settableChoices());
        model.addAttribute("today", Today.in(clock));
        String region = fields.region() == null ? Actor.current().regionCode() : fields.region();
        model.addAttribute("current", changes.mayRead(region)
                ? parameters.resolve(d.name(), region, Today.in(clock)).map(p -> texts.value(p.value(), d.unit(), locale))
                        .orElse(null)
                : null);
        return "parameters/propose";
    }

    /** What a value of the unit is written like (the policy module checks it; this only says it first). */
    private static String valueHint(String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("yuan")) {
            return "proposal.valueHint.yuan";
        }
        if (u.equals("rate")) {
            return "proposal.valueHint.rate";
        }
        return u.equals("count") || u.equals("months") ? "proposal.valueHint.whole" : "proposal.valueHint";
    }

    private void mayPropose() {
        if (!changes.maySetParameters()) {
            throw new AccessDeniedException("only county civil-affairs officers and administrators propose parameters");
        }
    }

    private ParameterDefinition definition(String name) {
        return changes.definitions().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("parameter " + name));
    }

    /** The region asked for, or the person's own; one they may not read looks like one that does not exist. */
    private String readable(String region) {
        String code = region == null || region.isBlank() ? Actor.current().regionCode() : region.strip();
        if (!changes.mayRead(code)) {
            throw new NotFoundException("region " + code);
        }
        return code;
    }

    /** The person's region with its ancestors, and the regions below it down to the counties. */
    private List<Region> readableChoices() {
        List<Region> choices = new ArrayList<>(regions.path(Actor.current().regionCode()));
        choices.addAll(below(Actor.current().regionCode()));
        return choices;
    }

    /** Where one may propose: one's own region and the regions below it down to the counties. */
    private List<Region> settableChoices() {
        List<Region> choices = new ArrayList<>();
        regions.find(Actor.current().regionCode()).ifPresent(choices::add);
        choices.addAll(below(Actor.current().regionCode()));
        return choices;
    }

    private List<Region> below(String code) {
        RegionLevel level = RegionLevel.of(code);
        List<Region> found = new ArrayList<>();
        for (RegionLevel l = level.child(); l != null && l.ordinal() <= RegionLevel.COUNTY.ordinal(); l = l.child()) {
            found.addAll(regions.within(RegionScope.of(code), l));
        }
        found.sort(Comparator.comparing(Region::code));
        return found;
    }

    /** Code → name of the regions of a chain: every entry that applies to a region belongs to one of them. */
    private static Map<String, String> names(List<Region> chain) {
        Map<String, String> names = new LinkedHashMap<>();
        chain.forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    private static String group(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}

package org.doudi.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.doudi.audit.AuditLog;
import org.doudi.monitoring.Paged;
import org.doudi.monitoring.RuleBodies;
import org.doudi.monitoring.RuleViews;
import org.doudi.monitoring.RunViews;
import org.doudi.monitoring.ScreeningRules;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening rules' use cases. Writes: the role (403), the rule in sight (404), the rule's region inside the
 * actor's (403: a county does not change the province's rules), the version the author saw (409), the text
 * (400, every field, the expression compiled); then the new row and its audit record, in one transaction.
 */
@Service
@Transactional
class RuleService implements ScreeningRules {

    static final int MAX_SAMPLES = 50;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");
    private static final Set<Role> AUTHORS = EnumSet.of(Role.COUNTY_OFFICER, Role.COUNTY_REVITALISATION,
            Role.ADMINISTRATOR);

    private final RuleStore store;
    private final BuiltInRules builtIns;
    private final ChunkReader reader;
    private final RunService runs;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;

    RuleService(RuleStore store, BuiltInRules builtIns, ChunkReader reader, RunService runs, Regions regions,
                AuditLog audit, Clock clock) {
        this.store = store;
        this.builtIns = builtIns;
        this.reader = reader;
        this.runs = runs;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<RuleViews.Summary> list(Boolean active, int page, int size) {
        RunService.pageProblems(page, size);
        String region = Actor.current().regionCode();
        return new Paged<>(store.list(region, active, page, size), page, size, store.count(region, active));
    }

    @Override
    @Transactional(readOnly = true)
    public RuleViews.Rule get(String code) {
        RuleStore.RuleRow r = visible(code);
        return new RuleViews.Rule(r.code(), r.regionCode(), r.builtIn(), r.activeVersion(), r.latestVersion(),
                store.versions(code), r.version());
    }

    @Override
    public RuleViews.Rule create(RuleBodies.NewRule body) {
        Actor actor = requireAuthor();
        List<FieldProblem> problems = new ArrayList<>();
        String code = body.code() == null ? null : body.code().strip();
        if (code == null || code.isEmpty()) {
            problems.add(new FieldProblem("code", "is required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "must be 3–40 capital letters, digits or _, starting with a letter"));
        }
        String region = body.regionCode() == null || body.regionCode().isBlank() ? actor.regionCode()
                : body.regionCode().strip();
        if (!RegionCodes.isValid(region)) {
            problems.add(new FieldProblem("regionCode", "must be a 12-digit region code"));
        } else if (!RegionScope.of(actor.regionCode()).contains(region) || regions.find(region).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "must be your region or a region inside it"));
        }
        problems.addAll(RuleTexts.problems(body.text(), "text"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        builtIns.ensureInstalled();
        if (store.exists(code)) {
            throw new ConflictException("a rule " + code + " exists already: add a version to it");
        }
        var now = clock.instant();
        store.insertRule(code, region, false, actor.username(), now);
        store.insertVersion(code, 0, body.text(), RuleTexts.quietDays(body.text()), actor.username(), now);
        RuleViews.Rule created = get(code);
        audit.recordWrite("screening-rule.create", "screening-rule", code, region, null, created);
        return created;
    }

    @Override
    public RuleViews.Rule newVersion(String code, RuleBodies.NewVersion body) {
        Actor actor = requireAuthor();
        RuleStore.RuleRow rule = writable(code, actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (body.basedOn() == null) {
            problems.add(new FieldProblem("basedOn", "is required: the latest version you saw"));
        }
        problems.addAll(RuleTexts.problems(body.text(), "text"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RuleViews.Rule before = get(code);
        if (!store.insertVersion(code, body.basedOn(), body.text(), RuleTexts.quietDays(body.text()), actor.username(),
                clock.instant())) {
            throw new ConflictException("rule " + code + " is at version " + rule.latestVersion() + ", not "
                    + body.basedOn() + ": read it again");
        }
        RuleViews.Rule after = get(code);
        audit.recordWrite("screening-rule.new-version", "screening-rule", code, rule.regionCode(), before, after);
        return after;
    }

    @Override
    public RuleViews.Rule activate(String code, RuleBodies.Activation body) {
        Actor actor = requireAuthor();
        RuleStore.RuleRow rule = writable(code, actor);
        if (body.ruleVersion() == null) {
            throw new InvalidInputException("ruleVersion", "is required");
        }
        if (store.version(code, body.ruleVersion()).isEmpty()) {
            throw new InvalidInputException("ruleVersion", "rule " + code + " has versions 1 to "
                    + rule.latestVersion());
        }
        return switchTo(rule, body.ruleVersion(), "screening-rule.activate");
    }

    @Override
    public RuleViews.Rule deactivate(String code) {
        Actor actor = requireAuthor();
        return switchTo(writable(code, actor), null, "screening-rule.deactivate");
    }

    private RuleViews.Rule switchTo(RuleStore.RuleRow rule, Integer version, String action) {
        RuleViews.Rule before = get(rule.code());
        if (!store.setActive(rule.code(), version, rule.version(), clock.instant())) {
            throw new ConflictException("rule " + rule.code() + " was changed at the same moment: read it again");
        }
        RuleViews.Rule after = get(rule.code());
        audit.recordWrite(action, "screening-rule", rule.code(), rule.regionCode(), before, after);
        return after;
    }

    @Override
    public RuleViews.Trial tryOut(RuleBodies.Trial body) {
        Actor actor = Actor.current();
        List<FieldProblem> problems = new ArrayList<>(RuleTexts.problems(body.text(), "text"));
        List<Long> ids = body.householdIds() == null ? List.of() : body.householdIds();
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("householdIds", "name at least one household to try the rule on"));
        } else if (ids.size() > MAX_SAMPLES) {
            problems.add(new FieldProblem("householdIds", "at most " + MAX_SAMPLES + " households"));
        }
        LocalDate asOf = runs.asOf(body.asOf(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RuleEngine.Compiled rule;
        try {
            rule = RuleEngine.compile(body.text().subject(), body.text().expression(), body.text().messageTemplate());
        } catch (RuleEngine.CompileFailed e) {
            throw new IllegalStateException(e); // checked above
        }
        List<Long> unique = List.copyOf(new LinkedHashSet<>(ids));
        List<ScreeningView> views = reader.read(unique, asOf);
        List<FieldProblem> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (views.stream().noneMatch(v -> v.householdId() == id)) {
                missing.add(new FieldProblem("householdIds[" + i + "]", "no household " + id + " in your region"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        List<RuleViews.Sample> samples = new ArrayList<>();
        int matched = 0;
        for (ScreeningView v : views) {
            audit.recordRead("household", Long.toString(v.householdId()), v.regionCode(),
                    "screening view (rule try-out by " + actor.username() + ")");
            try {
                List<RuleViews.Match> matches = RuleEngine.evaluate(rule, v).stream()
                        .map(m -> new RuleViews.Match(m.personId(), m.message())).toList();
                matched += matches.isEmpty() ? 0 : 1;
                samples.add(new RuleViews.Sample(v.householdId(), !matches.isEmpty(), matches, null, v.readable()));
            } catch (RuleEngine.EvaluationFailed e) {
                samples.add(new RuleViews.Sample(v.householdId(), false, List.of(), e.getMessage(), v.readable()));
            }
        }
        return new RuleViews.Trial(views.size(), matched, samples);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the run must be committed before its thread reads it
    public RunViews.Run dryRun(String code, RuleBodies.DryRun body) {
        Actor actor = requireAuthor();
        RuleStore.RuleRow rule = visible(code);
        List<FieldProblem> problems = new ArrayList<>();
        int version = body.ruleVersion() == null ? rule.latestVersion() : body.ruleVersion();
        var row = store.version(code, version);
        if (row.isEmpty()) {
            problems.add(new FieldProblem("ruleVersion", "rule " + code + " has versions 1 to " + rule.latestVersion()));
        }
        String region = body.regionCode() == null || body.regionCode().isBlank()
                ? narrower(rule.regionCode(), actor.regionCode()) : body.regionCode().strip();
        if (!RegionCodes.isValid(region)) {
            problems.add(new FieldProblem("regionCode", "must be a 12-digit region code"));
        } else if (!RegionScope.of(actor.regionCode()).contains(region) || regions.find(region).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "must be your region or a region inside it"));
        }
        LocalDate asOf = runs.asOf(body.asOf(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = runs.createDryRun(region, asOf, row.get().id());
        runs.submit(id);
        return runs.get(id);
    }

    @Override
    @Transactional(readOnly = true)
    public RuleViews.Vocabulary vocabulary() {
        return new RuleViews.Vocabulary(ViewSchema.vocabulary());
    }

    private RuleStore.RuleRow visible(String code) {
        builtIns.ensureInstalled();
        String actorRegion = Actor.current().regionCode();
        RuleStore.RuleRow r = store.find(code).orElseThrow(() -> new NotFoundException("screening rule " + code));
        boolean applies = RegionScope.of(r.regionCode()).contains(actorRegion);
        boolean inside = RegionScope.of(actorRegion).contains(r.regionCode());
        if (!applies && !inside) {
            throw new NotFoundException("screening rule " + code);
        }
        return r;
    }

    private RuleStore.RuleRow writable(String code, Actor actor) {
        RuleStore.RuleRow r = visible(code);
        if (!RegionScope.of(actor.regionCode()).contains(r.regionCode())) {
            throw new AccessDeniedException("rule " + code + " belongs to region " + r.regionCode());
        }
        return r;
    }

    private static Actor requireAuthor() {
        Actor actor = Actor.current();
        if (actor.roles().stream().noneMatch(AUTHORS::contains)) {
            throw new AccessDeniedException("screening rules are written by county officers and administrators");
        }
        return actor;
    }

    /** Of two regions one of which contains the other, the smaller. */
    private static String narrower(String a, String b) {
        return RegionScope.of(a).contains(b) ? b : a;
    }
}

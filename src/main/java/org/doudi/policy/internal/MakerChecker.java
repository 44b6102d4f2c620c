package org.doudi.policy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doudi.audit.AuditLog;
import org.doudi.policy.ChangeNotPermitted;
import org.doudi.policy.ImportOutcome;
import org.doudi.policy.ParameterApproved;
import org.doudi.policy.ParameterChange;
import org.doudi.policy.ParameterChange.Status;
import org.doudi.policy.ParameterChanges;
import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterResolution;
import org.doudi.policy.Proposal;
import org.doudi.region.RegionScope;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maker-checker on parameter entries: one user proposes a dated entry, another approves or rejects
 * it, the proposer may withdraw it. Each step is one transaction with its audit record.
 */
@Service
class MakerChecker implements ParameterChanges {

    private static final int MAX_TEXT = 500;

    private final ParameterStore store;
    private final RegionAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MakerChecker(ParameterStore store, RegionAccess access, AuditLog audit, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<ParameterDefinition> definitions() {
        return store.definitions();
    }

    @Override
    public boolean maySetParameters() {
        return RegionAccess.maySetParameters(Actor.current());
    }

    @Override
    public boolean mayRead(String regionCode) {
        return access.mayRead(Actor.current(), regionCode);
    }

    @Override
    @Transactional
    public ParameterChange propose(Proposal p) {
        Actor actor = setter();
        LocalDate today = Today.in(clock);
        List<FieldProblem> problems = new ArrayList<>();
        ParameterDefinition definition = p.name() == null ? null : store.definition(p.name()).orElse(null);
        if (definition == null) {
            problems.add(new FieldProblem("name", "no parameter is called " + p.name()));
        }
        if (p.regionCode() == null || p.regionCode().isBlank()) {
            problems.add(new FieldProblem("regionCode", "is required"));
        } else if (!access.maySet(actor, p.regionCode())) {
            problems.add(new FieldProblem("regionCode", "is not a region whose parameters you may set"));
        }
        LocalDate since = parseDate(p.since(), problems);
        if (since != null && since.isBefore(today)) {
            problems.add(new FieldProblem("since", "must be today (" + today + ") or later: a parameter's history is "
                    + "never changed retroactively"));
        }
        String value = p.value() == null ? null : p.value().strip();
        if (definition != null) {
            ValueRules.problem(definition.unit(), value).ifPresent(m -> problems.add(new FieldProblem("value", m)));
        }
        String reason = requiredText("reason", p.reason(), "say why, e.g. the document that sets the new figure", problems);
        if (problems.isEmpty() && store.approvedExists(p.name(), p.regionCode(), since)) {
            problems.add(new FieldProblem("since", "an approved entry of " + p.name() + " for " + p.regionCode()
                    + " from " + since + " exists; an approved entry is never overwritten — choose a new date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ParameterEntry entry = new ParameterEntry(p.name(), p.regionCode(), since, value);
        long id = store.insert(List.of(new ParameterStore.NewRow(entry, Status.PROPOSED, reason, actor.username(),
                clock.instant(), null, null))).get(0);
        ParameterChange created = found(id, actor);
        audit.recordWrite("parameter.propose", "parameter_entry", Long.toString(id), entry.regionCode(), null, created);
        return created;
    }

    @Override
    @Transactional
    public ParameterChange approve(long id, String note) {
        Actor actor = setter();
        ParameterChange change = lockUndecided(id, actor);
        if (change.proposedBy().equals(actor.username())) {
            throw new ChangeNotPermitted("You proposed this change yourself; another user must approve it "
                    + "(maker-checker). You may withdraw it instead.");
        }
        LocalDate today = Today.in(clock);
        if (change.since().isBefore(today)) {
            throw new ConflictException("This change takes effect on " + change.since() + ", before today (" + today
                    + "). Approving it would change the history of the parameter retroactively, which is not allowed. "
                    + "Reject it, and propose the new figure from today or a later date.");
        }
        if (store.approvedExists(change.name(), change.regionCode(), change.since())) {
            throw duplicate(change);
        }
        try {
            store.decide(id, Status.APPROVED, actor.username(), clock.instant(), optionalText("reason", note));
        } catch (DuplicateKeyException e) {
            throw duplicate(change);
        }
        ParameterChange approved = found(id, actor);
        audit.recordWrite("parameter.approve", "parameter_entry", Long.toString(id), change.regionCode(), change, approved);
        events.publishEvent(new ParameterApproved(approved.entry()));
        return approved;
    }

    @Override
    @Transactional
    public ParameterChange reject(long id, String reason) {
        Actor actor = setter();
        List<FieldProblem> problems = new ArrayList<>();
        String why = requiredText("reason", reason, "say why the change is rejected", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ParameterChange change = lockUndecided(id, actor);
        if (change.proposedBy().equals(actor.username())) {
            throw new ChangeNotPermitted("You proposed this change yourself; another user decides on it "
                    + "(maker-checker). Withdraw it instead.");
        }
        store.decide(id, Status.REJECTED, actor.username(), clock.instant(), why);
        ParameterChange rejected = found(id, actor);
        audit.recordWrite("parameter.reject", "parameter_entry", Long.toString(id), change.regionCode(), change, rejected);
        return rejected;
    }

    @Override
    @Transactional
    public ParameterChange withdraw(long id, String note) {
        Actor actor = setter();
        ParameterChange change = lockUndecided(id, actor);
        if (!change.proposedBy().equals(actor.username())) {
            throw new ChangeNotPermitted("Only the proposer (" + change.proposedBy() + ") may withdraw this change; "
                    + "approve or reject it instead.");
        }
        store.decide(id, Status.WITHDRAWN, actor.username(), clock.instant(), optionalText("reason", note));
        ParameterChange withdrawn = found(id, actor);
        audit.recordWrite("parameter.withdraw", "parameter_entry", Long.toString(id), change.regionCode(), change,
                withdrawn);
        return withdrawn;
    }

    @Override
    public ParameterChange change(long id) {
        return found(id, Actor.current());
    }

    @Override
    public List<ParameterChange> changes(Status status) {
        return store.withStatus(status, RegionScope.of(Actor.current().regionCode()));
    }

    @Override
    public List<ParameterChange> history(String name, String regionCode) {
        readable(regionCode);
        store.definition(name).orElseThrow(() -> new NotFoundException("parameter " + name));
        return store.history(name, ParameterResolution.regionAndAncestors(regionCode));
    }

    @Override
    @Transactional
    public ImportOutcome importProposals(String regionCode, ParameterFile file, String reason) {
        Actor actor = setter();
        if (!access.maySet(actor, regionCode)) {
            throw new InvalidInputException("region", "is not a region whose parameters you may set");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String why = reason == null || reason.isBlank() ? "import of a parameter file"
                : requiredText("reason", reason, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, ParameterDefinition> known = store.definitions().stream()
                .collect(Collectors.toMap(ParameterDefinition::name, Function.identity()));
        ImportCheck.Plan plan = ImportCheck.plan(file, regionCode, Today.in(clock), known,
                actor.has(Role.ADMINISTRATOR), store.approvedEntriesOf(regionCode),
                store.pendingOf(regionCode).stream().map(ParameterChange::entry).toList());
        Instant now = clock.instant();
        store.insertDefinitions(plan.newDefinitions(), now);
        List<Long> ids = store.insert(plan.toPropose().stream()
                .map(e -> new ParameterStore.NewRow(e, Status.PROPOSED, why, actor.username(), now, null, null))
                .toList());
        List<ParameterChange> proposed = store.byIds(ids);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("reason", why);
        summary.put("newParameters", plan.newDefinitions());
        summary.put("proposed", proposed.stream().map(c -> Map.of("id", c.id(), "entry", c.entry())).toList());
        summary.put("unchanged", plan.unchanged());
        summary.put("alreadyProposed", plan.alreadyProposed());
        audit.recordWrite("parameter.import", "parameter_import", regionCode, regionCode, null, summary);
        return new ImportOutcome(proposed, plan.unchanged(), plan.alreadyProposed());
    }

    @Override
    public ParameterFile exportApproved(String regionCode) {
        readable(regionCode);
        return ParameterFile.of(store.definitions(), store.approvedEntriesOf(regionCode));
    }

    // ---------------------------------------------------------------- helpers

    private static Actor setter() {
        Actor actor = Actor.current();
        if (!RegionAccess.maySetParameters(actor)) {
            throw new AccessDeniedException("only county civil-affairs officers and administrators set parameters");
        }
        return actor;
    }

    private void readable(String regionCode) {
        if (!access.mayRead(Actor.current(), regionCode)) {
            throw new NotFoundException("region " + regionCode);
        }
    }

    private ParameterChange found(long id, Actor actor) {
        return store.find(id, RegionScope.of(actor.regionCode()))
                .orElseThrow(() -> new NotFoundException("parameter change " + id));
    }

    private ParameterChange lockUndecided(long id, Actor actor) {
        ParameterChange change = store.lock(id, RegionScope.of(actor.regionCode()))
                .orElseThrow(() -> new NotFoundException("parameter change " + id));
        if (change.status() != Status.PROPOSED) {
            throw new ConflictException("Change " + id + " was already decided: " + change.status()
                    + " by " + change.decidedBy() + ".");
        }
        return change;
    }

    private static ConflictException duplicate(ParameterChange change) {
        return new ConflictException("An approved entry of " + change.name() + " for " + change.regionCode()
                + " from " + change.since() + " already exists; an approved entry is never overwritten. "
                + "Reject this change and propose the figure from another date.");
    }

    private static LocalDate parseDate(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("since", "is required (the date the value takes effect, e.g. 2027-01-01)"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("since", "is not a date like 2027-01-01: " + text));
            return null;
        }
    }

    private static String requiredText(String field, String text, String hint, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "is required" + (hint.isEmpty() ? "" : ": " + hint)));
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "is longer than " + MAX_TEXT + " characters"));
            return null;
        }
        return text.strip();
    }

    private static String optionalText(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidInputException(field, "is longer than " + MAX_TEXT + " characters");
        }
        return text.strip();
    }
}

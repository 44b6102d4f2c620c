package org.doudi.policy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.audit.AuditLog;
import org.doudi.policy.ParameterApproved;
import org.doudi.policy.ParameterChange.Status;
import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterHistoryLoader;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class HistoryLoader implements ParameterHistoryLoader {

    private final ParameterStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    HistoryLoader(ParameterStore store, AuditLog audit, ApplicationEventPublisher events, java.time.Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean isEmpty() {
        return store.noDefinitions();
    }

    @Override
    @Transactional
    public int loadApproved(ParameterFile file, String source) {
        if (!store.noDefinitions()) {
            throw new IllegalStateException("parameters are defined already; changes go through proposals");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterFile.Parameter p : file.parameters()) {
            for (ParameterEntry e : p.entries()) {
                ValueRules.problem(p.definition().unit(), e.value()).ifPresent(m -> problems.add(new FieldProblem(
                        e.name() + "[" + e.regionCode() + "][" + e.since() + "]", "value " + e.value() + " " + m)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String system = Actor.SYSTEM.username();
        Instant now = clock.instant();
        String reason = "initial history loaded from " + source;
        store.insertDefinitions(file.definitions(), now);
        List<ParameterEntry> entries = file.entries();
        store.insert(entries.stream()
                .map(e -> new ParameterStore.NewRow(e, Status.APPROVED, reason, system, now, system, now))
                .toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source);
        summary.put("parameters", file.definitions().size());
        summary.put("entries", entries);
        audit.recordWrite("parameter.load", "parameter_import", source, null, null, summary);
        entries.forEach(e -> events.publishEvent(new ParameterApproved(e)));
        return entries.size();
    }
}

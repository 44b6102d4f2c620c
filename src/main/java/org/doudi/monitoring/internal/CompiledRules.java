package org.doudi.monitoring.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Compiled programs by rule version id: a version never changes, so it is compiled once per process. */
@Component
class CompiledRules {

    private final Map<Long, RuleEngine.Compiled> cache = new ConcurrentHashMap<>();

    RuleEngine.Compiled of(RuleStore.VersionRow v) {
        return cache.computeIfAbsent(v.id(), id -> {
            try {
                return RuleEngine.compile(v.text().subject(), v.text().expression(), v.text().messageTemplate());
            } catch (RuleEngine.CompileFailed e) {
                // only compiled versions are stored; a library upgrade that broke one must be seen, not skipped
                throw new IllegalStateException("rule " + v.ruleCode() + " v" + v.text().ruleVersion()
                        + " no longer compiles: " + e.getMessage(), e);
            }
        });
    }
}

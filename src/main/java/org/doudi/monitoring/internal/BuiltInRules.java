package org.doudi.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.audit.AuditLog;
import org.doudi.monitoring.RuleBodies;
import org.doudi.monitoring.RuleSubject;
import org.doudi.monitoring.Severity;
import org.doudi.monitoring.WarningKind;
import org.doudi.region.Regions;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Installs the built-in rules of {@code monitoring/built-in-rules.yaml} that are missing, switched on, in the
 * region the schedules screen — once the region exists (the demo loader may add it at the first start). A rule
 * already there is left as its users made it: the file only seeds.
 */
@Component
class BuiltInRules {

    static final String RESOURCE = "/monitoring/built-in-rules.yaml";
    private static final Logger log = LoggerFactory.getLogger(BuiltInRules.class);

    record Definition(String code, RuleBodies.RuleText text) {
    }

    private final RuleStore store;
    private final Regions regions;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String region;
    private volatile boolean installed;

    BuiltInRules(RuleStore store, Regions regions, AuditLog audit, TransactionTemplate tx, Clock clock,
                 ScreeningSettings settings) {
        this.store = store;
        this.regions = regions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.region = settings.region();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        ensureInstalled();
    }

    /** Installs what is missing (cheap once done). */
    synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        if (regions.find(region).isEmpty()) {
            log.info("Built-in screening rules wait for region {} to exist", region);
            return;
        }
        List<Definition> definitions = definitions();
        tx.executeWithoutResult(status -> {
            for (Definition d : definitions) {
                if (store.exists(d.code())) {
                    continue;
                }
                var now = clock.instant();
                String by = Actor.SYSTEM.username();
                store.insertRule(d.code(), region, true, by, now);
                store.insertVersion(d.code(), 0, d.text(), RuleTexts.quietDays(d.text()), by, now);
                store.setActive(d.code(), 1, 1, now);
                audit.recordWrite("screening-rule.install", "screening-rule", d.code(), region, null,
                        store.versions(d.code()).get(0));
            }
        });
        installed = true;
    }

    /** The file's rules, each checked as a person's rule would be: a broken file stops the application. */
    static List<Definition> definitions() {
        List<Map<String, Object>> raw;
        try (InputStream in = BuiltInRules.class.getResourceAsStream(RESOURCE)) {
            raw = new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        List<Definition> out = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            var text = new RuleBodies.RuleText((String) r.get("name"), (String) r.get("description"),
                    RuleSubject.valueOf((String) r.get("subject")), (String) r.get("expression"),
                    Severity.valueOf((String) r.get("severity")), WarningKind.valueOf((String) r.get("kind")),
                    Role.valueOf((String) r.get("ownerRole")), (Integer) r.get("deadlineDays"),
                    (String) r.get("messageTemplate"), (String) r.get("programme"), (Integer) r.get("quietDays"));
            List<FieldProblem> problems = RuleTexts.problems(text, "text");
            if (!problems.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": rule " + r.get("code") + ": " + problems);
            }
            out.add(new Definition((String) r.get("code"), text));
        }
        return out;
    }
}

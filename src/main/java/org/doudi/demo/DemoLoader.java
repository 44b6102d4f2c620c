package org.doudi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.doudi.identity.Users;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterHistoryLoader;
import org.doudi.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once: {@code doudi.demo.load=auto} (the default) on the embedded H2 database
 * only, {@code always} on any database, {@code never} not at all. "Once" means: when the demo
 * province is not in the region table yet; the demo parameter set, when no parameter is defined yet.
 */
@Component
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Regions regions;
    private final Users users;
    private final ParameterHistoryLoader parameters;
    private final String mode;
    private final String dbUrl;

    DemoLoader(Regions regions, Users users, ParameterHistoryLoader parameters,
               @Value("${doudi.demo.load:auto}") String mode, @Value("${spring.datasource.url}") String dbUrl) {
        this.regions = regions;
        this.users = users;
        this.parameters = parameters;
        this.mode = mode;
        this.dbUrl = dbUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> dbUrl.startsWith("jdbc:h2:");
        };
        if (!wanted) {
            return;
        }
        if (regions.find(DemoRegions.PROVINCE).isEmpty()) {
            int added = regions.addMissing(DemoRegions.all());
            DemoUsers.all().forEach(users::createIfMissing);
            log.info("Demo data loaded: {} regions, {} users", added, DemoUsers.all().size());
        }
        if (parameters.isEmpty()) {
            loadDemoParameters();
        }
    }

    /** The demo parameter set of DOMAIN.md, as approved history: the figures every worked case uses. */
    private void loadDemoParameters() {
        String source = "policy/demo-parameters.yaml";
        try (var in = new ClassPathResource(source).getInputStream()) {
            int entries = parameters.loadApproved(ParameterFile.read(in), source);
            log.info("Demo parameters loaded: {} entries", entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

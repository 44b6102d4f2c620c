package org.doudi.demo;

import org.doudi.identity.Users;
import org.doudi.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once: {@code doudi.demo.load=auto} (the default) on the embedded H2 database
 * only, {@code always} on any database, {@code never} not at all. "Once" means: when the demo
 * province is not in the region table yet.
 */
@Component
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Regions regions;
    private final Users users;
    private final String mode;
    private final String dbUrl;

    DemoLoader(Regions regions, Users users, @Value("${doudi.demo.load:auto}") String mode,
               @Value("${spring.datasource.url}") String dbUrl) {
        this.regions = regions;
        this.users = users;
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
        if (!wanted || regions.find(DemoRegions.PROVINCE).isPresent()) {
            return;
        }
        int added = regions.addMissing(DemoRegions.all());
        DemoUsers.all().forEach(users::createIfMissing);
        log.info("Demo data loaded: {} regions, {} users", added, DemoUsers.all().size());
    }
}

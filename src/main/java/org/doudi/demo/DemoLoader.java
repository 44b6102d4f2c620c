package org.doudi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.doudi.identity.Users;
import org.doudi.policy.ParameterFile;
import org.doudi.policy.ParameterHistoryLoader;
import org.doudi.region.Regions;
import org.doudi.registry.GenerationProgress;
import org.doudi.registry.GenerationRefusedException;
import org.doudi.registry.GenerationReport;
import org.doudi.registry.GenerationTarget;
import org.doudi.registry.PopulationSpec;
import org.doudi.registry.SyntheticPopulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data: {@code doudi.demo.load=auto} (the default) on the embedded H2 database
 * only, {@code always} on any database, {@code never} not at all. The region tree is loaded when
 * the demo province is not in the region table yet, the demo users when they are missing (also on a
 * database whose regions {@code generate} wrote); the demo parameter set when no
 * parameter is defined yet; the population of {@code doudi.demo.households} households (seed
 * {@code doudi.demo.seed}) over 示范市 on every start of the web application until it is complete —
 * a start interrupted while generating finishes the job next time, a complete population is left as
 * it is. Command-line runs add no population.
 */
@Component
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Regions regions;
    private final Users users;
    private final ParameterHistoryLoader parameters;
    private final SyntheticPopulation population;
    private final String mode;
    private final String dbUrl;
    private final long households;
    private final long seed;
    private final boolean commandLine;

    DemoLoader(Regions regions, Users users, ParameterHistoryLoader parameters, SyntheticPopulation population,
               Environment environment, @Value("${doudi.demo.load:auto}") String mode,
               @Value("${spring.datasource.url}") String dbUrl,
               @Value("${doudi.demo.households:2000}") long households, @Value("${doudi.demo.seed:20261122}") long seed) {
        this.regions = regions;
        this.users = users;
        this.parameters = parameters;
        this.population = population;
        this.mode = mode;
        this.dbUrl = dbUrl;
        this.households = households;
        this.seed = seed;
        this.commandLine = environment.acceptsProfiles(Profiles.of("cli"));
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
            log.info("Demo regions loaded: {}", regions.addMissing(DemoRegions.all()));
        }
        // also where the regions came another way (generate adds them first): the demo users are how anyone signs in
        long usersAdded = DemoUsers.all().stream().filter(users::createIfMissing).count();
        if (usersAdded > 0) {
            log.info("Demo users loaded: {}", usersAdded);
        }
        if (parameters.isEmpty()) {
            loadDemoParameters();
        }
        // a command (generate, audit verify …) leaves the database as it asked for; the web start adds the population
        if (households > 0 && !commandLine) {
            loadPopulation();
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

    private void loadPopulation() {
        try {
            GenerationReport report = population.generate(PopulationSpec.of(households, seed, DemoRegions.CITY),
                    GenerationTarget.database(), GenerationProgress.NONE);
            if (report.householdsWritten() > 0) {
                log.info("Demo population generated: {} households, {} rows in {} ms (seed {})",
                        report.householdsWritten(), report.totalRows(), report.elapsed().toMillis(), seed);
            }
        } catch (GenerationRefusedException e) {
            log.warn("Demo population not generated: {}", e.getMessage());
        }
    }
}

package org.doudi;

import org.doudi.shared.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Doudi runs as a web application, or — when the first argument names a command such as
 * {@code generate} or {@code audit verify} — as a one-shot command line tool on the same
 * configuration and database.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class DoudiApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(DoudiApplication.class, args));
        }
        SpringApplication.run(DoudiApplication.class, args);
    }
}

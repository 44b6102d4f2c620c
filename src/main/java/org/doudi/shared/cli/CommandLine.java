package org.doudi.shared.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context without a web server and hands the arguments to a {@link Command}. */
public final class CommandLine {

    /** First words that select a command rather than the web application. */
    private static final Set<String> COMMAND_WORDS = Set.of("generate", "audit", "feed", "calendar", "reviews", "screen", "payroll", "help");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND_WORDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setAdditionalProfiles("cli");
        try (ConfigurableApplicationContext context = app.run()) {
            List<Command> commands = context.getBeansOfType(Command.class).values().stream()
                    .sorted(Comparator.comparing(Command::name)).toList();
            String line = String.join(" ", args);
            Command chosen = commands.stream()
                    .filter(c -> line.equals(c.name()) || line.startsWith(c.name() + " "))
                    .max(Comparator.comparingInt(c -> c.name().length()))
                    .orElse(null);
            if (chosen == null) {
                System.err.println("Usage: java -jar doudi.jar <command>");
                commands.forEach(c -> System.err.println("  " + c.usage()));
                return args[0].equals("help") ? 0 : 2;
            }
            int words = chosen.name().split(" ").length;
            List<String> rest = Arrays.asList(args).subList(words, args.length);
            return chosen.run(rest, System.out);
        } catch (Exception e) {
            System.err.println("Failed: " + e.getMessage());
            return 1;
        }
    }
}

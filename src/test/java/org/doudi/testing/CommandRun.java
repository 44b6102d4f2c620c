package org.doudi.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.doudi.shared.cli.Command;

/** A command of the jar run in-process, as {@code java -jar doudi.jar NAME ARGS…} runs it: its exit code and output. */
public record CommandRun(int exitCode, String output) {

    /** Runs the command called {@code name} among {@code commands} (the application's, injected) with {@code args}. */
    public static CommandRun of(List<Command> commands, String name, String... args) throws Exception {
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            code = command.run(List.of(args), out);
        }
        return new CommandRun(code, bytes.toString(StandardCharsets.UTF_8));
    }
}

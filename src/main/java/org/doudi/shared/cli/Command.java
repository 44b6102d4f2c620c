package org.doudi.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar doudi.jar <name> [args]}. Modules contribute commands as beans;
 * the command runs inside the full application context, without the web server.
 */
public interface Command {

    /** The words that select this command, e.g. {@code "generate"} or {@code "audit verify"}. */
    String name();

    /** One line for the usage message. */
    String usage();

    /** Runs the command; the return value is the process exit code. */
    int run(List<String> args, PrintStream out) throws Exception;
}

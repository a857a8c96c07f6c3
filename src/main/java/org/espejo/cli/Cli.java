package org.espejo.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar espejo.jar <command> …}: the core from the command line, without Spring.
 * Each command is a picocli {@code Callable<Integer>} in this package.
 */
@Command(name = "java -jar target/espejo.jar",
        description = "Espejo: Spanish ↔ English translation comparison. Without a command, starts the web application.",
        mixinStandardHelpOptions = true,
        subcommands = {
                ExtractCommand.class,
                DetectCommand.class,
                AlignCommand.class,
                EvalCommand.class,
                AnchorsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Cli {

    private static final Set<String> HELP = Set.of("help", "--help", "-h", "--version", "-V");

    /** Whether {@code word} names a command (or asks for help) rather than a Spring argument. */
    public static boolean isCommand(String word) {
        return HELP.contains(word) || new CommandLine(new Cli()).getSubcommands().containsKey(word);
    }

    /** Runs the command line; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // before any library logs: their messages go to standard error, not into a command's output
        System.setProperty("logback.configurationFile",
                System.getProperty("logback.configurationFile", "org/espejo/cli/logback-cli.xml"));
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return commandLine.execute(args);
    }
}

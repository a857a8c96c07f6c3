package org.espejo.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar espejo.jar <command> …}: the core from the command line, without Spring.
 * Each command is a picocli {@code Callable<Integer>} in this package.
 *
 * <p>Only the command that is run is given to picocli (all of them for help and for words
 * that name none): reading the annotations of every command costs start-up time, and enough
 * reflective calls make the JDK generate accessor classes, which the class loader then looks
 * for in every jar of the class path.
 */
@Command(name = "java -jar target/espejo.jar",
        description = "Espejo: Spanish ↔ English translation comparison. Without a command, starts the web application.",
        mixinStandardHelpOptions = true)
public final class Cli {

    private static final Set<String> HELP = Set.of("help", "--help", "-h", "--version", "-V");

    /** The commands, in the order the help lists them ({@code help} last). */
    private static final List<Class<?>> COMMANDS = List.of(
            ExtractCommand.class,
            DetectCommand.class,
            AlignCommand.class,
            EvalCommand.class,
            AnchorsCommand.class,
            CheckCommand.class,
            CommandLine.HelpCommand.class);

    /** Whether {@code word} names a command (or asks for help) rather than a Spring argument. */
    public static boolean isCommand(String word) {
        return HELP.contains(word) || COMMANDS.stream().anyMatch(command -> names(command).contains(word));
    }

    /** Runs the command line; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // before any library logs: their messages go to standard error, not into a command's output
        System.setProperty("logback.configurationFile",
                System.getProperty("logback.configurationFile", "org/espejo/cli/logback-cli.xml"));
        // picocli otherwise looks up groovy.lang.Closure, which is absent: in the jar a missing class
        // makes the class loader search every jar of the class path
        System.setProperty("picocli.disable.closures", System.getProperty("picocli.disable.closures", "true"));
        CommandLine commandLine = commandLine(args.length > 0 ? args[0] : "");
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return commandLine.execute(args);
    }

    /** The command line with the command {@code first} names, or with all commands when it names none or help. */
    private static CommandLine commandLine(String first) {
        CommandLine commandLine = new CommandLine(new Cli());
        boolean named = !HELP.contains(first) && COMMANDS.stream().anyMatch(command -> names(command).contains(first));
        for (Class<?> command : COMMANDS) {
            if (!named || names(command).contains(first)) {
                commandLine.addSubcommand(command);
            }
        }
        return commandLine;
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null) {
            return List.of();
        }
        String[] names = Arrays.copyOf(annotation.aliases(), annotation.aliases().length + 1);
        names[names.length - 1] = annotation.name();
        return List.of(names);
    }
}

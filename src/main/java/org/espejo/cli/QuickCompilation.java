package org.espejo.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Asks the running JVM to compile this process's code with its quick compiler only.
 *
 * <p>A command such as {@code align} runs for a few seconds in a fresh JVM. HotSpot's
 * optimising compiler (C2) would spend more CPU time compiling the aligner's loops than the
 * compiled loops save before the process ends — on a two-core machine it took as much CPU as
 * the alignment itself and competed with it for the cores. {@code java -jar} cannot be given
 * JVM options, so the command adds a compiler directive ({@code Compiler.directives_add}, the
 * diagnostic command {@code jcmd} sends) that leaves every method to the quick compiler (C1),
 * as {@code -XX:TieredStopAtLevel=1} would. The manifest opens the JDK package this needs
 * ({@code Add-Opens: jdk.management/com.sun.management.internal}).
 *
 * <p>Best effort: on a JVM without that command or package the process runs with its default
 * compilers, unchanged in behaviour. Only the speed of the run differs, never its output.
 */
public final class QuickCompilation {

    /** Every method: no compilation by C2. */
    static final String DIRECTIVES = "[{match: \"*.*\", c2: {Exclude: true}}]";
    /** Commands that run for seconds in a fresh JVM. */
    private static final Set<String> SHORT_RUNS = Set.of("align");

    private QuickCompilation() {
    }

    /**
     * For a short command, adds the directive (a few tens of milliseconds); call first thing in
     * {@code main}, before the command line is read, so that little is compiled by C2 before.
     */
    public static void requestFor(String[] args) {
        if (args.length > 0 && SHORT_RUNS.contains(args[0])) {
            request();
        }
    }

    /** Adds the directive; returns whether the JVM accepted it. */
    static boolean request() {
        Path file = null;
        try {
            // not Files.createTempFile: its random name costs the start-up of the security providers
            file = Path.of(System.getProperty("java.io.tmpdir"),
                    "espejo-compiler-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".json");
            Files.writeString(file, DIRECTIVES, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return execute("Compiler.directives_add " + file).contains("1 compiler directives added");
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        } finally {
            deleteQuietly(file);
        }
    }

    /** Runs a diagnostic command ({@code jcmd} syntax) in this JVM; returns its output. */
    static String execute(String command) throws ReflectiveOperationException {
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        // its initialiser loads the native library that runs diagnostic commands
        Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, platform);
        Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl", true, platform);
        Method instance = impl.getDeclaredMethod("getDiagnosticCommandMBean");
        instance.setAccessible(true);
        Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
        execute.setAccessible(true);
        return String.valueOf(execute.invoke(instance.invoke(null), command));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}

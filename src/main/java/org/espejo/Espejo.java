package org.espejo;

import org.espejo.cli.Cli;
import org.espejo.cli.QuickCompilation;

/**
 * The jar's entry point. With a command ({@code align}, {@code extract}, {@code detect},
 * {@code eval}, …) it runs the core from the command line without starting Spring;
 * without one it starts the web application.
 */
public final class Espejo {

    private Espejo() {
    }

    public static void main(String[] args) {
        QuickCompilation.requestFor(args);
        if (args.length > 0 && Cli.isCommand(args[0])) {
            int status = Cli.run(args, System.out, System.err);
            System.exit(status);
        }
        EspejoApplication.start(args);
    }
}

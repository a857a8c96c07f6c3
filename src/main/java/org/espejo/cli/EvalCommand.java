package org.espejo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the eval command is written. */
@Command(name = "eval", description = "(not yet available)")
final class EvalCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 1;
    }
}

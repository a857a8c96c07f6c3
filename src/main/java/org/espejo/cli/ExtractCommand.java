package org.espejo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the extract command is written. */
@Command(name = "extract", description = "(not yet available)")
final class ExtractCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 1;
    }
}

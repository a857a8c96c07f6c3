package org.espejo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the align command is written. */
@Command(name = "align", description = "(not yet available)")
final class AlignCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 1;
    }
}

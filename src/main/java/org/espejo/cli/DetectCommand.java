package org.espejo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the detect command is written. */
@Command(name = "detect", description = "(not yet available)")
final class DetectCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 1;
    }
}

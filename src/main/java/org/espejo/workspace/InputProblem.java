package org.espejo.workspace;

import java.util.List;
import java.util.Objects;

/**
 * An expected problem with what the user gave or did, carrying everything the UI needs to
 * explain it: the {@link Problem}, the file concerned (or an empty string) and message
 * arguments. Nothing was saved when it is thrown.
 */
public class InputProblem extends RuntimeException {

    private final Problem problem;
    private final String fileName;
    private final List<Object> arguments;

    public InputProblem(Problem problem, String fileName, List<?> arguments, Throwable cause) {
        super(problem + (fileName.isEmpty() ? "" : " (" + fileName + ")"), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.arguments = List.copyOf(arguments);
    }

    public InputProblem(Problem problem, String fileName, List<?> arguments) {
        this(problem, fileName, arguments, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The file the problem is about, or an empty string. */
    public String fileName() {
        return fileName;
    }

    /** Arguments for the message, after the file name ({0} is always the file name). */
    public List<Object> arguments() {
        return arguments;
    }
}

package org.espejo.ingest;

import java.util.Objects;

/**
 * An expected extraction failure with a reason the UI can explain. The detail is for logs and
 * the command line; users see the message for {@link #failure()} in their language.
 */
public class ExtractionException extends Exception {

    private final ExtractionFailure failure;
    private final String fileName;

    public ExtractionException(ExtractionFailure failure, String fileName, String detail, Throwable cause) {
        super(fileName + ": " + failure + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    public ExtractionException(ExtractionFailure failure, String fileName, String detail) {
        this(failure, fileName, detail, null);
    }

    public ExtractionFailure failure() {
        return failure;
    }

    public String fileName() {
        return fileName;
    }
}

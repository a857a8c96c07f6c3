package org.espejo.ingest;

import java.util.Objects;

/**
 * An expected extraction failure with a reason the UI can explain. The detail is for logs and
 * the command line; users see the message for {@link #failure()} in their language.
 */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExtractionFailure failure;
    private final String fileName;
    private final String detail;

    public ExtractionException(ExtractionFailure failure, String fileName, String detail, Throwable cause) {
        super(fileName + ": " + failure + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.detail = detail == null ? "" : detail;
    }

    public ExtractionException(ExtractionFailure failure, String fileName, String detail) {
        this(failure, fileName, detail, null);
    }

    /** Why extraction failed. */
    public ExtractionFailure failure() {
        return failure;
    }

    /** The name of the file that failed. */
    public String fileName() {
        return fileName;
    }

    /** A technical detail (for logs and the command line), or an empty string. */
    public String detail() {
        return detail;
    }
}

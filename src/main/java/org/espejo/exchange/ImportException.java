package org.espejo.exchange;

import java.util.Objects;

/** A file that {@link Importer} cannot open as a bitext, with the reason and a detail message. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportFailure reason;

    public ImportException(ImportFailure reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ImportException(ImportFailure reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ImportFailure reason() {
        return reason;
    }
}

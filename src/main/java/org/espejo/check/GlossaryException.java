package org.espejo.check;

/**
 * A glossary file that cannot be read, with a reason the UI can explain and the line or
 * element where reading stopped in the detail.
 */
public class GlossaryException extends Exception {

    /** Why the glossary could not be read. */
    public enum Reason {
        /** Neither CSV/TSV nor TBX. */
        UNSUPPORTED,
        /** The file is not well-formed (broken CSV quoting, malformed XML). */
        MALFORMED,
        /** Readable, but no usable entry in it. */
        EMPTY
    }

    private final Reason reason;

    public GlossaryException(Reason reason, String detail, Throwable cause) {
        super(reason + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.reason = reason;
    }

    public GlossaryException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}

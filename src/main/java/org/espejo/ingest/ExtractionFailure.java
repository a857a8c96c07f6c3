package org.espejo.ingest;

/** Why a file could not be turned into paragraphs; each reason has its own user message. */
public enum ExtractionFailure {
    /** The file has no bytes. */
    EMPTY,
    /** The file has bytes but no text paragraphs (e.g. a scanned PDF, blank pages). */
    NO_TEXT,
    /** A format Espejo does not read. */
    UNSUPPORTED,
    /** The file claims a format but cannot be read as it. */
    CORRUPT,
    /** The file is password-protected. */
    ENCRYPTED,
    /** The file is over the configured byte limit. */
    TOO_LARGE,
    /** The extracted text is over the configured character limit. */
    TOO_MUCH_TEXT,
    /** Parsing took longer than the configured time limit. */
    TIMEOUT,
    /** Embedded documents nested too deep or too many (a "zip bomb"). */
    EMBEDDED_LIMIT
}

package org.espejo.ingest;

/**
 * Why a file could not be turned into paragraphs. Each reason has its own message for the user;
 * none of them leaves a partly extracted document behind.
 */
public enum ExtractionFailure {
    /** The file has no bytes. */
    EMPTY,
    /** The file has bytes but no text paragraphs (e.g. a scanned PDF, blank pages). */
    NO_TEXT,
    /** A format Espejo does not read (an image, a spreadsheet, an archive…). */
    UNSUPPORTED,
    /** The file claims a format but cannot be read as it (damaged, truncated, or not what its name says). */
    CORRUPT,
    /** The file is password-protected. */
    ENCRYPTED,
    /** The file is over the configured byte limit. */
    TOO_LARGE,
    /** The extracted text is over the configured character limit. */
    TOO_MUCH_TEXT,
    /** One paragraph is over the configured paragraph length (e.g. a huge file on a single line). */
    PARAGRAPH_TOO_LONG,
    /** Parsing took longer than the configured time limit. */
    TIMEOUT,
    /**
     * The file looks built to exhaust the reader (a "bomb"): it expands to far more than its own
     * size, holds too many embedded documents, or nests elements or documents too deeply.
     */
    EMBEDDED_LIMIT
}

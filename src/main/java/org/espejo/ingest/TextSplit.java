package org.espejo.ingest;

/**
 * How plain text is cut into paragraphs. {@link #AUTO}: blank-line separated blocks when the
 * text has blank lines (a block's lines joined with a space), otherwise one paragraph per
 * non-empty line.
 */
public enum TextSplit {
    AUTO,
    BLANK,
    LINE
}

package org.espejo.ingest;

/**
 * How plain text (.txt files and pasted text) is cut into paragraphs. Other formats have
 * paragraphs of their own and ignore it.
 */
public enum TextSplit {
    /** {@link #BLANK} when a blank line separates two lines of text, else {@link #LINE}. */
    AUTO,
    /** A paragraph is a block of lines between blank lines; its lines are joined with a space. */
    BLANK,
    /** Every non-blank line is a paragraph. */
    LINE
}

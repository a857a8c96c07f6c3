package org.espejo.ingest;

import java.util.Objects;
import org.espejo.text.ParagraphKind;

/**
 * A block of text found in a document, before clean-up: one paragraph to be.
 *
 * @param text the raw text; for PDFs its lines are separated by {@code '\n'}
 * @param kind what the block is in the document's structure
 * @param page the 0-based page it was found on, or {@link #NO_PAGE} for formats without pages
 */
record Block(String text, ParagraphKind kind, int page) {

    static final int NO_PAGE = -1;

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    Block(String text, ParagraphKind kind) {
        this(text, kind, NO_PAGE);
    }
}

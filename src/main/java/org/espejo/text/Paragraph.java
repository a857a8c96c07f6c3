package org.espejo.text;

import java.util.Objects;

/**
 * One paragraph of a document, as extraction found it.
 *
 * @param index 0-based position in its document; the numbering {@code extract} prints
 * @param text  the paragraph's text: NFC, one line, never blank
 * @param kind  heading, body, list item, quote or table cell
 */
public record Paragraph(int index, String text, ParagraphKind kind) {

    public Paragraph {
        if (index < 0) {
            throw new IllegalArgumentException("negative paragraph index " + index);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** A body paragraph. */
    public static Paragraph body(int index, String text) {
        return new Paragraph(index, text, ParagraphKind.BODY);
    }
}

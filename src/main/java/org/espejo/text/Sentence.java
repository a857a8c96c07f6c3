package org.espejo.text;

import java.util.Objects;

/**
 * One sentence of a paragraph.
 *
 * @param paragraph the index of the paragraph it belongs to
 * @param index     0-based position of the sentence inside its paragraph
 * @param span      where it lies in the paragraph's text (trimmed)
 * @param text      the sentence's text, {@code span.of(paragraphText)}
 */
public record Sentence(int paragraph, int index, Span span, String text) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (paragraph < 0 || index < 0) {
            throw new IllegalArgumentException("negative index");
        }
    }
}

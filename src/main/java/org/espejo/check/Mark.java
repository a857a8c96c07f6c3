package org.espejo.check;

import java.util.Objects;
import org.espejo.text.Span;

/**
 * A place a finding points at: characters of one paragraph on one side.
 *
 * @param paragraph the paragraph's index in its document (the numbering {@code extract} prints)
 * @param span      the characters inside that paragraph's text
 */
public record Mark(int paragraph, Span span) {

    public Mark {
        if (paragraph < 0) {
            throw new IllegalArgumentException("negative paragraph index " + paragraph);
        }
        Objects.requireNonNull(span, "span");
    }

    public static Mark of(int paragraph, int start, int end) {
        return new Mark(paragraph, new Span(start, end));
    }
}

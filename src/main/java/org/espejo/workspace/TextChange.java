package org.espejo.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a paragraph's text: who, when, before and after.
 *
 * @param side      which document
 * @param paragraph the paragraph's index
 * @param before    the text before
 * @param after     the text after
 * @param author    who changed it
 * @param at        when
 */
public record TextChange(Side side, int paragraph, String before, String after, String author, Instant at) {

    public TextChange {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }
}

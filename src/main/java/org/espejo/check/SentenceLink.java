package org.espejo.check;

import java.util.Objects;
import org.espejo.align.Range;

/**
 * A sentence-level pairing inside a row. Sentences are numbered per row in reading order over
 * the row's paragraphs (index 0 is the first sentence of the row's first paragraph on that
 * side), as in the groups of the sentence aligner's output.
 *
 * @param left  the left sentences (empty: the right sentences have no counterpart)
 * @param right the right sentences (empty: the left sentences have no counterpart)
 */
public record SentenceLink(Range left, Range right) {

    public SentenceLink {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.isEmpty() && right.isEmpty()) {
            throw new IllegalArgumentException("a sentence link needs at least one sentence");
        }
    }

    public boolean isOneToOne() {
        return left.size() == 1 && right.size() == 1;
    }

    public boolean isGap() {
        return left.isEmpty() || right.isEmpty();
    }
}

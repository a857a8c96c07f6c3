package org.espejo.align;

import java.util.List;
import java.util.Objects;

/**
 * The sentence level of a two-level alignment.
 *
 * @param groups    one alignment per paragraph bead, in the same order, over the sentences of
 *                  that bead only (index 0 is the first sentence of the bead's first paragraph)
 * @param sentences the same beads over all sentences of each document, numbered in reading
 *                  order across paragraphs
 */
public record SentenceAlignment(List<Alignment> groups, Alignment sentences) {

    public SentenceAlignment {
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        Objects.requireNonNull(sentences, "sentences");
    }
}

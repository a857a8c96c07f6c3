package org.espejo.check;

import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * What the checks read: two versions of a story, aligned into rows. Independent of how the
 * alignment was made or stored; build one with {@link StoryBuilder}, or directly from stored
 * rows.
 *
 * @param leftLang  the language of the left side ({@link Lang#UNKNOWN} if not known)
 * @param rightLang the language of the right side
 * @param rows      the aligned rows in document order; row {@code i} has index {@code i}
 */
public record AlignedStory(Lang leftLang, Lang rightLang, List<StoryRow> rows) {

    public AlignedStory {
        Objects.requireNonNull(leftLang, "leftLang");
        Objects.requireNonNull(rightLang, "rightLang");
        rows = List.copyOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() != i) {
                throw new IllegalArgumentException("row " + i + " has index " + rows.get(i).index());
            }
        }
    }

    /** The language of one side. */
    Lang lang(Side side) {
        return side == Side.LEFT ? leftLang : rightLang;
    }
}

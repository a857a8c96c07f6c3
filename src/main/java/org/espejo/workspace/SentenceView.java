package org.espejo.workspace;

import java.util.Objects;
import org.espejo.text.Lang;

/**
 * A sentence of a paragraph as the UI shows it.
 *
 * @param start          first character in the paragraph's text
 * @param end            end (exclusive) in the paragraph's text
 * @param lang           its detected language ({@link Lang#UNKNOWN} when too short to call)
 * @param langConfidence confidence of that detection, in [0, 1]
 */
public record SentenceView(int start, int end, Lang lang, double langConfidence) {

    public SentenceView {
        Objects.requireNonNull(lang, "lang");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}

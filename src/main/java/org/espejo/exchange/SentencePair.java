package org.espejo.exchange;

import java.util.Objects;

/**
 * One sentence-level group inside a row: the source sentences and the target sentences that
 * translate each other, each side joined with single spaces. One side is empty for a 1-0 or
 * 0-1 sentence group.
 *
 * @param source the source sentences, or {@code ""}
 * @param target the target sentences, or {@code ""}
 */
public record SentencePair(String source, String target) {

    public SentencePair {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.isBlank() && target.isBlank()) {
            throw new IllegalArgumentException("a sentence pair needs text on at least one side");
        }
    }

    /** Whether one side is empty (an omitted or added sentence). */
    public boolean isGap() {
        return source.isBlank() || target.isBlank();
    }
}

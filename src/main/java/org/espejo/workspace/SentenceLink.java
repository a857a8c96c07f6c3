package org.espejo.workspace;

/**
 * A pairing of sentences inside one row. Sentences are numbered from 0 across the row's
 * paragraphs on each side (the first sentence of the row's first paragraph is 0); the ranges
 * are half-open and one side is empty for a sentence without counterpart.
 */
public record SentenceLink(int leftStart, int leftEnd, int rightStart, int rightEnd, double confidence) {

    public SentenceLink {
        if (leftStart < 0 || leftEnd < leftStart || rightStart < 0 || rightEnd < rightStart) {
            throw new IllegalArgumentException("bad sentence link");
        }
    }

    public boolean isGap() {
        return leftStart == leftEnd || rightStart == rightEnd;
    }
}

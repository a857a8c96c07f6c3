package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One aligned group of a story: the left paragraphs, the right paragraphs (either side may be
 * empty: a paragraph without counterpart), the sentence links inside the group, and how the
 * pairing was made.
 *
 * @param index      0-based position of the row in the story
 * @param left       the left paragraphs, in order
 * @param right      the right paragraphs, in order
 * @param links      sentence links over the row's sentences; empty when not sentence-aligned
 * @param pairing    automatic, confirmed or edited
 * @param confidence the aligner's confidence in [0, 1] (1 for a user's pairing)
 */
public record StoryRow(int index, List<Passage> left, List<Passage> right, List<SentenceLink> links,
                       Pairing pairing, double confidence) {

    public StoryRow {
        if (index < 0) {
            throw new IllegalArgumentException("negative row index " + index);
        }
        left = List.copyOf(left);
        right = List.copyOf(right);
        links = List.copyOf(links);
        Objects.requireNonNull(pairing, "pairing");
        if (left.isEmpty() && right.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one paragraph");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        int leftCount = sentenceCount(left);
        int rightCount = sentenceCount(right);
        for (SentenceLink link : links) {
            if (link.left().end() > leftCount || link.right().end() > rightCount) {
                throw new IllegalArgumentException("sentence link " + link + " outside the row");
            }
        }
    }

    /** Whether one side is empty. */
    public boolean isGap() {
        return left.isEmpty() || right.isEmpty();
    }

    /** The paragraphs of one side. */
    List<Passage> side(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** The sentences of one side in reading order, numbered as the links number them. */
    List<RowSentence> sentences(Side side) {
        List<RowSentence> all = new ArrayList<>();
        for (Passage p : side(side)) {
            for (int i = 0; i < p.sentences().size(); i++) {
                all.add(new RowSentence(all.size(), p, i));
            }
        }
        return all;
    }

    /** The row's text on one side, paragraphs joined by a space. */
    String text(Side side) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : side(side)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    private static int sentenceCount(List<Passage> passages) {
        return passages.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}

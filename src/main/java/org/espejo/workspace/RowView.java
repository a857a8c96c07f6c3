package org.espejo.workspace;

import java.util.List;
import java.util.Objects;

/**
 * One aligned row as the UI shows it.
 *
 * @param position   0-based position of the row in the comparison
 * @param left       the left (Spanish) paragraphs, empty for an addition
 * @param right      the right (English) paragraphs, empty for an omission
 * @param confidence the engine's confidence in [0, 1]
 * @param status     automatic, confirmed or edited
 * @param evidence   why the sides were paired
 * @param sentences  how the row's sentences pair up
 */
public record RowView(int position, List<ParagraphView> left, List<ParagraphView> right,
                      double confidence, RowStatus status, RowEvidence evidence, List<SentenceLink> sentences) {

    public RowView {
        left = List.copyOf(left);
        right = List.copyOf(right);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The row's type as translators write it, e.g. {@code "2-1"}. */
    public String type() {
        return left.size() + "-" + right.size();
    }

    public boolean isGap() {
        return left.isEmpty() || right.isEmpty();
    }
}

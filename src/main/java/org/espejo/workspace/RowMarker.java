package org.espejo.workspace;

import java.util.Objects;

/**
 * What the overview strip and the review queue need to know about a row, without its text.
 *
 * @param position   the row's position
 * @param confidence the engine's confidence
 * @param status     automatic, confirmed or edited
 * @param gap        whether one side is empty
 * @param findings   open consistency findings on the row
 */
public record RowMarker(int position, double confidence, RowStatus status, boolean gap, int findings) {

    public RowMarker {
        Objects.requireNonNull(status, "status");
    }

    /** Whether an editor should look at this row: not yet confirmed, and doubtful, a gap or flagged. */
    public boolean needsReview() {
        return status != RowStatus.CONFIRMED && (confidence < 0.8 || gap || findings > 0);
    }

    /**
     * How risky the row is, higher first in the review queue: gaps and flagged rows, then
     * low confidence; confirmed rows last.
     */
    public double risk() {
        if (status == RowStatus.CONFIRMED) {
            return -1 + (1 - confidence) / 10;
        }
        return (gap ? 2 : 0) + Math.min(findings, 3) * 0.5 + (1 - confidence);
    }
}

package org.espejo.align;

/**
 * A passage that was moved rather than lost: the 1-0 bead at {@code sourceGapBead} and the
 * 0-1 bead at {@code targetGapBead} (indices into {@link Alignment#beads()}) translate each
 * other.
 */
public record Move(int sourceGapBead, int targetGapBead, double confidence) {

    public Move {
        if (sourceGapBead < 0 || targetGapBead < 0) {
            throw new IllegalArgumentException("negative bead index");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}

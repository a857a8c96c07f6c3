package org.espejo.align;

import java.util.List;
import java.util.Objects;

/**
 * A complete monotone alignment of two unit lists: beads in document order that cover every
 * source and every target unit exactly once, plus the moved passages among the gaps.
 */
public record Alignment(int sourceSize, int targetSize, List<Bead> beads, List<Move> moves) {

    public Alignment {
        beads = List.copyOf(Objects.requireNonNull(beads, "beads"));
        moves = List.copyOf(Objects.requireNonNull(moves, "moves"));
        int s = 0;
        int t = 0;
        for (Bead b : beads) {
            if (b.source().start() != s || b.target().start() != t) {
                throw new IllegalArgumentException("beads are not contiguous at " + b);
            }
            s = b.source().end();
            t = b.target().end();
        }
        if (s != sourceSize || t != targetSize) {
            throw new IllegalArgumentException(
                    "beads cover " + s + "×" + t + " of " + sourceSize + "×" + targetSize);
        }
    }

    /** An alignment without moves. */
    public static Alignment of(int sourceSize, int targetSize, List<Bead> beads) {
        return new Alignment(sourceSize, targetSize, beads, List.of());
    }
}

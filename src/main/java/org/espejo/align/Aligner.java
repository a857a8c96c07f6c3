package org.espejo.align;

import java.util.List;

/**
 * Aligns two lists of units. Implementations are deterministic (the same input gives the same
 * alignment), never refuse an input (an empty side, wildly different sizes or the same
 * language on both sides still give a valid alignment) and are safe to share between threads.
 */
public interface Aligner {

    /**
     * Aligns the bitext so that every fixed link appears unchanged as a bead and everything
     * between the links is aligned freely.
     *
     * @throws IllegalArgumentException if the links overlap, cross or point outside the texts
     */
    Alignment align(Bitext bitext, List<FixedLink> fixed);

    /** Aligns the bitext without constraints. */
    default Alignment align(Bitext bitext) {
        return align(bitext, List.of());
    }
}

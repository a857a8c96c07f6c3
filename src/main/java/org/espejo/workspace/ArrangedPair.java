package org.espejo.workspace;

import java.util.Objects;

/**
 * Two analysed documents in their columns: Spanish on the left, English on the right,
 * whatever the order they were given in.
 */
public record ArrangedPair(AnalyzedDocument left, AnalyzedDocument right) {

    public ArrangedPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}

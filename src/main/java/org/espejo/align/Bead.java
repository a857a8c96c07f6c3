package org.espejo.align;

import java.util.Objects;

/**
 * One aligned group: a run of source units that translates a run of target units.
 *
 * @param source     the source units (empty for a 0-1 bead)
 * @param target     the target units (empty for a 1-0 bead)
 * @param confidence how sure the engine is that this bead is right, in [0, 1]
 * @param evidence   the cues that support it
 */
public record Bead(Range source, Range target, double confidence, Evidence evidence) {

    public Bead {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(evidence, "evidence");
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one unit");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    /** The bead's type as translators write it, e.g. {@code "2-1"}. */
    public String type() {
        return source.size() + "-" + target.size();
    }

    /** Whether one side is empty (an omission or an addition). */
    public boolean isGap() {
        return source.isEmpty() || target.isEmpty();
    }
}

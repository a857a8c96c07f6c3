package org.espejo.align;

/**
 * One bead of a path, before confidence and evidence are attached.
 *
 * @param source its source units
 * @param target its target units
 * @param fixed      whether the user fixed it (then the engine did not choose it)
 * @param confidence the posterior probability of the bead, once known (fixed links: 1)
 */
record Step(Range source, Range target, boolean fixed, double confidence) {

    static Step of(BeadType type, int source, int target) {
        return new Step(new Range(source, source + type.source), new Range(target, target + type.target), false, 0);
    }

    Step withConfidence(double value) {
        return new Step(source, target, fixed, value);
    }

    /** The bead shape of a chosen step. */
    BeadType type() {
        for (BeadType type : BeadType.ALL) {
            if (type.source == source.size() && type.target == target.size()) {
                return type;
            }
        }
        throw new IllegalStateException("no bead type " + source.size() + "-" + target.size());
    }
}

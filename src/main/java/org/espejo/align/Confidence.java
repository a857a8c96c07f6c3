package org.espejo.align;

/**
 * A first confidence estimate: how much cheaper a bead is than leaving its units unaligned,
 * squashed into [0, 1].
 */
final class Confidence {

    private Confidence() {
    }

    static double of(Step step, Features features, BeadScorer scorer, AlignerSettings settings) {
        BeadType type = step.type();
        if (type.isGap()) {
            return 0.5;
        }
        double cost = scorer.cost(step.source(), step.target());
        double unaligned = (type.source + type.target) * settings.gapPenalty();
        return 1 / (1 + Math.exp(cost - unaligned));
    }
}

package org.espejo.align;

/**
 * The cost of a bead (lower is better): a penalty for its shape, the Gale–Church length
 * cost with the document's own character ratio, and the cue cost
 * {@code lexicalWeight × (threshold × (cue weight of both sides) − 2 × matched weight)}, which
 * rewards beads whose cues find partners and charges the cues that do not. Gap beads cost
 * only their penalty. {@link #lowerBound} bounds the cost from below without the length cost
 * or the matched weight, so that the search can skip beads that cannot win. Immutable.
 */
final class BeadScorer {

    private final AlignerSettings settings;
    private final Features features;
    private final boolean useLength;
    private final double[] penalty = new double[BeadType.ALL.length];
    /** Whether every cost term left out of {@link #lowerBound} is non-negative (true unless an experiment sets a negative weight). */
    private final boolean bounded;
    /**
     * Room for the length cost's approximation, which dips a few 1e-8 below zero at a
     * difference of zero, and for rounding.
     */
    private static final double SLACK = 1e-6;

    BeadScorer(AlignerSettings settings, Features features) {
        this.settings = settings;
        this.features = features;
        this.useLength = settings.uses(Signal.LENGTH);
        this.bounded = settings.lengthWeight() >= 0 && settings.lexicalWeight() >= 0 && settings.matchThreshold() >= 0
                && settings.chanceWeight() >= 0 && settings.orphanWeight() >= 0;
        for (BeadType type : BeadType.ALL) {
            penalty[type.ordinal()] = switch (type) {
                case ONE_ONE -> 0;
                case ONE_ZERO, ZERO_ONE -> settings.gapPenalty();
                case TWO_ONE, ONE_TWO -> settings.mergePenalty();
                case TWO_TWO -> settings.doublePenalty();
                case THREE_ONE, ONE_THREE -> settings.triplePenalty();
                case FOUR_ONE, ONE_FOUR -> settings.quadruplePenalty();
            };
        }
    }

    /**
     * The full cost of the bead of {@code type} at source {@code s}, target {@code t}, whose
     * matched weight {@code rows} hold at local {@code pi}, {@code pj}.
     */
    double cost(BeadType type, int s, int t, MatchRows rows, int pi, int pj) {
        double matched = rows.matched(type, pi, pj);
        if (type == BeadType.TWO_TWO && settings.crossingCredit() < 1) {
            matched = crossed(s, t, matched, rows.diagonal(pi, pj));
        }
        return cost(type, s, t, matched);
    }

    /**
     * The matched weight of the 2-2 bead at {@code s}, {@code t} with the part its diagonal
     * pairs do not share (its crossing match) counted in proportion to the crossing the lengths
     * show: a 2-2 bead is a staircase, where text of one source unit went to the other target
     * unit, so the diagonal pairs' length errors have opposite signs. The smaller of the two, in
     * standard deviations of the length model, gives the share above
     * {@link AlignerSettings#crossingCredit()}, whole from one deviation on.
     */
    double crossed(int s, int t, double matched, double diagonal) {
        double floor = settings.crossingCredit();
        double crossing = matched - diagonal;
        if (crossing <= 0 || floor >= 1) {
            return matched;
        }
        double z1 = lengthDeviation(features.sourceChars(s, s + 1), features.targetChars(t, t + 1));
        double z2 = lengthDeviation(features.sourceChars(s + 1, s + 2), features.targetChars(t + 1, t + 2));
        double shown = z1 * z2 < 0 ? Math.min(1, Math.min(Math.abs(z1), Math.abs(z2))) : 0;
        return diagonal + (floor + (1 - floor) * shown) * crossing;
    }

    /** The length difference δ of a bead in standard deviations of the length model, signed (0 for two empty sides). */
    private double lengthDeviation(long sourceChars, long targetChars) {
        double c = features.charRatio;
        double mean = (sourceChars + targetChars / c) / 2.0;
        if (mean <= 0) {
            return 0;
        }
        return (targetChars - c * sourceChars) / Math.sqrt(settings.lengthVariance() * mean);
    }

    /** The full cost of a bead of {@code type} at source {@code s}, target {@code t}. */
    double cost(BeadType type, int s, int t, double matched) {
        return baseCost(type, s, t) + gain(type, s, t, matched);
    }

    /** The cost of any bead (fixed links included) from its units. */
    double cost(Range source, Range target) {
        if (source.isEmpty() || target.isEmpty()) {
            return settings.gapPenalty() * (source.size() + target.size());
        }
        double p = source.size() <= BeadType.MAX_UNITS && target.size() <= BeadType.MAX_UNITS
                && (source.size() == 1 || target.size() == 1 || source.size() == 2 && target.size() == 2)
                ? penalty[new Step(source, target, false, 0).type().ordinal()] : settings.quadruplePenalty();
        double matched = features.matched(source, target);
        if (source.size() == 2 && target.size() == 2 && settings.crossingCredit() < 1) {
            int s = source.start();
            int t = target.start();
            matched = crossed(s, t, matched, features.shared(s, t) + features.shared(s + 1, t + 1));
        }
        return p + lengthPart(source.start(), source.end(), target.start(), target.end())
                + cuePart(source.start(), source.end(), target.start(), target.end(), matched);
    }

    /**
     * A lower bound of {@link #cost(BeadType, int, int, double) cost} whatever the matched
     * weight, without the length cost (the dearest term to compute), so that the search can skip
     * a bead that cannot beat the best one found; {@code -∞} when a weight is negative.
     */
    double lowerBound(BeadType type, int s, int t) {
        if (!bounded) {
            return Double.NEGATIVE_INFINITY;
        }
        if (type.isGap()) {
            return penalty[type.ordinal()] - SLACK;
        }
        int sEnd = s + type.source;
        int tEnd = t + type.target;
        double ws = features.sourceWeight(s, sEnd);
        double wt = features.targetWeight(t, tEnd);
        double length = useLength
                ? settings.lengthWeight() * lengthCostBound(features.sourceChars(s, sEnd), features.targetChars(t, tEnd))
                : 0;
        return penalty[type.ordinal()] + length
                + settings.lexicalWeight() * (settings.matchThreshold() * (ws + wt) - 2 * Math.min(ws, wt)) - SLACK;
    }

    /**
     * A lower bound of {@link #lengthCost} without its logarithm: since
     * {@code erfc(z) ≤ exp(-z²) / (z √π)}, {@code -ln erfc(z) ≥ z² + ln(z √π) ≥ z²} for
     * {@code z ≥ 1}, and it is never below zero.
     */
    private double lengthCostBound(long sourceChars, long targetChars) {
        double c = features.charRatio;
        double mean = (sourceChars + targetChars / c) / 2.0;
        if (mean <= 0) {
            return 0;
        }
        double d = targetChars - c * sourceChars;
        double zz = d * d / (2 * settings.lengthVariance() * mean);
        return zz >= 1 ? zz : 0;
    }

    /** Everything but the (non-positive) gain from matched cues. */
    double baseCost(BeadType type, int s, int t) {
        double cost = penalty[type.ordinal()];
        if (type.isGap()) {
            return cost;
        }
        int sEnd = s + type.source;
        int tEnd = t + type.target;
        return cost + lengthPart(s, sEnd, t, tEnd)
                + settings.lexicalWeight() * (settings.matchThreshold()
                * (features.sourceWeight(s, sEnd) + features.targetWeight(t, tEnd))
                + 2 * settings.chanceWeight() * features.chance(s, sEnd, t, tEnd)
                + settings.orphanWeight() * features.orphans(s, sEnd, t, tEnd));
    }

    /** The gain from {@code matched} cue weight (never positive). */
    double gain(BeadType type, int s, int t, double matched) {
        if (type.isGap()) {
            return 0;
        }
        return -2 * settings.lexicalWeight() * Math.min(matched, maxMatch(type, s, t));
    }

    private double maxMatch(BeadType type, int s, int t) {
        return Math.min(features.sourceWeight(s, s + type.source), features.targetWeight(t, t + type.target));
    }

    private double lengthPart(int s, int sEnd, int t, int tEnd) {
        return useLength
                ? settings.lengthWeight() * lengthCost(features.sourceChars(s, sEnd), features.targetChars(t, tEnd))
                : 0;
    }

    private double cuePart(int s, int sEnd, int t, int tEnd, double matched) {
        double ws = features.sourceWeight(s, sEnd);
        double wt = features.targetWeight(t, tEnd);
        return settings.lexicalWeight() * (settings.matchThreshold() * (ws + wt)
                + 2 * settings.chanceWeight() * features.chance(s, sEnd, t, tEnd)
                + settings.orphanWeight() * features.orphans(s, sEnd, t, tEnd) - 2 * Math.min(matched, Math.min(ws, wt)));
    }

    /** {@code -log P(|δ| or more)} for the length difference of a bead (Gale and Church). */
    double lengthCost(long sourceChars, long targetChars) {
        if (sourceChars + targetChars / features.charRatio <= 0) {
            return 0;
        }
        return minusLogErfc(Math.abs(lengthDeviation(sourceChars, targetChars)) / Math.sqrt(2));
    }

    /** {@code -ln erfc(z)} for {@code z >= 0}, from Numerical Recipes' erfc approximation. */
    static double minusLogErfc(double z) {
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return z * z - poly - Math.log(t);
    }
}

package org.espejo.align;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The tunable parameters of {@link BandedAligner}. {@link #DEFAULT} holds the values measured
 * best on the development corpora; the others exist for experiments and ablations.
 *
 * @param signals         the signals used for scoring
 * @param gapPenalty      cost of a 1-0 or 0-1 bead
 * @param mergePenalty    cost of a 2-1 or 1-2 bead
 * @param doublePenalty   cost of a 2-2 bead
 * @param triplePenalty   cost of a 3-1 or 1-3 bead
 * @param quadruplePenalty cost of a 4-1 or 1-4 bead
 * @param lengthWeight    weight of the length model's cost
 * @param lengthVariance  variance per character of the length model (Gale and Church's s²)
 * @param lexicalWeight   weight of the cue-matching cost
 * @param matchThreshold  share of a bead's cue weight that must match for it to gain
 * @param chanceWeight    how much of the cue weight a bead would match by chance is charged
 * @param orphanWeight    charge per weight of the numbers and names in a bead that the other text lacks
 * @param bandHalfWidth   half-width of the search band, in units, around its centre path (the band
 *                        doubles while the best path runs along its edge)
 * @param confidenceTemperature scale of costs in the posterior that gives each bead's confidence
 * @param crossingCredit  the share of a 2-2 bead's crossing match (what its first source unit
 *                        shares with its second target unit or the other way round) that counts
 *                        when the lengths of its two diagonal pairs do not show text crossing over;
 *                        1 counts it whole
 */
public record AlignerSettings(Set<Signal> signals, double gapPenalty, double mergePenalty,
                              double doublePenalty, double triplePenalty, double quadruplePenalty,
                              double lengthWeight,
                              double lengthVariance, double lexicalWeight, double matchThreshold,
                              double chanceWeight, double orphanWeight, int bandHalfWidth,
                              double confidenceTemperature, double crossingCredit) {

    /** The defaults. */
    public static final AlignerSettings DEFAULT = new AlignerSettings(EnumSet.allOf(Signal.class),
            8.0, 5.0, 10.0, 7.0, 10.0, 1.0, 6.8, 1.0, 0.1, 0.5, 0.5, 28, 3.0, 1.0);

    /**
     * The defaults for sentences inside a paragraph bead (used by {@link SentenceAligner}):
     * as {@link #DEFAULT}, with merges dearer, since sentences inside a matched paragraph pair
     * are more often one-to-one than paragraphs are, and with a 2-2 bead's crossing match counted
     * only as far as the lengths show text crossing over: neighbouring sentences of one passage
     * repeat its words, so what a sentence shares with its neighbour's translation is weak
     * evidence that the two were rendered as one.
     */
    public static final AlignerSettings SENTENCES = new AlignerSettings(EnumSet.allOf(Signal.class),
            8.0, 6.0, 14.0, 7.0, 10.0, 1.0, 6.8, 1.0, 0.1, 0.5, 0.5, 40, 3.0, 0.0);

    public AlignerSettings {
        signals = Set.copyOf(Objects.requireNonNull(signals, "signals"));
        if (gapPenalty < 0 || mergePenalty < 0 || doublePenalty < 0 || triplePenalty < 0 || quadruplePenalty < 0
                || lengthWeight < 0 || lengthVariance <= 0 || lexicalWeight < 0
                || matchThreshold < 0 || matchThreshold > 1 || chanceWeight < 0 || orphanWeight < 0 || bandHalfWidth < 4
                || !(confidenceTemperature > 0) || !(crossingCredit >= 0 && crossingCredit <= 1)) {
            throw new IllegalArgumentException("bad aligner settings");
        }
    }

    /** Whether a signal is switched on. */
    public boolean uses(Signal signal) {
        return signals.contains(signal);
    }

    /** These settings without some signals. */
    public AlignerSettings without(Set<Signal> removed) {
        EnumSet<Signal> kept = EnumSet.allOf(Signal.class);
        kept.retainAll(signals);
        kept.removeAll(removed);
        return new AlignerSettings(kept, gapPenalty, mergePenalty, doublePenalty, triplePenalty, quadruplePenalty,
                lengthWeight, lengthVariance, lexicalWeight, matchThreshold, chanceWeight, orphanWeight, bandHalfWidth,
                confidenceTemperature, crossingCredit);
    }
}

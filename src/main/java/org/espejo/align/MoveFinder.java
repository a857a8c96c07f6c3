package org.espejo.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds moved passages: a 1-0 bead and a 0-1 bead elsewhere whose units share enough cue
 * weight to be each other's translation. Greedy, best pair first; each gap is used once.
 */
final class MoveFinder {

    /** Share of the pair's cue weight that must match. */
    private static final double MIN_MATCH = 0.5;
    /** Matched cue weight below which a pair is too thin to call. */
    private static final double MIN_WEIGHT = 6.0;
    /** Pairs examined at most (gap counts multiplied), to keep the cost bounded. */
    private static final long MAX_PAIRS = 4_000_000L;

    private final Features features;

    MoveFinder(Features features) {
        this.features = features;
    }

    List<Move> find(List<Bead> beads) {
        List<Integer> sourceGaps = new ArrayList<>();
        List<Integer> targetGaps = new ArrayList<>();
        for (int k = 0; k < beads.size(); k++) {
            Bead bead = beads.get(k);
            if (bead.target().isEmpty() && bead.source().size() == 1) {
                sourceGaps.add(k);
            } else if (bead.source().isEmpty() && bead.target().size() == 1) {
                targetGaps.add(k);
            }
        }
        if (sourceGaps.isEmpty() || targetGaps.isEmpty()
                || (long) sourceGaps.size() * targetGaps.size() > MAX_PAIRS) {
            return List.of();
        }
        List<Move> candidates = new ArrayList<>();
        for (int sk : sourceGaps) {
            int s = beads.get(sk).source().start();
            double ws = features.sourceWeight(s, s + 1);
            for (int tk : targetGaps) {
                int t = beads.get(tk).target().start();
                double wt = features.targetWeight(t, t + 1);
                double shared = Math.min(features.shared(s, t), Math.min(ws, wt));
                double match = ws + wt == 0 ? 0 : 2 * shared / (ws + wt);
                if (match >= MIN_MATCH && shared >= MIN_WEIGHT) {
                    candidates.add(new Move(sk, tk, Math.min(1, match)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Move::confidence).reversed());
        List<Move> moves = new ArrayList<>();
        boolean[] used = new boolean[beads.size()];
        for (Move m : candidates) {
            if (!used[m.sourceGapBead()] && !used[m.targetGapBead()]) {
                used[m.sourceGapBead()] = true;
                used[m.targetGapBead()] = true;
                moves.add(m);
            }
        }
        moves.sort(Comparator.comparingInt(Move::sourceGapBead));
        return moves;
    }
}

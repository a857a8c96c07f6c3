package org.espejo.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the cheapest bead path through a {@link Band} of one block of units by dynamic
 * programming. Memory is one back-pointer byte per band cell plus eight rows of costs and of
 * shared cue weights, so it grows linearly with the length of the texts. Not thread-safe:
 * one instance per search.
 */
final class PathSearch {

    private static final byte NONE = -1;
    /** Bands of at least this many source units compute their match rows in a second thread, ahead of the search. */
    private static final int AHEAD_ROWS = 1000;

    private final Features features;
    private final BeadScorer scorer;
    private final int s0;
    private final int t0;
    private final Band band;

    private final double[][] costRows = new double[8][];

    PathSearch(Features features, BeadScorer scorer, int s0, int t0, Band band) {
        this.features = features;
        this.scorer = scorer;
        this.s0 = s0;
        this.t0 = t0;
        this.band = band;
    }

    /** The best path from {@code (0, 0)} to the band's far corner, in global unit indices. */
    List<Step> run() {
        return run(band.rows >= AHEAD_ROWS);
    }

    /** As {@link #run()}, with the match rows computed ahead in a second thread or not. */
    List<Step> run(boolean rowsAhead) {
        int rows = band.rows;
        int[] offset = new int[rows + 2];
        for (int i = 0; i <= rows; i++) {
            offset[i + 1] = Math.addExact(offset[i], band.width(i));
        }
        byte[] back = new byte[offset[rows + 1]];
        int maxWidth = 0;
        for (int i = 0; i <= rows; i++) {
            maxWidth = Math.max(maxWidth, band.width(i));
        }
        for (int r = 0; r < costRows.length; r++) {
            costRows[r] = new double[maxWidth];
        }
        if (!rowsAhead) {
            MatchRows matches = new MatchRows(features, s0, t0, band);
            for (int i = 0; i <= rows; i++) {
                if (i > 0) {
                    matches.advance(i - 1);
                }
                fillRow(i, back, offset[i], matches);
            }
        } else {
            try (MatchRowsAhead ahead = new MatchRowsAhead(features, s0, t0, band)) {
                for (int i = 0; i <= rows; i++) {
                    MatchRows matches = ahead.await(i - 1);
                    fillRow(i, back, offset[i], matches);
                    ahead.release(i);
                }
            }
        }
        return backtrack(back, offset);
    }

    /** The best bead into each cell of row {@code i}; {@code matches} holds the rows of units {@code i - 4 … i - 1}. */
    private void fillRow(int i, byte[] back, int rowOffset, MatchRows matches) {
        double[] cost = costRows[i & 7];
        int lo = band.lo[i];
        int hi = band.hi[i];
        for (int j = lo; j <= hi; j++) {
            double best = Double.POSITIVE_INFINITY;
            byte bestType = NONE;
            if (i == 0 && j == 0) {
                best = 0;
            } else {
                for (BeadType type : BeadType.ALL) {
                    int pi = i - type.source;
                    int pj = j - type.target;
                    if (pi < 0 || pj < 0 || pj < band.lo[pi] || pj > band.hi[pi]) {
                        continue;
                    }
                    double previous = costRows[pi & 7][pj - band.lo[pi]];
                    if (previous == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (previous + scorer.lowerBound(type, s0 + pi, t0 + pj) >= best) {
                        continue; // cannot beat the best bead found for this cell
                    }
                    double c = previous + scorer.cost(type, s0 + pi, t0 + pj, matches, pi, pj);
                    if (c < best) {
                        best = c;
                        bestType = (byte) type.ordinal();
                    }
                }
            }
            cost[j - lo] = best;
            back[rowOffset + j - lo] = bestType;
        }
    }

    private List<Step> backtrack(byte[] back, int[] offset) {
        List<Step> steps = new ArrayList<>();
        int i = band.rows;
        int j = band.hi[i];
        while (i > 0 || j > 0) {
            byte t = back[offset[i] + j - band.lo[i]];
            if (t == NONE) {
                throw new IllegalStateException("no path through the band at " + i + "," + j);
            }
            BeadType type = BeadType.ALL[t];
            int pi = i - type.source;
            int pj = j - type.target;
            steps.add(Step.of(type, s0 + pi, t0 + pj));
            i = pi;
            j = pj;
        }
        Collections.reverse(steps);
        return steps;
    }

    /** Whether the path runs within {@code margin} of an inner band edge (the band may have cut off the true path). */
    boolean touchesEdge(List<Step> steps, int margin) {
        for (Step step : steps) {
            int i = step.source().end() - s0;
            int j = step.target().end() - t0;
            if (band.nearInnerEdge(i, j, margin)) {
                return true;
            }
        }
        return false;
    }

}

package org.espejo.align;

import java.util.List;

/**
 * Bead confidence as a posterior probability: the forward–backward sums over all bead paths
 * in a narrow band around the best path, each path weighted by {@code exp(-cost / T)}, give
 * for each bead of the best path the probability that the bead is part of the alignment.
 * A bead with a close rival (another split, a merge, a gap) gets a low confidence; a bead
 * nothing competes with gets one near 1. Not thread-safe: one instance per block.
 */
final class Posterior {

    /** Half-width of the band around the best path in which rivals are counted. */
    static final int HALF_WIDTH = 8;
    private static final long FULL_CELLS = 250_000;
    /** Bands of at least this many cells compute their costs, and then their two passes, in two threads. */
    private static final int PARALLEL_CELLS = 50_000;
    private static final BeadType[] TYPES = BeadType.ALL;

    private final Features features;
    private final BeadScorer scorer;
    private final double temperature;
    private final int s0;
    private final int t0;
    private final Band band;
    private final int[] offset;
    private final double[] forward;
    private final double[] backward;
    private final float[] cost;

    private Posterior(Features features, BeadScorer scorer, double temperature, int s0, int t0, Band band) {
        this.features = features;
        this.scorer = scorer;
        this.temperature = temperature;
        this.s0 = s0;
        this.t0 = t0;
        this.band = band;
        this.offset = new int[band.rows + 2];
        for (int i = 0; i <= band.rows; i++) {
            offset[i + 1] = Math.addExact(offset[i], band.width(i));
        }
        int cells = offset[band.rows + 1];
        this.forward = new double[cells];
        this.backward = new double[cells];
        this.cost = new float[Math.multiplyExact(cells, TYPES.length)];
    }

    /**
     * The posterior of each step of {@code path}, the best path of the block that starts at
     * source unit {@code s0} and target unit {@code t0}.
     */
    static double[] of(Features features, BeadScorer scorer, double temperature, int s0, int s1, int t0, int t1,
                       List<Step> path) {
        double[] result = new double[path.size()];
        int rows = s1 - s0;
        int columns = t1 - t0;
        if (rows == 0 || columns == 0) {
            java.util.Arrays.fill(result, 1.0);
            return result;
        }
        Band band = (long) (rows + 1) * (columns + 1) <= FULL_CELLS
                ? Band.full(rows, columns)
                : aroundPath(path, s0, t0, rows, columns);
        Posterior p = new Posterior(features, scorer, temperature, s0, t0, band);
        p.costs();
        p.passes();
        double total = p.forward[p.index(rows, columns)];
        for (int k = 0; k < path.size(); k++) {
            Step step = path.get(k);
            int i = step.source().end() - s0;
            int j = step.target().end() - t0;
            int pi = step.source().start() - s0;
            int pj = step.target().start() - t0;
            double c = p.cost[p.index(i, j) * TYPES.length + step.type().ordinal()];
            double logP = -(p.forward[p.index(pi, pj)] + c + p.backward[p.index(i, j)] - total) / temperature;
            result[k] = Math.max(0, Math.min(1, Math.exp(logP)));
        }
        return result;
    }

    /** The band of {@code HALF_WIDTH} around every cell the path visits. */
    private static Band aroundPath(List<Step> path, int s0, int t0, int rows, int columns) {
        int[] low = new int[rows + 1];
        int[] high = new int[rows + 1];
        java.util.Arrays.fill(low, Integer.MAX_VALUE);
        for (Step step : path) {
            int i0 = step.source().start() - s0;
            int i1 = step.source().end() - s0;
            int j0 = step.target().start() - t0;
            int j1 = step.target().end() - t0;
            for (int r = i0; r <= i1; r++) {
                low[r] = Math.min(low[r], j0);
                high[r] = Math.max(high[r], j1);
            }
        }
        low[0] = 0;
        high[rows] = columns;
        return Band.covering(low, high, columns, HALF_WIDTH);
    }

    private int index(int i, int j) {
        return offset[i] + j - band.lo[i];
    }

    /**
     * Fills {@link #cost} for every cell and bead type; a large band is split into two halves
     * of rows computed side by side (each cell's costs depend on the texts alone).
     */
    private void costs() {
        int rows = band.rows;
        if (offset[rows + 1] < PARALLEL_CELLS) {
            costs(0, rows);
            return;
        }
        int half = 0;
        while (half < rows && offset[half + 1] < offset[rows + 1] / 2) {
            half++;
        }
        int split = half;
        SideBySide.run(() -> costs(0, split), () -> costs(split + 1, rows));
    }

    /** The costs of the beads that end in rows {@code first..last}. */
    private void costs(int first, int last) {
        MatchRows matches = new MatchRows(features, s0, t0, band);
        for (int a = Math.max(0, first - BeadType.MAX_UNITS); a < first - 1; a++) {
            matches.advance(a);
        }
        for (int i = first; i <= last; i++) {
            if (i > 0) {
                matches.advance(i - 1);
            }
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int cell = index(i, j);
                for (BeadType type : TYPES) {
                    int pi = i - type.source;
                    int pj = j - type.target;
                    float c = Float.NaN;
                    if (pi >= 0 && pj >= 0 && band.contains(pi, pj)) {
                        c = (float) scorer.cost(type, s0 + pi, t0 + pj, matches, pi, pj);
                    }
                    cost[cell * TYPES.length + type.ordinal()] = c;
                }
            }
        }
    }

    /** The forward and the backward pass; each reads only the costs, so a large band runs them side by side. */
    private void passes() {
        if (offset[band.rows + 1] < PARALLEL_CELLS) {
            forwardPass();
            backwardPass();
            return;
        }
        SideBySide.run(this::forwardPass, this::backwardPass);
    }

    private void forwardPass() {
        double[] terms = new double[TYPES.length];
        for (int i = 0; i <= band.rows; i++) {
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int cell = index(i, j);
                if (i == 0 && j == 0) {
                    forward[cell] = 0;
                    continue;
                }
                int n = 0;
                for (BeadType type : TYPES) {
                    float c = cost[cell * TYPES.length + type.ordinal()];
                    if (!Float.isNaN(c)) {
                        double f = forward[index(i - type.source, j - type.target)];
                        if (f != Double.POSITIVE_INFINITY) {
                            terms[n++] = f + c;
                        }
                    }
                }
                forward[cell] = softMin(terms, n);
            }
        }
    }

    private void backwardPass() {
        java.util.Arrays.fill(backward, Double.POSITIVE_INFINITY);
        backward[index(band.rows, band.hi[band.rows])] = 0;
        double[] terms = new double[TYPES.length];
        for (int i = band.rows; i >= 0; i--) {
            for (int j = band.hi[i]; j >= band.lo[i]; j--) {
                if (i == band.rows && j == band.hi[i]) {
                    continue;
                }
                int n = 0;
                for (BeadType type : TYPES) {
                    int ni = i + type.source;
                    int nj = j + type.target;
                    if (ni <= band.rows && band.contains(ni, nj)) {
                        int next = index(ni, nj);
                        float c = cost[next * TYPES.length + type.ordinal()];
                        double b = backward[next];
                        if (!Float.isNaN(c) && b != Double.POSITIVE_INFINITY) {
                            terms[n++] = b + c;
                        }
                    }
                }
                backward[index(i, j)] = softMin(terms, n);
            }
        }
    }

    /** {@code -T log Σ exp(-x / T)}, computed stably. */
    private double softMin(double[] x, int n) {
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double min = x[0];
        for (int k = 1; k < n; k++) {
            min = Math.min(min, x[k]);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += Math.exp(-(x[k] - min) / temperature);
        }
        return min - temperature * Math.log(sum);
    }
}

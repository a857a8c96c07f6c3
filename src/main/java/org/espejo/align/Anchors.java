package org.espejo.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The centre of the search band for a long block: a monotone chain of anchor points, each a
 * cue that occurs exactly once in the block on each side (a rare name, number or word), the
 * chain chosen as the heaviest increasing subsequence so that stray matches drop out; between
 * anchors the centre follows the cumulative character counts. Without anchors the centre is
 * the character diagonal of the whole block.
 */
final class Anchors {

    private Anchors() {
    }

    /** The target position of the centre for every source row {@code 0..s1-s0} of the block. */
    static int[] centre(Features features, int s0, int s1, int t0, int t1) {
        List<int[]> chain = chain(features, s0, s1, t0, t1);
        int rows = s1 - s0;
        int columns = t1 - t0;
        int[] centre = new int[rows + 1];
        int previousI = 0;
        int previousJ = 0;
        chain.add(new int[] {rows, columns});
        for (int[] anchor : chain) {
            int[] part = Band.characterDiagonal(features.sourceChars, s0 + previousI, anchor[0] - previousI,
                    features.targetChars, t0 + previousJ, anchor[1] - previousJ);
            for (int r = 0; r < part.length; r++) {
                centre[previousI + r] = previousJ + part[r];
            }
            previousI = anchor[0];
            previousJ = anchor[1];
        }
        return centre;
    }

    /** Anchor points {@code (row, column)} in local coordinates, increasing in both. */
    static List<int[]> chain(Features features, int s0, int s1, int t0, int t1) {
        int cues = features.weight.length;
        int[] sourceCount = new int[cues];
        int[] sourceUnit = new int[cues];
        for (int s = s0; s < s1; s++) {
            for (int cue : features.sourceCues[s]) {
                sourceCount[cue]++;
                sourceUnit[cue] = s;
            }
        }
        List<long[]> points = new ArrayList<>();
        for (int cue = 0; cue < cues; cue++) {
            if (sourceCount[cue] != 1) {
                continue;
            }
            int[] postings = features.targetPostings(cue);
            int k = Arrays.binarySearch(postings, t0);
            int first = k >= 0 ? k : -k - 1;
            if (first < postings.length && postings[first] < t1 && (first + 1 == postings.length || postings[first + 1] >= t1)) {
                int i = sourceUnit[cue] - s0 + 1;
                int j = postings[first] - t0 + 1;
                points.add(new long[] {i, j, Float.floatToIntBits(features.weight[cue])});
            }
        }
        return heaviestIncreasing(points, t1 - t0);
    }

    /** The increasing chain (in both coordinates) of greatest total weight, by a Fenwick tree over columns. */
    private static List<int[]> heaviestIncreasing(List<long[]> points, int columns) {
        points.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
        int n = points.size();
        double[] best = new double[n];
        int[] previous = new int[n];
        double[] treeValue = new double[columns + 2];
        int[] treeIndex = new int[columns + 2];
        Arrays.fill(treeIndex, -1);
        int end = -1;
        double endValue = 0;
        for (int p = 0; p < n; p++) {
            int j = (int) points.get(p)[1];
            double w = Float.intBitsToFloat((int) points.get(p)[2]);
            double bestBefore = 0;
            int from = -1;
            for (int x = j - 1; x > 0; x -= x & -x) {
                if (treeValue[x] > bestBefore) {
                    bestBefore = treeValue[x];
                    from = treeIndex[x];
                }
            }
            best[p] = bestBefore + w;
            previous[p] = from;
            for (int x = j; x <= columns + 1; x += x & -x) {
                if (best[p] > treeValue[x]) {
                    treeValue[x] = best[p];
                    treeIndex[x] = p;
                }
            }
            if (best[p] > endValue) {
                endValue = best[p];
                end = p;
            }
        }
        List<int[]> chain = new ArrayList<>();
        for (int p = end; p >= 0; p = previous[p]) {
            long[] point = points.get(p);
            chain.add(new int[] {(int) point[0], (int) point[1]});
        }
        java.util.Collections.reverse(chain);
        return chain;
    }
}

package org.espejo.align;

import java.util.Arrays;

/** Cue sets of runs of two to four neighbouring source units, for the multi-unit beads. */
final class RunCues {
    final int[][] sourcePair;
    final int[][] sourceTriple;
    final int[][] sourceQuadruple;
    final int[][] sourceCommon;

    RunCues(int[][] source) {
        sourcePair = runs(source, 2, false);
        sourceTriple = runs(source, 3, false);
        sourceQuadruple = runs(source, 4, false);
        sourceCommon = runs(source, 2, true);
    }

    private static int[][] runs(int[][] cues, int length, boolean common) {
        int[][] out = new int[cues.length][];
        IntBuffer buffer = new IntBuffer();
        for (int u = 0; u < cues.length; u++) {
            if (u + length > cues.length) {
                out[u] = new int[0];
                continue;
            }
            buffer.clear();
            if (common) {
                int[] a = cues[u];
                int[] b = cues[u + 1];
                for (int x : a) {
                    if (Arrays.binarySearch(b, x) >= 0) {
                        buffer.add(x);
                    }
                }
                out[u] = buffer.sortedUnique();
            } else {
                for (int k = 0; k < length; k++) {
                    for (int x : cues[u + k]) {
                        buffer.add(x);
                    }
                }
                out[u] = buffer.sortedUnique();
            }
        }
        return out;
    }
}

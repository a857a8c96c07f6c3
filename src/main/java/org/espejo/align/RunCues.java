package org.espejo.align;

import java.util.Arrays;

/** Cue sets of runs of two to four neighbouring source units, for the multi-unit beads. */
final class RunCues {
    final int[][] sourcePair;
    final int[][] sourceTriple;
    final int[][] sourceQuadruple;
    final int[][] sourceCommon;

    RunCues(int[][] source) {
        int n = source.length;
        sourcePair = new int[n][];
        sourceTriple = new int[n][];
        sourceQuadruple = new int[n][];
        sourceCommon = new int[n][];
        int[] none = new int[0];
        int[] buffer = new int[64];
        for (int u = 0; u < n; u++) {
            if (u + 2 > n) {
                sourcePair[u] = none;
                sourceCommon[u] = none;
            } else {
                buffer = room(buffer, source[u].length + source[u + 1].length);
                sourcePair[u] = union(source[u], source[u + 1], buffer);
                sourceCommon[u] = intersection(source[u], source[u + 1], buffer);
            }
            if (u + 3 > n) {
                sourceTriple[u] = none;
            } else {
                buffer = room(buffer, sourcePair[u].length + source[u + 2].length);
                sourceTriple[u] = union(sourcePair[u], source[u + 2], buffer);
            }
            if (u + 4 > n) {
                sourceQuadruple[u] = none;
            } else {
                buffer = room(buffer, sourceTriple[u].length + source[u + 3].length);
                sourceQuadruple[u] = union(sourceTriple[u], source[u + 3], buffer);
            }
        }
    }

    private static int[] room(int[] buffer, int size) {
        return buffer.length >= size ? buffer : new int[Math.max(size, buffer.length * 2)];
    }

    /** The sorted distinct values of two sorted, distinct arrays. */
    static int[] union(int[] a, int[] b, int[] buffer) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                buffer[n++] = a[i++];
            } else if (a[i] > b[j]) {
                buffer[n++] = b[j++];
            } else {
                buffer[n++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            buffer[n++] = a[i++];
        }
        while (j < b.length) {
            buffer[n++] = b[j++];
        }
        return Arrays.copyOf(buffer, n);
    }

    /** The values two sorted, distinct arrays share, sorted. */
    static int[] intersection(int[] a, int[] b, int[] buffer) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                buffer[n++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(buffer, n);
    }
}

package org.espejo.align;

/**
 * The part of the alignment matrix the search explores: for each source row {@code i} (units
 * {@code [0, i)} consumed) a window {@code [lo[i], hi[i]]} of target positions. Both bounds
 * never decrease, row 0 starts at 0, the last row ends at the target size and consecutive
 * windows overlap, so a path from corner to corner always exists.
 */
final class Band {

    final int rows;
    final int columns;
    final int[] lo;
    final int[] hi;

    private Band(int rows, int columns, int[] lo, int[] hi) {
        this.rows = rows;
        this.columns = columns;
        this.lo = lo;
        this.hi = hi;
    }

    /** A band of {@code halfWidth} around {@code centre} (one target position per row). */
    static Band around(int[] centre, int columns, int halfWidth) {
        return covering(centre, centre, columns, halfWidth);
    }

    /** A band that reaches {@code halfWidth} beyond {@code [low[i], high[i]]} on every row. */
    static Band covering(int[] low, int[] high, int columns, int halfWidth) {
        int rows = low.length - 1;
        int[] lo = new int[rows + 1];
        int[] hi = new int[rows + 1];
        for (int i = 0; i <= rows; i++) {
            lo[i] = (int) Math.max(0, (long) low[i] - halfWidth);
            hi[i] = (int) Math.min(columns, (long) high[i] + halfWidth);
        }
        lo[0] = 0;
        hi[rows] = columns;
        for (int i = 1; i <= rows; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = rows - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 1; i <= rows; i++) {
            lo[i] = Math.min(lo[i], hi[i - 1]);
        }
        return new Band(rows, columns, lo, hi);
    }

    /** The whole matrix. */
    static Band full(int rows, int columns) {
        int[] lo = new int[rows + 1];
        int[] hi = new int[rows + 1];
        java.util.Arrays.fill(hi, columns);
        return new Band(rows, columns, lo, hi);
    }

    /** The centre that follows the cumulative character counts of the two sides. */
    static int[] characterDiagonal(long[] sourcePrefix, int s0, int rows, long[] targetPrefix, int t0, int columns) {
        int[] centre = new int[rows + 1];
        double sourceTotal = Math.max(1, sourcePrefix[s0 + rows] - sourcePrefix[s0]);
        double targetTotal = Math.max(1, targetPrefix[t0 + columns] - targetPrefix[t0]);
        int j = 0;
        for (int i = 0; i <= rows; i++) {
            double share = (sourcePrefix[s0 + i] - sourcePrefix[s0]) / sourceTotal;
            while (j < columns && (targetPrefix[t0 + j] - targetPrefix[t0]) / targetTotal < share) {
                j++;
            }
            centre[i] = j;
        }
        centre[rows] = columns;
        return centre;
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= rows && j >= lo[i] && j <= hi[i];
    }

    int width(int i) {
        return hi[i] - lo[i] + 1;
    }

    long cells() {
        long total = 0;
        for (int i = 0; i <= rows; i++) {
            total += width(i);
        }
        return total;
    }

    /** Whether the path cell {@code (i, j)} lies within {@code margin} of a band edge that is not a matrix edge. */
    boolean nearInnerEdge(int i, int j, int margin) {
        return (lo[i] > 0 && j - lo[i] < margin) || (hi[i] < columns && hi[i] - j < margin);
    }
}

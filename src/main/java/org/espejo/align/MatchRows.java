package org.espejo.align;

/**
 * The matched cue weight of every bead in a band, computed row by row from the target
 * side's postings (for each cue, the target units that contain it) instead of by
 * intersecting cue sets cell by cell. For source unit {@code a} it walks the postings of
 * {@code a}'s cues (and of the cues of the runs of two, three and four units from {@code a}) once
 * over the target window the band allows, and fills one row per bead shape. Rows live in a
 * ring of source units (eight unless asked), so memory does not grow with the text. Not
 * thread-safe; {@link MatchRowsAhead} fills one in a second thread ahead of the search.
 */
final class MatchRows {

    private static final int RING = 8;

    private final int mask;

    private final Features features;
    private final int s0;
    private final int t0;
    private final Band band;

    private final int[] from;
    /** shared(a, b). */
    private final float[][] one;
    /** cues of a in b ∪ b+1. */
    private final float[][] oneTwo;
    /** cues of a in b ∪ b+1 ∪ b+2. */
    private final float[][] oneThree;
    /** cues of a in b ∪ … ∪ b+3. */
    private final float[][] oneFour;
    /** cues of a ∪ … ∪ a+3 in b. */
    private final float[][] fourOne;
    /** cues of a in b ∩ b+1. */
    private final float[][] oneCommon;
    /** cues of a ∪ a+1 in b. */
    private final float[][] twoOne;
    /** cues of a ∪ a+1 ∪ a+2 in b. */
    private final float[][] threeOne;
    /** cues of a ∩ a+1 in b. */
    private final float[][] commonOne;
    /** cues of a ∩ a+1 in b ∩ b+1. */
    private final float[][] commonCommon;
    /**
     * Per cue, the first posting at or after the window start of the last walk: windows only
     * move forward, so each walk resumes where the last one of its cue started.
     */
    private final int[] cursor;

    MatchRows(Features features, int s0, int t0, Band band) {
        this(features, s0, t0, band, RING);
    }

    /** Match rows that keep the last {@code ring} source units (a power of two, at least eight). */
    MatchRows(Features features, int s0, int t0, Band band, int ring) {
        if (ring < RING || Integer.bitCount(ring) != 1) {
            throw new IllegalArgumentException("ring must be a power of two of at least " + RING + ": " + ring);
        }
        this.mask = ring - 1;
        this.from = new int[ring];
        this.one = new float[ring][];
        this.oneTwo = new float[ring][];
        this.oneThree = new float[ring][];
        this.oneFour = new float[ring][];
        this.fourOne = new float[ring][];
        this.oneCommon = new float[ring][];
        this.twoOne = new float[ring][];
        this.threeOne = new float[ring][];
        this.commonOne = new float[ring][];
        this.commonCommon = new float[ring][];
        this.features = features;
        this.s0 = s0;
        this.t0 = t0;
        this.band = band;
        this.cursor = new int[features.weight.length];
    }

    /** Computes the rows of local source unit {@code a}; call for a = 0, 1, 2… in order. */
    void advance(int a) {
        int slot = a & mask;
        int lo = band.lo[Math.max(0, a - 1)];
        int hi = band.hi[Math.min(band.rows, a + BeadType.MAX_UNITS)];
        int width = hi - lo + 3;
        from[slot] = lo;
        one[slot] = cleared(one[slot], width);
        oneTwo[slot] = cleared(oneTwo[slot], width);
        oneThree[slot] = cleared(oneThree[slot], width);
        oneCommon[slot] = cleared(oneCommon[slot], width);
        oneFour[slot] = cleared(oneFour[slot], width);
        fourOne[slot] = cleared(fourOne[slot], width);
        twoOne[slot] = cleared(twoOne[slot], width);
        threeOne[slot] = cleared(threeOne[slot], width);
        commonOne[slot] = cleared(commonOne[slot], width);
        commonCommon[slot] = cleared(commonCommon[slot], width);
        int s = s0 + a;
        int tFrom = t0 + lo;
        int tTo = t0 + hi;
        for (int cue : features.sourceCues[s]) {
            walkUnions(cue, tFrom, tTo, one[slot], oneTwo[slot], oneThree[slot], oneFour[slot], oneCommon[slot]);
        }
        RunCues unions = features.runs();
        if (s + 1 < features.sourceSize) {
            for (int cue : unions.sourcePair[s]) {
                walkSingles(cue, tFrom, tTo, twoOne[slot]);
            }
            for (int cue : unions.sourceCommon[s]) {
                walkSingles(cue, tFrom, tTo, commonOne[slot]);
                walkCommons(cue, tFrom, tTo, commonCommon[slot]);
            }
        }
        if (s + 2 < features.sourceSize) {
            for (int cue : unions.sourceTriple[s]) {
                walkSingles(cue, tFrom, tTo, threeOne[slot]);
            }
        }
        if (s + 3 < features.sourceSize) {
            for (int cue : unions.sourceQuadruple[s]) {
                walkSingles(cue, tFrom, tTo, fourOne[slot]);
            }
        }
    }

    /**
     * The matched weight of the bead of {@code type} whose first units are local source
     * {@code pi} and local target {@code pj}; the rows of its source units must be computed.
     */
    double matched(BeadType type, int pi, int pj) {
        return switch (type) {
            case ONE_ZERO, ZERO_ONE -> 0;
            case ONE_ONE -> get(one, pi, pj);
            case ONE_TWO -> get(oneTwo, pi, pj);
            case ONE_THREE -> get(oneThree, pi, pj);
            case TWO_ONE -> get(twoOne, pi, pj);
            case THREE_ONE -> get(threeOne, pi, pj);
            case ONE_FOUR -> get(oneFour, pi, pj);
            case FOUR_ONE -> get(fourOne, pi, pj);
            case TWO_TWO -> get(one, pi, pj) + get(one, pi, pj + 1) + get(one, pi + 1, pj) + get(one, pi + 1, pj + 1)
                    - get(commonOne, pi, pj) - get(commonOne, pi, pj + 1)
                    - get(oneCommon, pi, pj) - get(oneCommon, pi + 1, pj)
                    + 2 * get(commonCommon, pi, pj)
                    - Math.min(get(one, pi, pj + 1), get(one, pi + 1, pj));
        };
    }

    /** The shared weight of the two diagonal pairs of the 2-2 bead at {@code pi}, {@code pj}: (a, b) and (a+1, b+1). */
    double diagonal(int pi, int pj) {
        return get(one, pi, pj) + get(one, pi + 1, pj + 1);
    }

    private float get(float[][] rows, int a, int b) {
        int slot = a & mask;
        return rows[slot][b - from[slot]];
    }

    private static float[] cleared(float[] row, int width) {
        if (row == null || row.length < width) {
            return new float[Math.max(16, width + width / 2)];
        }
        java.util.Arrays.fill(row, 0, width, 0f);
        return row;
    }

    /** Adds the cue's weight at every window position b whose target unit contains it. */
    private void walkSingles(int cue, int tFrom, int tTo, float[] row) {
        int[] postings = features.targetPostings(cue);
        float w = features.weight[cue];
        for (int k = firstFrom(cue, postings, tFrom); k < postings.length && postings[k] < tTo; k++) {
            row[postings[k] - tFrom] += w;
        }
    }

    /** Adds the cue's weight at every b where it lies in b ∩ b+1. */
    private void walkCommons(int cue, int tFrom, int tTo, float[] row) {
        int[] postings = features.targetPostings(cue);
        float w = features.weight[cue];
        for (int k = firstFrom(cue, postings, tFrom); k + 1 < postings.length && postings[k] < tTo; k++) {
            if (postings[k + 1] == postings[k] + 1) {
                row[postings[k] - tFrom] += w;
            }
        }
    }

    /** One walk for a single unit's cue: in b, in b ∪ b+1, in b ∪ … ∪ b+2, in b ∪ … ∪ b+3, and in b ∩ b+1. */
    private void walkUnions(int cue, int tFrom, int tTo, float[] single, float[] pair, float[] triple, float[] quadruple,
                            float[] common) {
        int[] postings = features.targetPostings(cue);
        float w = features.weight[cue];
        int lastPair = tFrom - 1;
        int lastTriple = tFrom - 1;
        int lastQuadruple = tFrom - 1;
        int previous = Integer.MIN_VALUE;
        for (int k = firstFrom(cue, postings, tFrom); k < postings.length && postings[k] < tTo + 3; k++) {
            int b = postings[k];
            if (b < tTo) {
                single[b - tFrom] += w;
            }
            int end = Math.min(b, tTo - 1);
            for (int x = Math.max(lastPair + 1, b - 1); x <= end; x++) {
                pair[x - tFrom] += w;
            }
            lastPair = Math.max(lastPair, end);
            for (int x = Math.max(lastTriple + 1, b - 2); x <= end; x++) {
                triple[x - tFrom] += w;
            }
            lastTriple = Math.max(lastTriple, end);
            for (int x = Math.max(lastQuadruple + 1, b - 3); x <= end; x++) {
                quadruple[x - tFrom] += w;
            }
            lastQuadruple = Math.max(lastQuadruple, end);
            if (previous == b - 1 && previous < tTo) {
                common[previous - tFrom] += w;
            }
            previous = b;
        }
    }

    /**
     * The index of the first posting at or after {@code tFrom}: from the cue's cursor, stepping
     * ahead while the postings are close and searching by halves beyond (window starts never
     * decrease from one call to the next).
     */
    private int firstFrom(int cue, int[] postings, int tFrom) {
        int k = cursor[cue];
        int steps = 0;
        while (k < postings.length && postings[k] < tFrom) {
            if (++steps > 8) {
                k = lowerBound(postings, k, tFrom);
                break;
            }
            k++;
        }
        cursor[cue] = k;
        return k;
    }

    private static int lowerBound(int[] sorted, int from, int key) {
        int lo = from;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

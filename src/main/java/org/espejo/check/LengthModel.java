package org.espejo.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.espejo.text.Lang;

/**
 * How long the right side of a row usually is compared with the left, learned from the
 * story's own rows: the median of log(right / left) characters and a robust spread (scaled
 * median absolute deviation). Stories with few rows fall back on a prior (Spanish runs about
 * 10 % longer than English).
 */
final class LengthModel {

    private static final int MIN_ROWS = 8;
    private static final double MIN_SPREAD = 0.12;
    private static final double PRIOR_SPREAD = 0.3;

    private final double center;
    private final double spread;

    private LengthModel(double center, double spread) {
        this.center = center;
        this.spread = spread;
    }

    static LengthModel of(AlignedStory story) {
        List<Double> ratios = new ArrayList<>();
        for (StoryRow row : story.rows()) {
            int l = length(row, Side.LEFT);
            int r = length(row, Side.RIGHT);
            if (!row.isGap() && l >= 20 && r >= 20) {
                ratios.add(logRatio(l, r));
            }
        }
        if (ratios.size() < MIN_ROWS) {
            return new LengthModel(prior(story.leftLang(), story.rightLang()), PRIOR_SPREAD);
        }
        double[] values = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).sorted().toArray();
        return new LengthModel(median, Math.max(MIN_SPREAD, 1.4826 * median(deviations)));
    }

    /** How many spreads the row's ratio is from the usual one (positive: right is longer). */
    double deviation(int leftChars, int rightChars) {
        return (logRatio(leftChars, rightChars) - center) / spread;
    }

    /** The actual right length over the expected one. */
    double factor(int leftChars, int rightChars) {
        return Math.exp(logRatio(leftChars, rightChars) - center);
    }

    /** The right length expected for a left text of {@code leftChars}. */
    double expectedRight(int leftChars) {
        return (leftChars + 10) * Math.exp(center) - 10;
    }

    /** The left length expected for a right text of {@code rightChars}. */
    double expectedLeft(int rightChars) {
        return (rightChars + 10) / Math.exp(center) - 10;
    }

    static int length(StoryRow row, Side side) {
        return row.side(side).stream().mapToInt(p -> p.text().length()).sum();
    }

    private static double logRatio(int left, int right) {
        return Math.log((right + 10.0) / (left + 10.0));
    }

    private static double prior(Lang left, Lang right) {
        if (left == Lang.SPANISH && right == Lang.ENGLISH) {
            return Math.log(0.9);
        }
        if (left == Lang.ENGLISH && right == Lang.SPANISH) {
            return Math.log(1 / 0.9);
        }
        return 0;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

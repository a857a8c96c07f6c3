package org.espejo.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.espejo.language.LanguageCalibration.Observation;

/**
 * Isotonic calibration of "the best guess was right" against evidence: observations are
 * binned by evidence, each bin's accuracy is smoothed ({@code (right+1)/(n+2)}), and adjacent
 * bins that break monotonicity are pooled (pool-adjacent-violators). Knots sit at each bin's
 * geometric-mean evidence.
 */
record IsotonicFit(double[] evidence, double[] probability) {

    private static final double[] EDGES = {0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64};

    static IsotonicFit fit(List<Observation> observations) {
        List<double[]> bins = new ArrayList<>(); // {sum ln e, right, n}
        for (int i = 0; i <= EDGES.length; i++) {
            double lo = i == 0 ? 0 : EDGES[i - 1];
            double hi = i == EDGES.length ? Double.MAX_VALUE : EDGES[i];
            double[] bin = new double[3];
            for (Observation o : observations) {
                if (o.evidence() > lo && o.evidence() <= hi) {
                    bin[0] += Math.log(o.evidence());
                    bin[1] += o.right() ? 1 : 0;
                    bin[2]++;
                }
            }
            if (bin[2] > 0) {
                bins.add(new double[] {bin[0] / bin[2], (bin[1] + 1) / (bin[2] + 2), bin[2]});
            }
        }
        List<double[]> pooled = new ArrayList<>(); // {mean ln e, p, n}
        for (double[] bin : bins) {
            pooled.add(bin);
            while (pooled.size() > 1 && pooled.get(pooled.size() - 2)[1] > pooled.get(pooled.size() - 1)[1]) {
                double[] b = pooled.remove(pooled.size() - 1);
                double[] a = pooled.remove(pooled.size() - 1);
                double n = a[2] + b[2];
                pooled.add(new double[] {(a[0] * a[2] + b[0] * b[2]) / n, (a[1] * a[2] + b[1] * b[2]) / n, n});
            }
        }
        return new IsotonicFit(pooled.stream().mapToDouble(b -> Math.exp(b[0])).toArray(),
                pooled.stream().mapToDouble(b -> b[1]).toArray());
    }

    double probability(Observation o) {
        double e = o.evidence();
        if (e <= 0) {
            return 0;
        }
        if (e <= evidence[0]) {
            return probability[0];
        }
        int last = evidence.length - 1;
        if (e >= evidence[last]) {
            return probability[last];
        }
        int i = 1;
        while (evidence[i] < e) {
            i++;
        }
        double t = Math.log(e / evidence[i - 1]) / Math.log(evidence[i] / evidence[i - 1]);
        return probability[i - 1] + t * (probability[i] - probability[i - 1]);
    }

    String asJava() {
        return "    static final double[] EVIDENCE = {" + join(evidence, "%.3f") + "};\n"
                + "    static final double[] PROBABILITY = {" + join(probability, "%.5f") + "};";
    }

    private static String join(double[] values, String format) {
        return java.util.Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, format, v))
                .collect(Collectors.joining(", "));
    }
}

package org.espejo.language;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.espejo.language.LanguageCalibration.Observation;

/** Prints the tables of {@link LanguageCalibration}. */
final class CalibrationTables {

    private static final int[] LETTER_EDGES = {4, 8, 10, 12, 16, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300};
    private static final int[] WORD_EDGES = {1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50};
    private static final double[] P_EDGES = {0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999};
    private static final int[] MIN_LETTERS = {0, 5, 10, 15, 20, 30};
    private static final double[] MIN_CONFIDENCE = {0, 0.5, 0.8, 0.9, 0.95, 0.99};

    private final List<Observation> observations;
    private final ToDoubleFunction<Observation> calibration;

    CalibrationTables(List<Observation> observations, ToDoubleFunction<Observation> calibration) {
        this.observations = observations;
        this.calibration = calibration;
    }

    private double probability(Observation o) {
        return calibration.applyAsDouble(o);
    }

    void accuracyByLetters(String unit) {
        byLength(unit, "letters", Observation::letters, LETTER_EDGES);
    }

    void accuracyByWords(String unit) {
        byLength(unit, "words", Observation::words, WORD_EDGES);
    }

    private void byLength(String unit, String what, ToIntFunction<Observation> length, int[] edges) {
        System.out.printf(Locale.ROOT, "%naccuracy of the best guess by %s, %ss (all corpora)%n", what, unit);
        System.out.printf(Locale.ROOT, "%-12s %7s %9s %7s%n", what, "n", "accuracy", "wrong");
        for (int i = 0; i <= edges.length; i++) {
            int lo = i == 0 ? 0 : edges[i - 1];
            int hi = i == edges.length ? Integer.MAX_VALUE : edges[i];
            List<Observation> bin = observations.stream()
                    .filter(o -> o.unit().equals(unit))
                    .filter(o -> length.applyAsInt(o) >= lo && length.applyAsInt(o) < hi)
                    .toList();
            if (!bin.isEmpty()) {
                long right = bin.stream().filter(Observation::right).count();
                String range = hi == Integer.MAX_VALUE ? lo + "+" : lo + "-" + (hi - 1);
                System.out.printf(Locale.ROOT, "%-12s %7d %8.2f%% %7d%n", range, bin.size(),
                        100.0 * right / bin.size(), bin.size() - right);
            }
        }
    }

    void reliability(String corpus, String calibrationName) {
        System.out.printf(Locale.ROOT, "%ncalibration on %s (sentences and paragraphs), %s: stated confidence vs. measured accuracy%n",
                corpus, calibrationName);
        System.out.printf(Locale.ROOT, "%-14s %7s %10s %9s%n", "confidence", "n", "mean conf", "accuracy");
        for (int i = 0; i <= P_EDGES.length; i++) {
            double lo = i == 0 ? 0 : P_EDGES[i - 1];
            double hi = i == P_EDGES.length ? 1.0001 : P_EDGES[i];
            List<Observation> bin = observations.stream()
                    .filter(o -> o.corpus().equals(corpus))
                    .filter(o -> probability(o) >= lo && probability(o) < hi)
                    .toList();
            if (!bin.isEmpty()) {
                double mean = bin.stream().mapToDouble(this::probability).average().orElse(0);
                double accuracy = (double) bin.stream().filter(Observation::right).count() / bin.size();
                System.out.printf(Locale.ROOT, "[%.3f,%.3f) %7d %10.4f %9.4f%n", lo, Math.min(hi, 1), bin.size(), mean, accuracy);
            }
        }
    }

    void thresholds(String unit) {
        List<Observation> units = observations.stream().filter(o -> o.unit().equals(unit)).toList();
        System.out.printf(Locale.ROOT, "%n%ss: share called (not unknown) / error rate among those called, all corpora (n=%d)%n",
                unit, units.size());
        System.out.printf(Locale.ROOT, "%-12s", "min letters");
        for (double c : MIN_CONFIDENCE) {
            System.out.printf(Locale.ROOT, " %16s", "conf>=" + c);
        }
        System.out.println();
        for (int minLetters : MIN_LETTERS) {
            System.out.printf(Locale.ROOT, "%-12d", minLetters);
            for (double minConfidence : MIN_CONFIDENCE) {
                List<Observation> called = units.stream()
                        .filter(o -> o.evidence() > 0 && o.letters() >= minLetters && probability(o) >= minConfidence)
                        .toList();
                long wrong = called.stream().filter(o -> !o.right()).count();
                System.out.printf(Locale.ROOT, " %6.1f%% / %5.2f%%", 100.0 * called.size() / units.size(),
                        100.0 * wrong / Math.max(1, called.size()));
            }
            System.out.println();
        }
    }
}

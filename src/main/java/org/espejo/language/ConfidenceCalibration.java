package org.espejo.language;

import java.util.List;
import org.espejo.text.Lang;

/**
 * Turns a detector's raw evidence into a {@link LanguageGuess} whose confidence is the
 * measured probability that the language is right, and decides when a text is
 * {@link LanguageGuess#UNKNOWN}.
 *
 * <p>The confidence is a monotone function of the evidence {@code e = letters × margin}
 * ({@link LanguageScores#evidence()}), read from a table by linear interpolation in
 * {@code ln e}. The table is an isotonic fit of "was the best language right" against
 * evidence, over every distinct sentence and paragraph of the Spanish and English sides of the
 * dev corpora ({@code ../shared/corpora}: WMT news clean, Bible clean, the whole Quijote);
 * re-run {@code LanguageCalibration} (test sources) to refit it.
 *
 * <p>A text is {@link LanguageGuess#UNKNOWN} when it has fewer than {@link #MIN_LETTERS}
 * letters, or when its confidence is below {@link #MIN_CONFIDENCE}, i.e. when more than one
 * guess in ten like it is wrong: too short, or too mixed (a paragraph half in one language
 * and half in another has a small margin, or, when it is made of sentences, sentences in other
 * languages hold at least {@link #MIXED_SHARE} of its letters). Stateless and thread-safe.
 */
final class ConfidenceCalibration {

    /** Evidence at the knots of the calibration table, increasing. */
    static final double[] EVIDENCE = {
            0.143, 0.734, 1.244, 1.742, 2.474, 3.483, 4.949, 6.926, 9.869, 13.944, 19.741, 27.770,
            44.340, 113.481};
    /** Measured probability of a right guess at each knot, non-decreasing. */
    static final double[] PROBABILITY = {
            0.59719, 0.73925, 0.90728, 0.91601, 0.94750, 0.96408, 0.98519, 0.99723, 0.99727,
            0.99861, 0.99946, 0.99975, 0.99989, 0.99993};
    /** Fewer letters than this: unknown, whatever the detector says. */
    static final int MIN_LETTERS = 10;
    /** A lower calibrated confidence: unknown. */
    static final double MIN_CONFIDENCE = 0.9;
    /**
     * A text made of parts (a paragraph of sentences) whose called parts in languages other
     * than the whole's hold at least this share of the called parts' letters is too mixed to
     * call.
     */
    static final double MIXED_SHARE = 1.0 / 3;

    private ConfidenceCalibration() {
    }

    /** The calibrated probability that {@code scores.best()} is right. */
    static double confidence(LanguageScores scores) {
        return confidence(scores.evidence());
    }

    /** The calibrated probability that a guess with this much evidence is right. */
    static double confidence(double evidence) {
        if (evidence <= 0) {
            return 0;
        }
        if (evidence <= EVIDENCE[0]) {
            return PROBABILITY[0];
        }
        int last = EVIDENCE.length - 1;
        if (evidence >= EVIDENCE[last]) {
            return PROBABILITY[last];
        }
        int i = 1;
        while (EVIDENCE[i] < evidence) {
            i++;
        }
        double t = Math.log(evidence / EVIDENCE[i - 1]) / Math.log(EVIDENCE[i] / EVIDENCE[i - 1]);
        return PROBABILITY[i - 1] + t * (PROBABILITY[i] - PROBABILITY[i - 1]);
    }

    /** The guess for {@code scores}: its best language, or unknown below the thresholds. */
    static LanguageGuess guess(LanguageScores scores) {
        Lang best = scores.best();
        if (!best.isKnown() || scores.letters() < MIN_LETTERS) {
            return LanguageGuess.UNKNOWN;
        }
        double confidence = confidence(scores);
        return confidence < MIN_CONFIDENCE ? LanguageGuess.UNKNOWN : new LanguageGuess(best, confidence);
    }

    /**
     * The guess for a text made of {@code parts}: the guess of their combined evidence, unless
     * the parts called in other languages hold at least {@link #MIXED_SHARE} of the letters
     * of the parts that could be called.
     */
    static LanguageGuess combinedGuess(List<LanguageScores> parts) {
        LanguageGuess whole = guess(LanguageScores.combine(parts));
        if (!whole.isKnown()) {
            return whole;
        }
        int called = 0;
        int otherLanguages = 0;
        for (LanguageScores part : parts) {
            Lang lang = guess(part).lang();
            if (lang.isKnown()) {
                called += part.letters();
                otherLanguages += lang == whole.lang() ? 0 : part.letters();
            }
        }
        return otherLanguages > 0 && otherLanguages >= MIXED_SHARE * called ? LanguageGuess.UNKNOWN : whole;
    }
}

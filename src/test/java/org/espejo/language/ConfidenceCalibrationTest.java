package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {

    private static LanguageScores spanish(int letters, double runnerUpCost) {
        return new LanguageScores(Map.of(Lang.SPANISH, 1.0, Lang.ENGLISH, runnerUpCost), letters);
    }

    private static LanguageScores english(int letters, double runnerUpCost) {
        return new LanguageScores(Map.of(Lang.ENGLISH, 1.0, Lang.SPANISH, runnerUpCost), letters);
    }

    @Test
    void the_table_is_increasing_in_evidence_and_never_decreasing_in_probability() {
        double[] evidence = ConfidenceCalibration.EVIDENCE;
        double[] probability = ConfidenceCalibration.PROBABILITY;
        assertThat(evidence).hasSameSizeAs(probability);
        for (int i = 1; i < evidence.length; i++) {
            assertThat(evidence[i]).isGreaterThan(evidence[i - 1]);
            assertThat(probability[i]).isGreaterThanOrEqualTo(probability[i - 1]);
        }
        assertThat(java.util.Arrays.stream(probability)).allMatch(p -> p > 0 && p < 1);
    }

    @Test
    void confidence_grows_with_evidence_and_interpolates_between_knots() {
        double low = ConfidenceCalibration.confidence(0.5);
        double middle = ConfidenceCalibration.confidence(5);
        double high = ConfidenceCalibration.confidence(500);

        assertThat(low).isLessThan(middle);
        assertThat(middle).isLessThan(high);
        assertThat(ConfidenceCalibration.confidence(0)).isZero();
        double between = ConfidenceCalibration.confidence(Math.sqrt(ConfidenceCalibration.EVIDENCE[2] * ConfidenceCalibration.EVIDENCE[3]));
        assertThat(between).isBetween(ConfidenceCalibration.PROBABILITY[2], ConfidenceCalibration.PROBABILITY[3]);
    }

    @Test
    void strong_evidence_on_enough_letters_is_called() {
        LanguageGuess guess = ConfidenceCalibration.guess(spanish(60, 1.2));

        assertThat(guess.lang()).isEqualTo(Lang.SPANISH);
        assertThat(guess.confidence()).isGreaterThan(0.99);
    }

    @Test
    void too_few_letters_are_unknown_whatever_the_margin() {
        assertThat(ConfidenceCalibration.guess(spanish(ConfidenceCalibration.MIN_LETTERS - 1, 3.0)))
                .isEqualTo(LanguageGuess.UNKNOWN);
    }

    @Test
    void a_margin_too_small_for_the_minimum_confidence_is_unknown() {
        LanguageScores weak = spanish(40, 1.01);

        assertThat(ConfidenceCalibration.confidence(weak)).isLessThan(ConfidenceCalibration.MIN_CONFIDENCE);
        assertThat(ConfidenceCalibration.guess(weak)).isEqualTo(LanguageGuess.UNKNOWN);
    }

    @Test
    void a_paragraph_with_a_third_of_its_letters_in_another_language_is_too_mixed() {
        LanguageScores mostlySpanish = spanish(200, 1.2);

        assertThat(ConfidenceCalibration.combinedGuess(List.of(mostlySpanish, english(60, 1.2))).lang())
                .isEqualTo(Lang.SPANISH);
        assertThat(ConfidenceCalibration.combinedGuess(List.of(mostlySpanish, english(110, 1.2))))
                .isEqualTo(LanguageGuess.UNKNOWN);
    }
}

package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class LanguageScoresTest {

    private static LanguageScores spanish(int letters) {
        return new LanguageScores(Map.of(Lang.SPANISH, 1.0, Lang.PORTUGUESE, 1.1, Lang.ENGLISH, 1.3), letters);
    }

    private static LanguageScores english(int letters) {
        return new LanguageScores(Map.of(Lang.ENGLISH, 1.0, Lang.SPANISH, 1.2, Lang.PORTUGUESE, 1.25), letters);
    }

    @Test
    void evidence_is_letters_times_the_runner_up_margin() {
        LanguageScores scores = spanish(50);

        assertThat(scores.best()).isEqualTo(Lang.SPANISH);
        assertThat(scores.margin()).isCloseTo(0.1, within(1e-9));
        assertThat(scores.evidence()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void combining_sentences_of_one_language_adds_up_their_evidence() {
        LanguageScores combined = LanguageScores.combine(List.of(spanish(50), spanish(30)));

        assertThat(combined.best()).isEqualTo(Lang.SPANISH);
        assertThat(combined.letters()).isEqualTo(80);
        assertThat(combined.evidence()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void combining_sentences_of_two_languages_leaves_less_margin_than_either_and_the_longer_one_wins() {
        LanguageScores combined = LanguageScores.combine(List.of(spanish(60), english(50)));

        assertThat(combined.best()).isEqualTo(Lang.SPANISH);
        // Spanish costs 60·1 + 50·1.2 = 120, English 60·1.3 + 50·1 = 128, Portuguese 66 + 62.5
        assertThat(combined.margin()).isCloseTo(8.0 / 120, within(1e-9));
        assertThat(combined.margin()).isLessThan(Math.min(spanish(60).margin(), english(50).margin()));
    }

    @Test
    void a_language_ruled_out_by_its_alphabet_costs_as_much_as_the_worst_present_one() {
        LanguageScores onlySpanish = new LanguageScores(Map.of(Lang.SPANISH, 1.0), 9);
        LanguageScores threeLeft = new LanguageScores(Map.of(Lang.SPANISH, 1.0, Lang.PORTUGUESE, 1.05, Lang.CATALAN, 1.4), 9);

        assertThat(onlySpanish.cost(Lang.ENGLISH)).isEqualTo(LanguageScores.RULED_OUT_COST);
        assertThat(onlySpanish.margin()).isCloseTo(LanguageScores.RULED_OUT_COST - 1, within(1e-9));
        assertThat(threeLeft.cost(Lang.ENGLISH)).isEqualTo(1.4);
        assertThat(threeLeft.margin()).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void parts_without_evidence_add_nothing() {
        LanguageScores combined = LanguageScores.combine(List.of(spanish(50), LanguageScores.NONE));

        assertThat(combined.letters()).isEqualTo(50);
        assertThat(LanguageScores.combine(List.of(LanguageScores.NONE))).isEqualTo(LanguageScores.NONE);
        assertThat(LanguageScores.NONE.best()).isEqualTo(Lang.UNKNOWN);
        assertThat(LanguageScores.NONE.evidence()).isZero();
    }

    @Test
    void costs_must_name_a_best_language_at_one() {
        assertThatThrownBy(() -> new LanguageScores(Map.of(Lang.SPANISH, 1.2), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageScores(Map.of(Lang.SPANISH, 0.5), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void letters_are_counted_in_any_script_without_digits_or_punctuation() {
        assertThat(LanguageScores.countLetters("¿Qué año, 1605?")).isEqualTo(6);
        assertThat(LanguageScores.countLetters("abc def", 2, 6)).isEqualTo(3);
    }
}

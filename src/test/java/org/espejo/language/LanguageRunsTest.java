package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.espejo.text.Lang;
import org.espejo.text.Span;
import org.junit.jupiter.api.Test;

class LanguageRunsTest {

    private final LinguaLanguageDetector detector = LinguaLanguageDetector.shared();

    private List<String> runs(String text) {
        return LanguageRuns.of(text, new Span(0, text.length()), detector::scores).stream()
                .map(r -> r.span().of(text))
                .toList();
    }

    @Test
    void pieces_are_cut_after_inner_sentence_and_clause_ends_before_a_capital() {
        String text = "Vivía en Cojímar. Luego: ¿qué? «Nada»; Fin del cuento, etc. y nada más.";

        assertThat(LanguageRuns.pieces(text, new Span(0, text.length())).stream().map(s -> s.of(text)))
                .containsExactly("Vivía en Cojímar.", "Luego:", "¿qué?", "«Nada»;", "Fin del cuento, etc. y nada más.");
    }

    @Test
    void a_sentence_in_one_language_stays_one_run() {
        String text = "El Sr. García llegó ayer a la ciudad. Nadie lo esperaba en la estación de trenes.";

        assertThat(runs(text)).containsExactly(text);
    }

    @Test
    void an_english_sentence_joined_to_spanish_ones_becomes_its_own_run() {
        String english = "The house was sold to an American writer who spent the summer there.";
        String text = "Vivía en un pueblo de pescadores junto al mar. " + english
                + " Las paredes todavía guardan las firmas de los visitantes.";

        List<LanguageRuns.Run> runs = LanguageRuns.of(text, new Span(0, text.length()), detector::scores);

        assertThat(runs).extracting(r -> r.span().of(text)).contains(english);
        assertThat(runs).extracting(r -> ConfidenceCalibration.guess(r.scores()).lang())
                .containsExactly(Lang.SPANISH, Lang.ENGLISH, Lang.SPANISH);
    }
}

package org.espejo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuSentenceSegmenterTest {

    private final IcuSentenceSegmenter segmenter = new IcuSentenceSegmenter();

    private List<String> split(String text, Lang lang) {
        return segmenter.split(0, text, lang).stream().map(Sentence::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "El Sr. García llegó ayer. Dijo que sí.|El Sr. García llegó ayer.|Dijo que sí.",
            "Viajó a EE. UU. en 2010. Después volvió.|Viajó a EE. UU. en 2010.|Después volvió.",
            "Vive en EE. UU. Después volvió.|Vive en EE. UU.|Después volvió.",
            "Hay frutas, p. ej. manzanas. Bien.|Hay frutas, p. ej. manzanas.|Bien.",
            "La Dra. Pérez y el Dr. Ruiz hablaron. Fin.|La Dra. Pérez y el Dr. Ruiz hablaron.|Fin.",
            "El PIB creció un 3.5 por ciento. La inflación, 2,4.|El PIB creció un 3.5 por ciento.|La inflación, 2,4.",
            "Lo escribió J. R. R. Tolkien. Es famoso.|Lo escribió J. R. R. Tolkien.|Es famoso.",
            "Ocurrió en el s. XX. Nadie lo vio.|Ocurrió en el s. XX.|Nadie lo vio.",
            "Las FF. AA. desfilaron. Fue largo.|Las FF. AA. desfilaron.|Fue largo."})
    void spanish_abbreviations_decimals_and_initials_do_not_end_sentences(String text, String first, String second) {
        assertThat(split(text, Lang.SPANISH)).containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Se quedó mirando el mar. Luego se fue.|Se quedó mirando el mar.|Luego se fue.",
            "Se bañaron en el mar. ¿Y tú?|Se bañaron en el mar.|¿Y tú?",
            "—Bien. Vamos entonces.|—Bien.|Vamos entonces.",
            "Plantó una col. Después regó el huerto.|Plantó una col.|Después regó el huerto."})
    void common_words_that_icu_lists_as_abbreviations_end_sentences(String text, String first, String second) {
        assertThat(split(text, Lang.SPANISH)).containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "El plazo vence el 15 mar. 2021. Luego se verá.|El plazo vence el 15 mar. 2021.|Luego se verá.",
            "Firmado el 3 de mar. de 1999 en Lima. Fin.|Firmado el 3 de mar. de 1999 en Lima.|Fin."})
    void month_abbreviations_keep_their_period_inside_a_date(String text, String first, String second) {
        assertThat(split(text, Lang.SPANISH)).containsExactly(first, second);
    }

    @Test
    void spanish_inverted_marks_and_quotes_end_sentences_where_they_close() {
        assertThat(split("¿Vienes? ¡Claro que sí! Vamos.", Lang.SPANISH))
                .containsExactly("¿Vienes?", "¡Claro que sí!", "Vamos.");
        assertThat(split("«No lo sé», dijo. «Quizá mañana.» Y se fue.", Lang.SPANISH))
                .containsExactly("«No lo sé», dijo.", "«Quizá mañana.»", "Y se fue.");
        assertThat(split("¡Qué día!, exclamó Ana.", Lang.SPANISH)).containsExactly("¡Qué día!, exclamó Ana.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mr. Smith arrived. He left.|Mr. Smith arrived.|He left.",
            "He moved to the U.S. in 2010. Then he came back.|He moved to the U.S. in 2010.|Then he came back.",
            "Dr. Jones, e.g. the surgeon, agreed. Fine.|Dr. Jones, e.g. the surgeon, agreed.|Fine.",
            "It grew 3.5 percent. Inflation was 2.4.|It grew 3.5 percent.|Inflation was 2.4.",
            "J. R. R. Tolkien wrote it. It is famous.|J. R. R. Tolkien wrote it.|It is famous.",
            "See fig. 4 for details. It helps.|See fig. 4 for details.|It helps."})
    void english_abbreviations_decimals_and_initials_do_not_end_sentences(String text, String first, String second) {
        assertThat(split(text, Lang.ENGLISH)).containsExactly(first, second);
    }

    @Test
    void english_quotes_stay_with_their_sentence() {
        assertThat(split("\"I don't know,\" he said. \"Maybe tomorrow.\" And he left.", Lang.ENGLISH))
                .containsExactly("\"I don't know,\" he said.", "\"Maybe tomorrow.\"", "And he left.");
    }

    @Test
    void etc_ends_a_sentence_before_a_capital() {
        assertThat(split("Compró peras, manzanas, etc. Luego se fue.", Lang.SPANISH))
                .containsExactly("Compró peras, manzanas, etc.", "Luego se fue.");
    }

    @Test
    void spans_point_into_the_paragraph_and_sentences_are_numbered() {
        String text = "  Uno.   Dos.  ";
        List<Sentence> sentences = segmenter.split(7, text, Lang.SPANISH);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).index()).isEqualTo(1);
        assertThat(sentences.get(1).paragraph()).isEqualTo(7);
        Span span = sentences.get(1).span();
        assertThat(text.substring(span.start(), span.end())).isEqualTo("Dos.");
    }

    @Test
    void blank_text_has_no_sentences_and_unknown_language_still_splits() {
        assertThat(split("   ", Lang.SPANISH)).isEmpty();
        assertThat(split("Eins. Zwei.", Lang.UNKNOWN)).containsExactly("Eins.", "Zwei.");
    }

    @Test
    void concurrent_use_gives_the_same_sentences() throws Exception {
        String text = "El Sr. García llegó a EE. UU. en 1999. ¿Volverá? Nadie lo sabe. Lo dijo J. Pérez.";
        List<String> expected = split(text, Lang.SPANISH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> split(text, Lang.SPANISH)));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSize(4);
    }
}

package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueExtractorTest {

    private final CueExtractor extractor = new CueExtractor(AlignerSettings.DEFAULT);

    private List<String> cues(String text) {
        List<String> keys = new ArrayList<>();
        extractor.extract(text, (key, start, end) -> keys.add(key));
        return keys;
    }

    private List<String> shared(String source, String target) {
        List<String> s = cues(source);
        Set<String> t = Set.copyOf(cues(target));
        return s.stream().filter(t::contains).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Costó 1.500 euros | It cost 1,500 euros | #1500",
            "una inflación del 3,1 | inflation of 3.1 | #31",
            "el 13 por ciento | 13 percent | #13",
            "recibió 48 000 visitantes | received 48,000 visitors | #48000",
            "el año 2007 | in 2007 | #2007"})
    void numbers_match_whatever_their_grouping(String source, String target, String key) {
        assertThat(shared(source, target)).contains(key);
    }

    @Test
    void percent_words_and_sign_match() {
        assertThat(shared("subió 13 por ciento", "rose 13%")).contains("#13", "#%");
        assertThat(shared("subió un 13 %", "rose 13 percent")).contains("#%");
    }

    @Test
    void number_words_and_ordinals_match_digits_and_each_other() {
        assertThat(shared("llegaron dos barcos", "two ships arrived")).contains("#2");
        assertThat(shared("Capítulo primero", "CHAPTER I")).contains("#1", "lchapter");
        assertThat(shared("el tercer día", "on the 3rd day")).contains("#3");
    }

    @Test
    void roman_numerals_count_only_when_they_cannot_be_words() {
        assertThat(cues("Capítulo XXIV. Donde se prosigue")).contains("#24");
        assertThat(cues("CHAPTER XIV. WHEREIN ARE INSERTED")).contains("#14");
        assertThat(cues("And I said no")).doesNotContain("#1");
        assertThat(cues("DIJO MI PADRE")).doesNotContain("#1001", "#501");
    }

    @Test
    void names_match_across_accents_but_not_at_sentence_start() {
        assertThat(shared("Llegó a Michoacán ayer.", "He reached Michoacan yesterday.")).contains("nmichoacan");
        assertThat(cues("Ayer llegó.")).doesNotContain("nayer");
        assertThat(cues("Dijo: Ayer llegó.")).doesNotContain("nayer");
    }

    @Test
    void shouted_headings_do_not_make_every_word_a_name() {
        assertThat(cues("CHAPTER II. WHICH TREATS OF THE FIRST SALLY")).noneMatch(k -> k.startsWith("n"));
        assertThat(cues("según la OTAN y la ONU")).contains("notan", "nonu");
    }

    @Test
    void cognates_are_folded_word_beginnings() {
        assertThat(shared("La producción económica", "Economic production")).contains("cprod", "cecon");
        assertThat(cues("de la")).noneMatch(k -> k.startsWith("c"));
    }

    @Test
    void question_and_exclamation_marks_match_their_inverted_forms() {
        assertThat(shared("¿Quién vino? ¡Nadie!", "Who came? Nobody!")).contains("p?", "p!");
        assertThat(shared("«Ya voy», dijo.", "“Coming,” he said.")).contains("p\"");
    }

    @Test
    void switched_off_signals_give_no_cues() {
        CueExtractor numbersOnly = new CueExtractor(AlignerSettings.DEFAULT.without(
                Set.of(Signal.NAMES, Signal.COGNATES, Signal.PUNCTUATION, Signal.LEXICON)));
        List<String> keys = new ArrayList<>();
        numbersOnly.extract("¿Visitó Michoacán 3 veces?", (key, start, end) -> keys.add(key));
        assertThat(keys).containsExactly("#3");
    }

    @Test
    void cue_positions_point_at_the_written_form() {
        String text = "Costó 1.500 euros";
        List<String> surfaces = new ArrayList<>();
        extractor.extract(text, (key, start, end) -> {
            if (key.startsWith("#")) {
                surfaces.add(text.substring(start, end));
            }
        });
        assertThat(surfaces).isNotEmpty().containsOnly("1.500");
    }
}

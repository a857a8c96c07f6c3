package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.align.Lexicon.Column.FIRST;
import static org.espejo.align.Lexicon.Column.SECOND;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each signal makes a right pairing cheaper than without it. */
class SignalTest {

    private static double cost(AlignerSettings settings, List<String> source, List<String> target) {
        Features features = Features.of(source, target, new CueExtractor(settings), WordListReading.SPANISH_SOURCE);
        return new BeadScorer(settings, features).cost(Range.single(0), Range.single(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NUMBERS | Pagó 1.500 pesos en 1998 y 37 más | He paid 1,500 pesos in 1998 and 37 more",
            "NAMES | Lo vio en Tlaxcala con Gutiérrez | He saw it in Tlaxcala with Gutierrez",
            "COGNATES | La economía nacional creció rápidamente | The national economy grew rapidly",
            "PUNCTUATION | ¿Qué pasó? ¡Nada! «Bien» | What happened? Nothing! “Fine”",
            "LEXICON | El año pasado el hombre vio la casa | Last year the man saw the house"})
    void a_signal_lowers_the_cost_of_a_pair_it_supports(Signal signal, String source, String target) {
        List<String> es = List.of(source, "Otra frase sin relación alguna aquí.");
        List<String> en = List.of(target, "Another unrelated sentence over there.");
        double with = cost(AlignerSettings.DEFAULT, es, en);
        double without = cost(AlignerSettings.DEFAULT.without(Set.of(signal)), es, en);
        assertThat(with).isLessThan(without);
    }

    @Test
    void the_length_model_charges_a_pair_of_very_different_lengths() {
        AlignerSettings noLength = AlignerSettings.DEFAULT.without(Set.of(Signal.LENGTH));
        List<String> es = List.of("Sí.", "Una frase bastante larga que no se parece en nada a la otra y sigue y sigue.");
        List<String> en = List.of("Yes, and a great deal more than that, said at considerable length to everyone present.", "No.");
        assertThat(cost(AlignerSettings.DEFAULT, es, en)).isGreaterThan(cost(noLength, es, en) + 5);
    }

    /** Ten short Spanish sentences about animals, for the document lexicon. */
    private static final List<String> ANIMALS = List.of("El perro come pan.", "El perro duerme mucho.",
            "El gato come pescado.", "El gato duerme poco.", "La vaca pasta.", "La oveja bala.", "El caballo corre.",
            "La gallina canta.", "El burro rebuzna.", "La cabra salta.");

    /** One confident 1-1 step per unit. */
    private static List<Step> confidentOneToOne(int units) {
        List<Step> path = new java.util.ArrayList<>();
        for (int i = 0; i < units; i++) {
            path.add(new Step(Range.single(i), Range.single(i), false, 1));
        }
        return path;
    }

    @Test
    void the_document_lexicon_learns_pairs_that_recur_in_confident_beads() {
        List<String> de = List.of("Der Hund frisst Brot.", "Der Hund schläft viel.", "Die Katze frisst Fisch.",
                "Die Katze schläft wenig.", "Die Kuh grast.", "Das Schaf blökt.", "Das Pferd rennt.", "Das Huhn singt.",
                "Der Esel schreit.", "Die Ziege springt.");
        Features features = Features.of(ANIMALS, de, new CueExtractor(AlignerSettings.DEFAULT), WordListReading.NONE);
        Lexicon learned = DocumentLexicon.learn(features, confidentOneToOne(ANIMALS.size()), (a, b) -> false);
        assertThat(learned.keys("perro", FIRST)).isNotNull().isEqualTo(learned.keys("hund", SECOND));
        assertThat(learned.keys("duerme", FIRST)).isNotNull().isEqualTo(learned.keys("schlaft", SECOND));
        assertThat(learned.keys("perro", FIRST)).isNotEqualTo(learned.keys("katze", SECOND));
    }

    @Test
    void a_pair_the_word_list_already_gives_is_not_learned_again_and_keeps_its_stems() {
        List<String> en = List.of("The dog eats bread.", "The dog sleeps a lot.", "The cat eats fish.",
                "The cat sleeps little.", "The cow grazes.", "The sheep bleats.", "The horse runs.", "The hen sings.",
                "The donkey brays.", "The goat jumps.");
        CueExtractor extractor = new CueExtractor(AlignerSettings.DEFAULT);
        Features features = Features.of(ANIMALS, en, extractor, WordListReading.SPANISH_SOURCE);
        List<Step> path = confidentOneToOne(ANIMALS.size());
        DocumentLexicon.Known known = extractor.knownPairs(WordListReading.SPANISH_SOURCE);
        assertThat(known.pairs("perro", "dog")).as("the shipped list pairs perro and dog").isTrue();
        Lexicon all = DocumentLexicon.learn(features, path, (a, b) -> false);
        assertThat(all.keys("perro", FIRST)).isNotNull().isEqualTo(all.keys("dog", SECOND));
        Lexicon learned = DocumentLexicon.learn(features, path, known);
        assertThat(learned.keys("perro", FIRST)).as("not learned again").isNull();
        assertThat(learned.keys("dog", SECOND)).as("dog keeps perro as its partner").isNull();
    }

    @Test
    void lexicon_stems_drop_plurals_and_cut_long_words() {
        assertThat(Lexicon.stem("years")).isEqualTo("year");
        assertThat(Lexicon.stem("gobiernos")).isEqualTo("gobier");
        assertThat(Lexicon.stem("dos")).isEqualTo("dos");
    }

    @Test
    void the_shipped_word_list_pairs_words_that_share_no_letters() {
        Lexicon lexicon = Lexicon.spanishEnglish();
        assertThat(lexicon.isEmpty()).isFalse();
        assertThat(lexicon.keys("ano", FIRST)).isNotNull().containsAnyOf(lexicon.keys("year", SECOND));
    }
}

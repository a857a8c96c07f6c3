package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;
import static org.espejo.check.TestStories.sure;

import java.util.List;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class UntranslatedCheckTest {

    private static final String ES = "Los vecinos lo conocen como el hombre del faro y los niños le piden historias.";
    private static final String EN = "The neighbours know him as the lighthouse man and the children ask him for stories.";

    private static AlignedStory story(List<String> es, List<String> en, List<LanguageGuess> esLangs,
                                      List<LanguageGuess> enLangs) {
        return TestStories.builder(es, en, TestStories.oneToOne(es.size())).languages(esLangs, enLangs).build();
    }

    @Test
    void a_paragraph_left_in_the_other_sides_language_is_reported() {
        String source = "Algunos niños le piden que les cuente historias de naufragios y de noches sin estrellas.";
        String leftAsIs = "Algunos niños le piden que le cuente historias de naufragios, y de noches sin estrellas";
        List<Finding> findings = run(CheckType.UNTRANSLATED, story(List.of(ES, source), List.of(EN, leftAsIs),
                List.of(sure(Lang.SPANISH), sure(Lang.SPANISH)), List.of(sure(Lang.ENGLISH), sure(Lang.SPANISH))));
        assertThat(rules(findings)).containsExactly("paragraph-language");
        assertThat(findings.get(0).row()).isEqualTo(1);
        assertThat(findings.get(0).args()).containsExactly("lang:es", "lang:en");
        assertThat(FindingMessages.english().message(findings.get(0))).contains("Spanish").contains("English");
    }

    @Test
    void a_translation_the_detector_calls_foreign_because_of_its_names_is_not_reported() {
        String es = "El primer lunes del mes se encontraron los restos de dos barcas en las playas de San Juan de la Costa y Tlacotalpan.";
        String en = "The first Monday of the month the remains of two boats were found on the beaches of San Juan de la Costa and Tlacotalpan.";
        assertThat(run(CheckType.UNTRANSLATED, story(List.of(es), List.of(en), List.of(sure(Lang.SPANISH)),
                List.of(sure(Lang.SPANISH))))).isEmpty();
    }

    @Test
    void the_same_text_on_both_sides_is_reported_even_without_language_guesses() {
        List<Finding> findings = run(CheckType.UNTRANSLATED, TestStories.parallel(List.of(ES), List.of(ES)));
        assertThat(rules(findings)).containsExactly("identical");
    }

    @Test
    void names_numbers_short_texts_and_unsure_guesses_are_not_reported() {
        List<String> es = List.of("Barack Obama", "Real Madrid 2, Barcelona 1", ES, "Sí, claro.");
        List<String> en = List.of("Barack Obama", "Real Madrid 2, Barcelona 1", EN, "Sí, claro.");
        List<LanguageGuess> esLangs = List.of(LanguageGuess.UNKNOWN, LanguageGuess.UNKNOWN, sure(Lang.SPANISH),
                LanguageGuess.UNKNOWN);
        List<LanguageGuess> enLangs = List.of(LanguageGuess.UNKNOWN, LanguageGuess.UNKNOWN,
                new LanguageGuess(Lang.SPANISH, 0.01), sure(Lang.SPANISH));
        assertThat(run(CheckType.UNTRANSLATED, story(es, en, esLangs, enLangs))).isEmpty();
    }
}

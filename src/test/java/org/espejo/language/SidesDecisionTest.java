package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.espejo.language.SidesDecision.Side;
import org.espejo.language.SidesDecision.Verdict;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class SidesDecisionTest {

    private static final LanguageGuess SPANISH = new LanguageGuess(Lang.SPANISH, 0.98);
    private static final LanguageGuess ENGLISH = new LanguageGuess(Lang.ENGLISH, 0.97);
    private static final LanguageGuess FRENCH = new LanguageGuess(Lang.FRENCH, 0.99);

    @Test
    void spanish_uploaded_first_is_the_spanish_side() {
        SidesDecision sides = SidesDecision.decide(SPANISH, ENGLISH);

        assertThat(sides.verdict()).isEqualTo(Verdict.SPANISH_ENGLISH);
        assertThat(sides.spanish()).isEqualTo(Side.FIRST);
        assertThat(sides.spanish("a.docx", "b.pdf")).isEqualTo("a.docx");
        assertThat(sides.english("a.docx", "b.pdf")).isEqualTo("b.pdf");
    }

    @Test
    void spanish_uploaded_second_is_still_the_spanish_side() {
        SidesDecision sides = SidesDecision.decide(ENGLISH, SPANISH);

        assertThat(sides.verdict()).isEqualTo(Verdict.SPANISH_ENGLISH);
        assertThat(sides.spanish()).isEqualTo(Side.SECOND);
        assertThat(sides.spanish("a.docx", "b.pdf")).isEqualTo("b.pdf");
        assertThat(sides.english("a.docx", "b.pdf")).isEqualTo("a.docx");
    }

    @Test
    void two_documents_in_the_same_language_are_refused_with_that_language() {
        SidesDecision sides = SidesDecision.decide(SPANISH, new LanguageGuess(Lang.SPANISH, 0.9));

        assertThat(sides.verdict()).isEqualTo(Verdict.SAME_LANGUAGE);
        assertThat(sides.first().lang()).isEqualTo(Lang.SPANISH);
        assertThat(sides.isUsable()).isFalse();
        assertThatThrownBy(() -> sides.spanish("a", "b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_pair_that_is_not_spanish_and_english_names_the_languages_found() {
        SidesDecision sides = SidesDecision.decide(FRENCH, ENGLISH);

        assertThat(sides.verdict()).isEqualTo(Verdict.NOT_SPANISH_ENGLISH);
        assertThat(sides.first().lang()).isEqualTo(Lang.FRENCH);
        assertThat(sides.second().lang()).isEqualTo(Lang.ENGLISH);
        assertThat(sides.spanish()).isEqualTo(Side.NEITHER);
    }

    @Test
    void an_unknown_document_makes_the_decision_unknown() {
        assertThat(SidesDecision.decide(LanguageGuess.UNKNOWN, ENGLISH).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(SidesDecision.decide(SPANISH, LanguageGuess.UNKNOWN).verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void the_user_can_override_with_the_spanish_side() {
        SidesDecision sides = SidesDecision.chosenByUser(Side.SECOND, FRENCH, ENGLISH);

        assertThat(sides.verdict()).isEqualTo(Verdict.CHOSEN_BY_USER);
        assertThat(sides.isUsable()).isTrue();
        assertThat(sides.english("first", "second")).isEqualTo("first");
        assertThatThrownBy(() -> SidesDecision.chosenByUser(Side.NEITHER, FRENCH, ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_verdict_and_a_side_that_contradict_each_other_are_rejected() {
        assertThatThrownBy(() -> new SidesDecision(Verdict.SAME_LANGUAGE, SPANISH, SPANISH, Side.FIRST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SidesDecision(Verdict.SPANISH_ENGLISH, SPANISH, ENGLISH, Side.NEITHER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detected_documents_are_sorted_into_sides_in_both_upload_orders() {
        LinguaLanguageDetector detector = LinguaLanguageDetector.shared();
        DocumentLanguages spanish = detector.profile(Document.ofTexts("es.txt", List.of(Fixtures.SPANISH, Fixtures.SPANISH_2)));
        DocumentLanguages english = detector.profile(Document.ofTexts("en.txt", List.of(Fixtures.ENGLISH, Fixtures.ENGLISH_2)));

        assertThat(SidesDecision.decide(spanish, english).spanish()).isEqualTo(Side.FIRST);
        assertThat(SidesDecision.decide(english, spanish).spanish()).isEqualTo(Side.SECOND);
        assertThat(SidesDecision.decide(english, english).verdict()).isEqualTo(Verdict.SAME_LANGUAGE);
    }

    @Test
    void detected_french_and_german_documents_are_not_a_spanish_english_pair() {
        LinguaLanguageDetector detector = LinguaLanguageDetector.shared();
        DocumentLanguages french = detector.profile(Document.ofTexts("fr.txt", List.of(Fixtures.FRENCH)));
        DocumentLanguages german = detector.profile(Document.ofTexts("de.txt", List.of(Fixtures.GERMAN)));

        SidesDecision sides = SidesDecision.decide(french, german);

        assertThat(sides.verdict()).isEqualTo(Verdict.NOT_SPANISH_ENGLISH);
        assertThat(List.of(sides.first().lang(), sides.second().lang())).containsExactly(Lang.FRENCH, Lang.GERMAN);
    }
}

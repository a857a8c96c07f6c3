package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import org.espejo.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinguaLanguageDetectorTest {

    private final LinguaLanguageDetector detector = LinguaLanguageDetector.shared();

    @Test
    void spanish_paragraph_is_spanish_with_high_confidence() {
        LanguageGuess guess = detector.detect(Fixtures.SPANISH);

        assertThat(guess.lang()).isEqualTo(Lang.SPANISH);
        assertThat(guess.confidence()).isGreaterThan(0.99).isLessThanOrEqualTo(1.0);
    }

    @Test
    void english_paragraph_is_english_with_high_confidence() {
        LanguageGuess guess = detector.detect(Fixtures.ENGLISH);

        assertThat(guess.lang()).isEqualTo(Lang.ENGLISH);
        assertThat(guess.confidence()).isGreaterThan(0.99);
    }

    static Stream<Arguments> other_languages() {
        return Stream.of(
                Arguments.of(Fixtures.FRENCH, Lang.FRENCH),
                Arguments.of(Fixtures.GERMAN, Lang.GERMAN),
                Arguments.of(Fixtures.PORTUGUESE, Lang.PORTUGUESE));
    }

    @ParameterizedTest
    @MethodSource("other_languages")
    void other_languages_are_named(String text, Lang expected) {
        assertThat(detector.detect(text).lang()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello", "Capítulo 1", "¡Ay!", "1234 5678", "", "   ", "— ¿Y?"})
    void short_text_is_unknown(String text) {
        assertThat(detector.detect(text)).isEqualTo(LanguageGuess.UNKNOWN);
    }

    @Test
    void a_longer_sentence_is_called_with_a_lower_confidence_than_a_paragraph() {
        LanguageGuess sentence = detector.detect("The knight rode out of the village at dawn.");
        LanguageGuess paragraph = detector.detect(Fixtures.ENGLISH + " " + Fixtures.ENGLISH_2);

        assertThat(sentence.lang()).isEqualTo(Lang.ENGLISH);
        assertThat(sentence.confidence()).isLessThan(paragraph.confidence());
    }

    @Test
    void profile_has_one_guess_per_paragraph_and_per_sentence_with_its_span() {
        String twoSentences = Fixtures.SPANISH + " " + Fixtures.SPANISH_2;
        Document document = Document.ofTexts("es", List.of(twoSentences, Fixtures.SPANISH_2, "Capítulo 1"));

        DocumentLanguages languages = detector.profile(document);

        assertThat(languages.paragraphs()).extracting(LanguageGuess::lang)
                .containsExactly(Lang.SPANISH, Lang.SPANISH, Lang.UNKNOWN);
        assertThat(languages.sentences().get(0)).extracting(LanguageGuess::lang)
                .containsExactly(Lang.SPANISH, Lang.SPANISH);
        List<Span> spans = languages.sentenceSpans().get(0);
        assertThat(spans.get(0).of(twoSentences)).isEqualTo(Fixtures.SPANISH);
        assertThat(spans.get(1).of(twoSentences)).isEqualTo(Fixtures.SPANISH_2);
        assertThat(languages.sentences().get(2)).containsExactly(LanguageGuess.UNKNOWN);
    }

    @Test
    void a_paragraph_half_in_each_language_is_too_mixed_to_call_though_its_sentences_are_known() {
        DocumentLanguages languages = detector.profile(
                Document.ofTexts("mixed", List.of(Fixtures.HALF_SPANISH_HALF_ENGLISH)));

        assertThat(languages.paragraphs().get(0)).isEqualTo(LanguageGuess.UNKNOWN);
        assertThat(languages.sentences().get(0)).extracting(LanguageGuess::lang)
                .containsExactly(Lang.SPANISH, Lang.ENGLISH);
    }

    @Test
    void document_language_is_the_language_of_most_of_its_letters() {
        Document document = Document.ofTexts("es", List.of(Fixtures.SPANISH, Fixtures.SPANISH_2,
                Fixtures.ENGLISH_2, "Capítulo 1"));

        DocumentLanguages languages = detector.profile(document);

        assertThat(languages.document().lang()).isEqualTo(Lang.SPANISH);
        assertThat(languages.document().confidence()).isBetween(0.6, 0.7);
        assertThat(languages.languagesFound()).containsExactly(Lang.SPANISH, Lang.ENGLISH);
        assertThat(languages.shares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_document_evenly_split_between_two_languages_is_unknown() {
        Document document = Document.ofTexts("both", List.of(Fixtures.SPANISH, Fixtures.ENGLISH));

        DocumentLanguages languages = detector.profile(document);

        assertThat(languages.document()).isEqualTo(LanguageGuess.UNKNOWN);
        assertThat(languages.share(Lang.SPANISH)).isBetween(0.35, 0.65);
    }

    @Test
    void a_document_of_short_lines_is_called_from_all_of_them_together() {
        Document document = Document.ofTexts("lines", List.of("Hola, amigo.", "¿Qué tal estás?",
                "Muy bien, gracias.", "¿Y tu hermana?", "Está en casa."));

        DocumentLanguages languages = detector.profile(document);

        assertThat(languages.paragraphs()).allMatch(g -> !g.isKnown() || g.lang() == Lang.SPANISH);
        assertThat(languages.document().lang()).isEqualTo(Lang.SPANISH);
    }

    @Test
    void an_empty_document_has_an_unknown_language() {
        DocumentLanguages languages = detector.profile(Document.ofTexts("empty", List.of()));

        assertThat(languages.document()).isEqualTo(LanguageGuess.UNKNOWN);
        assertThat(languages.paragraphs()).isEmpty();
        assertThat(languages.shares()).isEmpty();
    }
}

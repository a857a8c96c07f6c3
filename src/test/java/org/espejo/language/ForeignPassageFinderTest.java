package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.espejo.text.Document;
import org.espejo.text.Lang;
import org.junit.jupiter.api.Test;

class ForeignPassageFinderTest {

    private final LinguaLanguageDetector detector = LinguaLanguageDetector.shared();
    private final ForeignPassageFinder finder = new ForeignPassageFinder(detector);

    private List<PassageStatus> statuses(Lang side, String... paragraphs) {
        Document document = Document.ofTexts("side", List.of(paragraphs));
        return finder.statuses(document, detector.profile(document), side);
    }

    private List<ForeignPassage> find(Lang side, String... paragraphs) {
        Document document = Document.ofTexts("side", List.of(paragraphs));
        return finder.find(document, detector.profile(document), side);
    }

    @Test
    void paragraphs_in_the_side_language_are_the_same_and_not_reported() {
        assertThat(statuses(Lang.SPANISH, Fixtures.SPANISH, Fixtures.SPANISH_2))
                .containsExactly(PassageStatus.SAME, PassageStatus.SAME);
        assertThat(find(Lang.SPANISH, Fixtures.SPANISH, Fixtures.SPANISH_2)).isEmpty();
    }

    @Test
    void a_wholly_english_paragraph_on_the_spanish_side_is_untranslated() {
        List<ForeignPassage> found = find(Lang.SPANISH, Fixtures.SPANISH, Fixtures.ENGLISH, Fixtures.SPANISH_2);

        assertThat(found).hasSize(1);
        ForeignPassage passage = found.get(0);
        assertThat(passage.paragraph()).isEqualTo(1);
        assertThat(passage.status()).isEqualTo(PassageStatus.UNTRANSLATED);
        assertThat(passage.language()).isEqualTo(Lang.ENGLISH);
        assertThat(passage.spans()).singleElement()
                .satisfies(s -> assertThat(s.span().of(Fixtures.ENGLISH)).isEqualTo(Fixtures.ENGLISH));
    }

    @Test
    void a_wholly_spanish_paragraph_on_the_english_side_is_untranslated() {
        assertThat(statuses(Lang.ENGLISH, Fixtures.ENGLISH, Fixtures.SPANISH_2))
                .containsExactly(PassageStatus.SAME, PassageStatus.UNTRANSLATED);
    }

    @Test
    void an_english_quote_inside_a_spanish_paragraph_is_a_mixed_quote_not_untranslated() {
        List<ForeignPassage> found = find(Lang.SPANISH, Fixtures.SPANISH_WITH_ENGLISH_QUOTE);

        assertThat(found).singleElement().satisfies(passage -> {
            assertThat(passage.status()).isEqualTo(PassageStatus.MIXED_QUOTE);
            assertThat(passage.language()).isEqualTo(Lang.ENGLISH);
            assertThat(passage.spans()).singleElement().satisfies(span -> {
                assertThat(span.quoted()).isTrue();
                assertThat(span.span().of(Fixtures.SPANISH_WITH_ENGLISH_QUOTE))
                        .contains("We are working day and night")
                        .doesNotContain("alcalde", "vecinos");
            });
        });
    }

    @Test
    void a_long_english_quotation_framed_by_spanish_words_is_a_mixed_quote() {
        List<ForeignPassage> found = find(Lang.SPANISH, Fixtures.ENGLISH_QUOTE_FRAMED_IN_SPANISH);

        assertThat(found).singleElement().satisfies(passage -> {
            assertThat(passage.status()).isEqualTo(PassageStatus.MIXED_QUOTE);
            assertThat(passage.spans()).singleElement().satisfies(span ->
                    assertThat(span.span().of(Fixtures.ENGLISH_QUOTE_FRAMED_IN_SPANISH))
                            .startsWith("We shall fight").doesNotContain("dijo"));
        });
    }

    @Test
    void an_unquoted_english_sentence_in_a_mostly_spanish_paragraph_is_mixed_with_that_sentence_as_span() {
        String paragraph = Fixtures.SPANISH + " " + Fixtures.SPANISH_2
                + " The knight rode out of the village at dawn with his squire.";

        List<ForeignPassage> found = find(Lang.SPANISH, paragraph);

        assertThat(found).singleElement().satisfies(passage -> {
            assertThat(passage.status()).isEqualTo(PassageStatus.MIXED_QUOTE);
            assertThat(passage.spans()).singleElement().satisfies(span -> {
                assertThat(span.quoted()).isFalse();
                assertThat(span.span().of(paragraph)).isEqualTo("The knight rode out of the village at dawn with his squire.");
            });
        });
    }

    @Test
    void an_english_sentence_the_segmenter_joined_to_a_spanish_one_is_still_found() {
        // ICU's Spanish data takes "mar." for an abbreviation, so no sentence break follows it
        String english = "The house was sold to an American writer who spent the summer there.";
        String paragraph = Fixtures.SPANISH + " Vivía en un pueblo de pescadores junto al mar. " + english
                + " Las paredes todavía guardan las firmas de los visitantes.";

        List<ForeignPassage> found = find(Lang.SPANISH, paragraph);

        assertThat(found).singleElement().satisfies(passage -> {
            assertThat(passage.status()).isEqualTo(PassageStatus.MIXED_QUOTE);
            assertThat(passage.spans()).singleElement()
                    .satisfies(span -> assertThat(span.span().of(paragraph)).isEqualTo(english));
        });
    }

    @Test
    void a_paragraph_mostly_in_english_with_a_spanish_sentence_is_untranslated() {
        String paragraph = Fixtures.ENGLISH + " " + Fixtures.ENGLISH_2 + " Y así fue.";

        assertThat(statuses(Lang.SPANISH, paragraph)).containsExactly(PassageStatus.UNTRANSLATED);
    }

    @Test
    void a_french_paragraph_on_either_side_is_another_language() {
        List<ForeignPassage> found = find(Lang.SPANISH, Fixtures.SPANISH, Fixtures.FRENCH);

        assertThat(found).singleElement().satisfies(passage -> {
            assertThat(passage.status()).isEqualTo(PassageStatus.OTHER_LANGUAGE);
            assertThat(passage.language()).isEqualTo(Lang.FRENCH);
        });
        assertThat(statuses(Lang.ENGLISH, Fixtures.GERMAN)).containsExactly(PassageStatus.OTHER_LANGUAGE);
    }

    @Test
    void short_paragraphs_are_unknown_and_not_reported() {
        assertThat(statuses(Lang.SPANISH, "Hello", "Capítulo 1", "12.")).containsOnly(PassageStatus.UNKNOWN);
        assertThat(find(Lang.SPANISH, "Hello", "OK, thanks")).isEmpty();
    }

    @Test
    void a_short_english_title_in_a_spanish_paragraph_is_not_flagged() {
        String paragraph = "Ayer se estrenó en Madrid la película Slumdog Millionaire, ganadora de ocho premios.";

        assertThat(statuses(Lang.SPANISH, paragraph)).containsExactly(PassageStatus.SAME);
    }
}

package org.espejo.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner();

    private static final List<List<String>> ES = List.of(
            List.of("El presidente Obregón visitó Guadalajara en 1921.", "Llegó con 250 soldados."),
            List.of("La producción de café aumentó un 17 por ciento.", "Veracruz exportó además 9.000 sacos de granos seleccionados a Alemania, Francia y Japón durante aquel invierno.",
                    "¿Quién compró el café?"));
    private static final List<List<String>> EN = List.of(
            List.of("President Obregón visited Guadalajara in 1921 and arrived with 250 soldiers."),
            List.of("Coffee production increased by 17 percent.", "Who bought the coffee?"));

    private static Alignment paragraphs() {
        return Alignment.of(2, 2, List.of(
                new Bead(Range.single(0), Range.single(0), 1, Evidence.NONE),
                new Bead(Range.single(1), Range.single(1), 1, Evidence.NONE)));
    }

    @Test
    void sentences_are_aligned_inside_each_paragraph_bead() {
        SentenceAlignment result = aligner.align(paragraphs(), ES, EN);
        assertThat(Fixtures.compact(result.groups().get(0))).isEqualTo("0,1-0");
        assertThat(Fixtures.compact(result.groups().get(1))).isEqualTo("0-0 1- 2-1");
    }

    @Test
    void the_global_alignment_numbers_sentences_across_paragraphs() {
        Alignment sentences = aligner.align(paragraphs(), ES, EN).sentences();
        assertThat(Fixtures.compact(sentences)).isEqualTo("0,1-0 2-1 3- 4-2");
        assertThat(sentences.sourceSize()).isEqualTo(5);
        assertThat(sentences.targetSize()).isEqualTo(3);
    }

    @Test
    void sentences_of_an_unmatched_paragraph_become_gaps() {
        Alignment paragraphs = Alignment.of(2, 1, List.of(
                new Bead(Range.single(0), Range.of(0, 0), 0.9, Evidence.NONE),
                new Bead(Range.single(1), Range.single(0), 0.9, Evidence.NONE)));
        SentenceAlignment result = aligner.align(paragraphs, ES, EN.subList(1, 2));
        assertThat(Fixtures.compact(result.groups().get(0))).isEqualTo("0- 1-");
        assertThat(Fixtures.compact(result.sentences())).startsWith("0- 1- 2-0");
    }

    @Test
    void paragraphs_without_sentences_are_allowed() {
        SentenceAlignment result = aligner.align(paragraphs(), List.of(List.of(), ES.get(1)), EN);
        assertThat(Fixtures.compact(result.groups().get(0))).isEqualTo("-0");
    }

    @Test
    void sentence_lists_must_match_the_paragraph_alignment() {
        assertThatThrownBy(() -> aligner.align(paragraphs(), ES.subList(0, 1), EN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

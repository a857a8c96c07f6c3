package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.Evidence;
import org.espejo.align.Range;
import org.espejo.align.SentenceAligner;
import org.espejo.align.SentenceAlignment;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;
import org.junit.jupiter.api.Test;

class BilingualDocumentTest {

    private static final List<String> ES = """
            En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía un hidalgo. Tenía en su casa una ama.
            Frisaba la edad de nuestro hidalgo con los cincuenta años.
            Es, pues, de saber que este sobredicho hidalgo leía libros de caballerías.
            """.lines().toList();
    private static final List<String> EN = """
            In a village of La Mancha, the name of which I have no desire to call to mind, there lived not long since a gentleman. He had in his house a housekeeper.
            The age of this gentleman of ours was bordering on fifty.
            You must know, then, that the above-named gentleman read books of chivalry.
            """.lines().toList();

    private final Bitext bitext = new Bitext(ES, Lang.SPANISH, EN, Lang.ENGLISH);

    @Test
    void a_paragraph_alignment_becomes_automatic_rows_with_its_confidences() {
        Alignment alignment = new BandedAligner().align(bitext);

        BilingualDocument doc = BilingualDocument.fromAlignment("Quijote", bitext, alignment);

        assertThat(doc.sourceLang()).isEqualTo("es");
        assertThat(doc.targetLang()).isEqualTo("en");
        assertThat(doc.rows()).hasSize(alignment.beads().size());
        for (int i = 0; i < doc.rows().size(); i++) {
            Bead bead = alignment.beads().get(i);
            BilingualRow row = doc.rows().get(i);
            assertThat(row.source()).isEqualTo(ES.subList(bead.source().start(), bead.source().end()));
            assertThat(row.target()).isEqualTo(EN.subList(bead.target().start(), bead.target().end()));
            assertThat(row.confidence()).isEqualTo(bead.confidence());
            assertThat(row.status()).isEqualTo(ReviewStatus.AUTOMATIC);
        }
    }

    @Test
    void a_two_level_alignment_carries_sentence_pairs_that_become_xliff_segments() throws Exception {
        SentenceSegmenter segmenter = new IcuSentenceSegmenter();
        List<List<String>> ss = sentences(segmenter, ES, Lang.SPANISH);
        List<List<String>> ts = sentences(segmenter, EN, Lang.ENGLISH);
        Alignment paragraphs = new BandedAligner().align(bitext);
        SentenceAlignment sentences = new SentenceAligner().align(paragraphs, ss, ts);

        BilingualDocument doc = BilingualDocument.fromAlignment("Quijote", bitext, paragraphs, ss, ts, sentences);

        BilingualRow first = doc.rows().get(0);
        assertThat(first.sentencePairs()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.sentencePairs().get(0).source()).startsWith("En un lugar de la Mancha");
        byte[] xliff = Exports.bytes(doc, Format.XLIFF, ExportOptions.defaults());
        XmlValidation.xliff2(xliff);
        assertThat(new String(xliff, java.nio.charset.StandardCharsets.UTF_8)).contains("<segment id=\"s2\"");
        assertThat(Exports.reimport(doc, Format.XLIFF, ExportOptions.defaults()).document().rows())
                .extracting(BilingualRow::sentencePairs).isEqualTo(doc.rows().stream().map(BilingualRow::sentencePairs).toList());
    }

    @Test
    void an_alignment_of_other_texts_is_refused() {
        Alignment tooSmall = Alignment.of(1, 1, List.of(new Bead(Range.single(0), Range.single(0), 1, Evidence.NONE)));

        assertThatThrownBy(() -> BilingualDocument.fromAlignment("x", bitext, tooSmall))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<String>> sentences(SentenceSegmenter segmenter, List<String> paragraphs, Lang lang) {
        List<List<String>> result = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            result.add(segmenter.split(p, paragraphs.get(p), lang).stream().map(Sentence::text).toList());
        }
        return result;
    }
}

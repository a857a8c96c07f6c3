package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeValuesTest {

    @ParameterizedTest
    @CsvSource({"es,es", "ES-mx,es-MX", "en_gb,en-GB", "es-419,es-419", "und,und"})
    void language_tags_are_normalised(String raw, String canonical) {
        assertThat(LanguageTags.normalize(raw)).isEqualTo(canonical);
    }

    @Test
    void malformed_language_tags_are_refused_at_once() {
        assertThatThrownBy(() -> ExportOptions.builder().languages("Spanish!", "en"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BilingualDocument("x", "*all*", "en", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LanguageTags.parse("")).isEmpty();
    }

    @Test
    void regional_variants_offered_for_spanish_and_english() {
        assertThat(LanguageTags.variantsOf("es")).startsWith("es", "es-ES", "es-MX");
        assertThat(LanguageTags.variantsOf("en-US")).startsWith("en", "en-US", "en-GB");
        assertThat(LanguageTags.variantsOf("fr")).containsExactly("fr");
    }

    @Test
    void options_refuse_unknown_report_languages_and_blank_versions() {
        assertThatThrownBy(() -> ExportOptions.builder().reportLanguage("fr")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportOptions.builder().toolVersion(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExportOptions.defaults().includeGaps()).isTrue();
        assertThat(ExportOptions.defaults().segtype()).isEqualTo(Segtype.PARAGRAPH);
    }

    @Test
    void rows_validate_their_content() {
        assertThatThrownBy(() -> BilingualRow.of(List.of(), List.of(), 1, ReviewStatus.AUTOMATIC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilingualRow.of(List.of(" "), List.of("x"), 1, ReviewStatus.AUTOMATIC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilingualRow.of(List.of("a"), List.of("b"), 1.5, ReviewStatus.AUTOMATIC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentencePair("", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_single_sentence_pair_that_is_the_whole_row_is_no_pair() {
        BilingualRow row = new BilingualRow(List.of("Hola."), List.of("Hello."), List.of(new SentencePair("Hola.", "Hello.")),
                1, ReviewStatus.CONFIRMED, List.of());

        assertThat(row.sentencePairs()).isEmpty();
        assertThat(row.pairsOrWhole()).containsExactly(new SentencePair("Hola.", "Hello."));
    }

    @Test
    void safe_text_removes_controls_and_keeps_everything_else() {
        assertThat(SafeText.clean("a\u0000b\u0007c\u001Fd\u007Fe\u0085f")).isEqualTo("abcdef");
        assertThat(SafeText.clean("x\r\ny\rz\tw\n")).isEqualTo("x\ny\nz\tw\n");
        assertThat(SafeText.clean("lone \uD800 and \uDC00 \uFFFE")).isEqualTo("lone \uFFFD and \uFFFD \uFFFD");
        String kept = "<b>&amp; 🙂 \u200F\u202Eשלום ¿qué?";
        assertThat(SafeText.clean(kept)).isSameAs(kept);
    }

    @Test
    void paragraph_lengths_restore_paragraphs_only_when_they_fit() {
        List<String> paragraphs = List.of("Primer 🙂 párrafo.", "Segundo.");
        String text = String.join(" ", paragraphs);
        String lengths = ParagraphLengths.encode(paragraphs);

        assertThat(lengths).isEqualTo("17,8");
        assertThat(ParagraphLengths.decode(text, lengths)).isEqualTo(paragraphs);
        assertThat(ParagraphLengths.decode(text + " más", lengths)).containsExactly(text + " más");
        assertThat(ParagraphLengths.decode(text, "x,y")).containsExactly(text);
        assertThat(ParagraphLengths.decode(text, "")).containsExactly(text);
        assertThat(ParagraphLengths.decode(" ", "")).isEmpty();
        assertThat(ParagraphLengths.encode(List.of("uno"))).isEmpty();
    }

    @Test
    void unit_pieces_put_together_give_the_row_texts() {
        BilingualRow row = Fixtures.hostileCleaned().rows().get(1);

        List<UnitPieces.Piece> pieces = UnitPieces.of(row);

        assertThat(String.join("", pieces.stream().map(UnitPieces.Piece::source).toList())).isEqualTo(row.sourceText());
        assertThat(String.join("", pieces.stream().map(UnitPieces.Piece::target).toList())).isEqualTo(row.targetText());
        assertThat(pieces.stream().filter(p -> !p.ignorable()).count()).isEqualTo(3);
    }

    @Test
    void sentence_pairs_that_do_not_fit_the_row_make_one_segment() {
        BilingualRow row = new BilingualRow(List.of("Uno. Dos."), List.of("One. Two."),
                List.of(new SentencePair("Uno.", "One."), new SentencePair("Tres.", "Three.")), 0.5,
                ReviewStatus.AUTOMATIC, List.of());

        assertThat(UnitPieces.of(row)).containsExactly(new UnitPieces.Piece("Uno. Dos.", "One. Two.", false));
    }

    @Test
    void file_names_are_safe_and_carry_the_extension() {
        assertThat(Format.TMX.fileName("Quijote 1/2: \"final\"")).isEqualTo("Quijote 1-2- -final-.tmx");
        assertThat(Format.XLIFF.fileName("  ")).isEqualTo("espejo.xlf");
        assertThat(Format.DOCX.fileName("../../etc/passwd")).isEqualTo("etc-passwd.docx");
        assertThat(Format.fromId("XLIFF12")).contains(Format.XLIFF_1_2);
        assertThat(Format.fromId("pdf")).isEmpty();
        assertThat(Format.XLSX.mediaType()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void text_formats_can_go_to_a_writer_and_binary_ones_cannot() throws Exception {
        java.io.StringWriter console = new java.io.StringWriter();

        Exporter.write(Fixtures.hostile(), Format.TMX, ExportOptions.defaults(), console);

        assertThat(console.toString()).isEqualTo(Exports.text(Fixtures.hostile(), Format.TMX, ExportOptions.defaults()));
        assertThatThrownBy(() -> Exporter.write(Fixtures.hostile(), Format.DOCX, ExportOptions.defaults(), console))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sentence_runs_are_cut_from_the_text_as_written() {
        SentenceTexts texts = new SentenceTexts(List.of("«No se cogerá gota.» Dijo.", "Otro párrafo."),
                List.of(List.of("«No se cogerá gota.", "»", "Dijo."), List.of("Otro párrafo.")));

        assertThat(texts.run(0, 2)).isEqualTo("«No se cogerá gota.»");
        assertThat(texts.run(2, 4)).isEqualTo("Dijo. Otro párrafo.");
        assertThat(texts.run(1, 1)).isEmpty();
        assertThat(new SentenceTexts(List.of("Uno."), List.of(List.of("Dos."))).run(0, 1)).isEqualTo("Dos.");
    }
}

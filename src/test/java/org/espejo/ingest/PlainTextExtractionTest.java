package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextExtractionTest {

    private static final String LATIN_1_STORY = """
            ¿Qué tal, señor? ¡Olé!

            El niño comió piñas en Aragón.
            """;
    private static final String WINDOWS_1252_STORY = """
            “¿Qué dices?” —preguntó el señor… ¡Ñandú!

            El “galgo” corre – y ‘salta’.
            """;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", bytes(WINDOWS_1252_STORY, StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with BOM", withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        bytes(WINDOWS_1252_STORY, StandardCharsets.UTF_8))),
                Arguments.of("UTF-16LE with BOM", withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        bytes(WINDOWS_1252_STORY, StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE with BOM", withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        bytes(WINDOWS_1252_STORY, StandardCharsets.UTF_16BE))),
                Arguments.of("UTF-16LE without BOM", bytes(WINDOWS_1252_STORY, StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16BE without BOM", bytes(WINDOWS_1252_STORY, StandardCharsets.UTF_16BE)),
                Arguments.of("Windows-1252", bytes(WINDOWS_1252_STORY, Charset.forName("windows-1252"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void text_in_each_encoding_gives_the_same_paragraphs(String encoding, byte[] bytes) throws Exception {
        assertThat(Extracted.extract("cuento.txt", bytes).texts()).containsExactly(
                "“¿Qué dices?” —preguntó el señor… ¡Ñandú!",
                "El “galgo” corre – y ‘salta’.");
    }

    @Test
    void iso_8859_1_text_is_decoded_as_latin_1() throws Exception {
        byte[] bytes = bytes(LATIN_1_STORY, StandardCharsets.ISO_8859_1);

        assertThat(Extracted.extract("cuento.txt", bytes).texts())
                .containsExactly("¿Qué tal, señor? ¡Olé!", "El niño comió piñas en Aragón.");
    }

    @Test
    void blank_line_blocks_are_paragraphs_and_their_lines_are_joined_with_a_space() throws Exception {
        String text = "Primera línea\r\ndel primer párrafo.\r\n\r\n  Segundo párrafo.  \r\n\r\n\r\nTercero.";

        assertThat(Extracted.extract("a.txt", bytes(text, StandardCharsets.UTF_8)).texts())
                .containsExactly("Primera línea del primer párrafo.", "Segundo párrafo.", "Tercero.");
    }

    @Test
    void without_blank_lines_every_non_empty_line_is_a_paragraph() throws Exception {
        String text = "Primera línea.\nSegunda línea.\n\nTercera línea.";
        String noBlankLines = "Primera línea.\nSegunda línea.\nTercera línea.\n";

        assertThat(Extracted.extract("a.txt", bytes(noBlankLines, StandardCharsets.UTF_8)).texts())
                .containsExactly("Primera línea.", "Segunda línea.", "Tercera línea.");
        assertThat(Extracted.extract("a.txt", bytes(text, StandardCharsets.UTF_8)).texts())
                .containsExactly("Primera línea. Segunda línea.", "Tercera línea.");
    }

    @Test
    void split_forces_one_rule() throws Exception {
        byte[] text = bytes("Uno.\nDos.\n\nTres.\n", StandardCharsets.UTF_8);
        byte[] lines = bytes("Uno.\nDos.\n", StandardCharsets.UTF_8);

        assertThat(Extracted.EXTRACTOR.extract("a.txt", text, TextSplit.LINE).texts())
                .containsExactly("Uno.", "Dos.", "Tres.");
        assertThat(Extracted.EXTRACTOR.extract("a.txt", lines, TextSplit.BLANK).texts())
                .containsExactly("Uno. Dos.");
    }

    @Test
    void a_line_with_only_invisible_characters_counts_as_blank() throws Exception {
        String text = "Uno.\n\u00A0\u200B \nDos.\n";

        assertThat(Extracted.extract("a.txt", bytes(text, StandardCharsets.UTF_8)).texts())
                .containsExactly("Uno.", "Dos.");
    }

    @Test
    void spaces_soft_hyphens_and_decomposed_accents_are_normalised_and_nothing_else_changes() throws Exception {
        String text = "Corazo\u0301n\u00A0de  gober\u00ADnador,\tﬁn\u200B — «bien» 1.000,50 €";

        assertThat(Extracted.extract("a.txt", bytes(text, StandardCharsets.UTF_8)).texts())
                .containsExactly("Corazón de gobernador, fin — «bien» 1.000,50 €");
    }

    @Test
    void text_without_an_extension_is_recognised_as_text() throws Exception {
        byte[] text = bytes("Hola, mundo.\n\nAdiós.", StandardCharsets.UTF_8);

        assertThat(Extracted.extract("LEEME", text).texts()).containsExactly("Hola, mundo.", "Adiós.");
        assertThat(Extracted.extract("LEEME", text).info().mediaType()).isEqualTo("text/plain");
    }

    @Test
    void pasted_text_follows_the_same_rules() throws Exception {
        assertThat(Extracted.EXTRACTOR.fromText("pegado", "Uno.\n\nDos\ny tres.", TextSplit.AUTO).texts())
                .containsExactly("Uno.", "Dos y tres.");
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}

package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class RtfExtractionTest {

    @Test
    void paragraphs_escaped_characters_and_bulleted_items_come_out_clean() throws Exception {
        String rtf = """
                {\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}{\\f1 Symbol;}}
                {\\info{\\title El cuento}{\\author Ana Autora}}
                {\\pard\\b Cap\\'edtulo uno\\b0\\par}
                {\\pard En un lugar de la Mancha, de cuyo nombre no quiero acordarme.\\par}
                {\\pard Un \\u241?and\\'fa, un gober\\-nador y\\~un \\'93texto\\'94 con comillas.\\par}
                {\\pard{\\pntext\\'b7\\tab}{\\*\\pn\\pnlvlblt{\\pntxtb\\'b7}}el roc\\'edn flaco\\par}
                {\\pard{\\pntext\\'b7\\tab}{\\*\\pn\\pnlvlblt{\\pntxtb\\'b7}}el galgo corredor\\par}
                \\pard Fin.\\par}""";

        Document document = Extracted.extract("cuento.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "BODY Capítulo uno",
                "BODY En un lugar de la Mancha, de cuyo nombre no quiero acordarme.",
                "BODY Un ñandú, un gobernador y un “texto” con comillas.",
                "LIST_ITEM el rocín flaco",
                "LIST_ITEM el galgo corredor",
                "BODY Fin.");
        assertThat(document.info().title()).isEqualTo("El cuento");
        assertThat(document.info().author()).isEqualTo("Ana Autora");
        assertThat(document.info().mediaType()).isEqualTo("application/rtf");
    }
}

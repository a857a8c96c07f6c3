package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class DocExtractionTest {

    @Test
    void a_word_97_file_gives_its_paragraphs_with_their_kinds_and_without_header_or_footer() throws Exception {
        Document document = Extracted.extract("cuento.doc", resource("/ingest/cuento.doc"));

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "HEADING La casa junto al río",
                "HEADING Capítulo uno",
                "BODY En un lugar de la Mancha, de cuyo nombre no quiero acordarme, vivía un gobernador.",
                "LIST_ITEM el rocín flaco",
                "LIST_ITEM el galgo corredor",
                "QUOTE «Sancho, amigo», dijo don Quijote.",
                "TABLE_CELL Nombre",
                "TABLE_CELL Edad",
                "TABLE_CELL Alonso",
                "TABLE_CELL cincuenta",
                "HEADING Sección segunda",
                "BODY Fin.");
        assertThat(document.info().title()).isEqualTo("El cuento");
        assertThat(document.info().author()).isEqualTo("Ana Autora");
        assertThat(document.info().mediaType()).isEqualTo("application/msword");
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = DocExtractionTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return in.readAllBytes();
        }
    }
}

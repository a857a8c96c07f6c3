package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class EpubExtractionTest {

    @Test
    void chapters_come_in_spine_order_with_their_kinds_and_without_the_table_of_contents() throws Exception {
        byte[] epub = Containers.epub("Novelas ejemplares", "Miguel de Cervantes", List.of(
                "<h1>La gitanilla</h1><p>Parece que los gitanos y gitanas solamente nacieron en el mundo "
                        + "para ser ladrones.</p><blockquote><p>Una cita.</p></blockquote>",
                "<h1>Rinconete y Cortadillo</h1><ul><li>Rincón</li><li>Cortado</li></ul><p>Fin.</p>"));

        Document document = Extracted.extract("novelas.epub", epub);

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "HEADING La gitanilla",
                "BODY Parece que los gitanos y gitanas solamente nacieron en el mundo para ser ladrones.",
                "QUOTE Una cita.",
                "HEADING Rinconete y Cortadillo",
                "LIST_ITEM Rincón",
                "LIST_ITEM Cortado",
                "BODY Fin.");
        assertThat(document.info().title()).isEqualTo("Novelas ejemplares");
        assertThat(document.info().author()).isEqualTo("Miguel de Cervantes");
        assertThat(document.info().mediaType()).isEqualTo("application/epub+zip");
    }
}

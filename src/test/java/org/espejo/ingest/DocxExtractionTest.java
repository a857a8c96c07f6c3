package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class DocxExtractionTest {

    @Test
    void headings_list_items_quotes_and_table_cells_come_out_as_their_own_paragraphs_with_their_kind()
            throws Exception {
        byte[] docx = new DocxBuilder()
                .titleParagraph("La casa junto al río")
                .heading(1, "Capítulo uno")
                .paragraph("En un lugar de la Mancha, de cuyo nombre no quiero acordarme.")
                .bulletItems("el rocín flaco", "el galgo corredor")
                .quote("«Sancho, amigo», dijo don Quijote.")
                .table(new String[] {"Nombre", "Edad"}, new String[] {"Alonso", "cincuenta"})
                .heading(2, "Sección segunda")
                .paragraph("Fin.")
                .bytes();

        Document document = Extracted.extract("cuento.docx", docx);

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "HEADING La casa junto al río",
                "HEADING Capítulo uno",
                "BODY En un lugar de la Mancha, de cuyo nombre no quiero acordarme.",
                "LIST_ITEM el rocín flaco",
                "LIST_ITEM el galgo corredor",
                "QUOTE «Sancho, amigo», dijo don Quijote.",
                "TABLE_CELL Nombre",
                "TABLE_CELL Edad",
                "TABLE_CELL Alonso",
                "TABLE_CELL cincuenta",
                "HEADING Sección segunda",
                "BODY Fin.");
    }

    @Test
    void running_headers_and_footers_are_not_paragraphs() throws Exception {
        byte[] docx = new DocxBuilder()
                .header("El Quijote — cabecera")
                .footer("Página 1")
                .paragraph("Primer párrafo.")
                .pageBreak()
                .paragraph("Segundo párrafo.")
                .bytes();

        assertThat(Extracted.extract("cuento.docx", docx).texts())
                .containsExactly("Primer párrafo.", "Segundo párrafo.");
    }

    @Test
    void soft_hyphens_non_breaking_spaces_zero_width_characters_and_decomposed_accents_are_cleaned()
            throws Exception {
        byte[] docx = new DocxBuilder()
                .paragraph("El gober\u00ADnador de la\u00A0ínsula\u200B Barataria")
                .paragraph("Corazo\u0301n  y  alma")
                .bytes();

        assertThat(Extracted.extract("cuento.docx", docx).texts())
                .containsExactly("El gobernador de la ínsula Barataria", "Corazón y alma");
    }

    @Test
    void line_breaks_inside_a_paragraph_become_spaces() throws Exception {
        byte[] docx = new DocxBuilder().paragraphWithBreaks("Verde que te quiero", "verde.").bytes();

        assertThat(Extracted.extract("poema.docx", docx).texts()).containsExactly("Verde que te quiero verde.");
    }

    @Test
    void title_author_media_type_and_character_count_are_kept() throws Exception {
        byte[] docx = new DocxBuilder().title("La casa").author("Ana Autora").paragraph("Hola.").bytes();

        Document document = Extracted.extract("cuento.docx", docx);

        assertThat(document.info().title()).isEqualTo("La casa");
        assertThat(document.info().author()).isEqualTo("Ana Autora");
        assertThat(document.info().fileName()).isEqualTo("cuento.docx");
        assertThat(document.info().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.characterCount()).isEqualTo(5);
    }

    @Test
    void a_docx_is_recognised_by_its_content_whatever_its_name() throws Exception {
        byte[] docx = new DocxBuilder().heading(1, "Título").paragraph("Texto.").bytes();

        assertThat(Extracted.kindsAndTexts(Extracted.extract("upload", docx)))
                .containsExactly("HEADING Título", "BODY Texto.");
    }
}

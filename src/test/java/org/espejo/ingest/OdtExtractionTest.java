package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class OdtExtractionTest {

    @Test
    void headings_paragraphs_list_items_and_table_cells_come_out_with_their_kind() throws Exception {
        byte[] odt = Containers.odt("El cuento", "Ana Autora", """
                <text:h text:outline-level="1">Capítulo uno</text:h>
                <text:p text:style-name="Standard">En un lugar de la <text:span>Mancha</text:span>, \
                de cuyo nombre no quiero acordarme.</text:p>
                <text:list>
                 <text:list-item><text:p>el rocín flaco</text:p></text:list-item>
                 <text:list-item><text:p>el galgo corredor</text:p></text:list-item>
                </text:list>
                <table:table>
                 <table:table-row>
                  <table:table-cell><text:p>Nombre</text:p></table:table-cell>
                  <table:table-cell><text:p>Alonso</text:p></table:table-cell>
                 </table:table-row>
                </table:table>
                <text:h text:outline-level="2">Sección</text:h>
                <text:p>Fin<text:s/>del<text:tab/>texto<text:line-break/>y otra línea.</text:p>""");

        Document document = Extracted.extract("cuento.odt", odt);

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "HEADING Capítulo uno",
                "BODY En un lugar de la Mancha, de cuyo nombre no quiero acordarme.",
                "LIST_ITEM el rocín flaco",
                "LIST_ITEM el galgo corredor",
                "TABLE_CELL Nombre",
                "TABLE_CELL Alonso",
                "HEADING Sección",
                "BODY Fin del texto y otra línea.");
        assertThat(document.info().title()).isEqualTo("El cuento");
        assertThat(document.info().author()).isEqualTo("Ana Autora");
        assertThat(document.info().mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void soft_hyphens_and_non_breaking_spaces_are_cleaned() throws Exception {
        byte[] odt = Containers.odt("t", "a", "<text:p>gober\u00ADnador de la\u00A0ínsula</text:p>");

        assertThat(Extracted.extract("cuento.odt", odt).texts()).containsExactly("gobernador de la ínsula");
    }
}

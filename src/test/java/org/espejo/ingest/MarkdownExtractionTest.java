package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class MarkdownExtractionTest {

    @Test
    void headings_list_items_quotes_and_table_cells_keep_their_kind_and_markup_goes() throws Exception {
        String markdown = """
                ---
                title: El cuento
                ---
                # Capítulo uno

                En un lugar de la *Mancha*, de cuyo **nombre**
                no quiero [acordarme](https://example.org/).
                ![un grabado](grabado.png)

                Sección segunda
                ---------------

                - el rocín `flaco`
                - el galgo
                  corredor
                  1. anidado

                > «Sancho, amigo»,
                > dijo don Quijote.

                | Nombre | Edad |
                |--------|------|
                | Alonso | 50   |

                <div>html que no es texto</div>

                    código sangrado

                Fin.
                """;

        Document document = Extracted.extract("cuento.md", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(Extracted.kindsAndTexts(document)).containsExactly(
                "HEADING Capítulo uno",
                "BODY En un lugar de la Mancha, de cuyo nombre no quiero acordarme.",
                "HEADING Sección segunda",
                "LIST_ITEM el rocín flaco",
                "LIST_ITEM el galgo corredor",
                "LIST_ITEM anidado",
                "QUOTE «Sancho, amigo», dijo don Quijote.",
                "TABLE_CELL Nombre",
                "TABLE_CELL Edad",
                "TABLE_CELL Alonso",
                "TABLE_CELL 50",
                "BODY código sangrado",
                "BODY Fin.");
        assertThat(document.info().mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void markdown_follows_markdown_rules_not_the_plain_text_line_rule() throws Exception {
        String text = "primera línea\nsegunda línea\n";

        assertThat(Extracted.extract("nota.md", text.getBytes(StandardCharsets.UTF_8)).texts())
                .containsExactly("primera línea segunda línea");
        assertThat(Extracted.extract("nota.txt", text.getBytes(StandardCharsets.UTF_8)).texts())
                .containsExactly("primera línea", "segunda línea");
    }
}

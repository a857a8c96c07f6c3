package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.espejo.text.Document;
import org.junit.jupiter.api.Test;

class PdfExtractionTest {

    private static final byte[] STORY = new PdfBuilder()
            .title("La ínsula")
            .runningHeader("Historia de la ínsula Barataria")
            .pageNumbers()
            .page(
                    "Capítulo primero",
                    "",
                    "Sancho fue nombrado gober-",
                    "nador de la ínsula, y el acuerdo franco-",
                    "mexicano no tuvo nada que ver con ello.",
                    "",
                    "Los vecinos salieron a recibirle con",
                    "música y con banderas que se exten-",
                    "dían por toda la plaza mayor de un")
            .page(
                    "pueblo que llamaban Barataria.",
                    "",
                    "El acuerdo franco-mexicano se firmó después, y la",
                    "historia conti-",
                    "núa en la página siguiente.")
            .page(
                    "Al día siguiente Sancho juzgó su primer pleito.",
                    "",
                    "Y así acaba la historia.")
            .bytes();

    @Test
    void lines_become_paragraphs_and_running_headers_and_page_numbers_are_dropped() throws Exception {
        Document document = Extracted.extract("insula.pdf", STORY);

        assertThat(document.texts()).containsExactly(
                "Capítulo primero",
                "Sancho fue nombrado gobernador de la ínsula, y el acuerdo franco-mexicano no tuvo nada que ver con ello.",
                "Los vecinos salieron a recibirle con música y con banderas que se extendían por toda la plaza mayor "
                        + "de un pueblo que llamaban Barataria.",
                "El acuerdo franco-mexicano se firmó después, y la historia continúa en la página siguiente.",
                "Al día siguiente Sancho juzgó su primer pleito.",
                "Y así acaba la historia.");
    }

    @Test
    void title_and_media_type_are_kept() throws Exception {
        Document document = Extracted.extract("insula.pdf", STORY);

        assertThat(document.info().title()).isEqualTo("La ínsula");
        assertThat(document.info().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void a_single_page_keeps_its_first_and_last_lines() throws Exception {
        byte[] pdf = new PdfBuilder().page("Una sola página", "", "con su texto.").bytes();

        assertThat(Extracted.extract("una.pdf", pdf).texts()).containsExactly("Una sola página", "con su texto.");
    }

    @Test
    void bullet_lines_are_list_items_without_their_bullet() throws Exception {
        byte[] pdf = new PdfBuilder().page("Lleva en el zurrón:", "• pan duro", "• queso manchego").bytes();

        assertThat(Extracted.kindsAndTexts(Extracted.extract("lista.pdf", pdf)))
                .containsExactly("BODY Lleva en el zurrón:", "LIST_ITEM pan duro", "LIST_ITEM queso manchego");
    }

    @Test
    void a_pdf_locked_only_against_editing_opens_without_a_password() throws Exception {
        byte[] pdf = new PdfBuilder().page("Se puede leer.").encryptedBytes("");

        assertThat(Extracted.extract("protegido.pdf", pdf).texts()).containsExactly("Se puede leer.");
    }
}

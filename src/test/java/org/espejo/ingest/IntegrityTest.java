package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IntegrityTest {

    private static void check(String type, String content) throws ExtractionException {
        Integrity.check("f", type, content.getBytes(StandardCharsets.ISO_8859_1), new ParseGuard());
    }

    @Test
    void rtf_braces_inside_escapes_and_binary_data_do_not_count() {
        assertThatCode(() -> check("application/rtf", "{\\rtf1 a \\{ b \\} c {\\bin3 }{{} d}"))
                .doesNotThrowAnyException();
    }

    @Test
    void an_rtf_file_whose_groups_do_not_close_is_truncated() {
        assertThatThrownBy(() -> check("application/rtf", "{\\rtf1 {\\b texto"))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.failure()).isEqualTo(ExtractionFailure.CORRUPT));
    }

    @Test
    void html_containers_count_but_unclosed_paragraphs_scripts_and_comments_do_not() {
        String sloppy = "<html><body>" + "<p>uno".repeat(5000) + "<script>" + "<div>".repeat(5000) + "</script>"
                + "<!-- " + "<div>".repeat(5000) + " -->" + "<div/>".repeat(5000) + "</body></html>";

        assertThatCode(() -> check("text/html", sloppy)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("text/html", "<DIV>".repeat(1001)))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.failure()).isEqualTo(ExtractionFailure.EMBEDDED_LIMIT));
    }

    @Test
    void a_pdf_needs_its_end_of_file_marker_near_the_end() {
        assertThatCode(() -> check("application/pdf", "%PDF-1.7\n...\n%%EOF\n")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("application/pdf", "%PDF-1.7\n...")).isInstanceOf(ExtractionException.class);
    }
}

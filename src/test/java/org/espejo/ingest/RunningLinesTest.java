package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunningLinesTest {

    @Test
    void numbers_are_blanked_so_changing_page_numbers_share_a_key() {
        assertThat(RunningLines.key("Página 12 de 30")).isEqualTo(RunningLines.key("página 13 de 30"));
        assertThat(RunningLines.key("iv")).isEqualTo(RunningLines.key("17"));
        assertThat(RunningLines.key("Capítulo uno")).isNotEqualTo(RunningLines.key("Capítulo dos"));
    }

    @Test
    void lines_at_page_edges_that_recur_on_half_the_pages_are_running() {
        List<List<String>> pages = List.of(
                List.of("El Quijote", "texto uno", "más texto", "y más", "sigue", "1"),
                List.of("El Quijote", "texto dos", "más texto", "y más", "sigue", "2"),
                List.of("Capítulo II", "texto tres", "más texto", "y más", "sigue", "3"),
                List.of("El Quijote", "texto cuatro", "más texto", "y más", "sigue", "4"));

        assertThat(RunningLines.find(pages)).contains("el quijote", "#").doesNotContain("capítulo ii", "texto uno");
    }

    @Test
    void a_single_page_has_no_running_lines() {
        assertThat(RunningLines.find(List.of(List.of("Título", "texto", "1")))).isEmpty();
    }
}

package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DehyphenatorTest {

    private static String join(List<List<String>> document, List<String> lines) {
        return Dehyphenator.of(document).join(lines);
    }

    @Test
    void a_hyphen_that_breaks_a_word_at_a_line_end_goes() {
        List<String> lines = List.of("el gober-", "nador de la ínsula");

        assertThat(join(List.of(lines), lines)).isEqualTo("el gobernador de la ínsula");
    }

    @Test
    void a_compound_the_document_writes_with_its_hyphen_keeps_it() {
        List<String> lines = List.of("el acuerdo franco-", "mexicano se firmó");
        List<String> elsewhere = List.of("otro acuerdo franco-mexicano más");

        assertThat(join(List.of(lines, elsewhere), lines)).isEqualTo("el acuerdo franco-mexicano se firmó");
    }

    @Test
    void a_prefix_the_document_uses_in_compounds_keeps_its_hyphen() {
        List<String> lines = List.of("la ciudad franco-", "mexicana de la frontera");
        List<String> elsewhere = List.of("el acuerdo franco-mexicano");

        assertThat(join(List.of(lines, elsewhere), lines)).isEqualTo("la ciudad franco-mexicana de la frontera");
    }

    @Test
    void the_joined_word_seen_elsewhere_wins_over_a_prefix() {
        List<String> lines = List.of("un auto-", "móvil rojo");
        List<String> elsewhere = List.of("la auto-organización del automóvil");

        assertThat(join(List.of(lines, elsewhere), lines)).isEqualTo("un automóvil rojo");
    }

    @Test
    void a_hyphen_before_a_capital_or_a_digit_or_after_a_number_stays() {
        assertThat(join(List.of(), List.of("Jean-", "Paul llegó"))).isEqualTo("Jean-Paul llegó");
        assertThat(join(List.of(), List.of("los años 1990-", "2000"))).isEqualTo("los años 1990-2000");
        assertThat(join(List.of(), List.of("el siglo XX-", "XXI"))).isEqualTo("el siglo XX-XXI");
    }

    @Test
    void a_dash_after_a_space_is_punctuation_and_lines_join_with_a_space() {
        assertThat(join(List.of(), List.of("dijo -", "y calló"))).isEqualTo("dijo - y calló");
    }

    @Test
    void a_soft_hyphen_at_a_line_end_always_goes() {
        assertThat(join(List.of(), List.of("gober\u00AD", "nador"))).isEqualTo("gobernador");
    }
}

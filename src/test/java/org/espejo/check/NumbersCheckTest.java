package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.espejo.check.TestStories.parallel;
import static org.espejo.check.TestStories.rules;
import static org.espejo.check.TestStories.run;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumbersCheckTest {

    private static List<Finding> check(String es, String en) {
        return run(CheckType.NUMBERS, parallel(List.of(es), List.of(en)));
    }

    @Test
    void a_changed_number_is_reported_with_both_sides() {
        List<Finding> findings = check("Murieron 15 personas en el incendio.", "16 people died in the fire.");
        assertThat(rules(findings)).containsExactly("different");
        assertThat(findings.get(0).args()).containsExactly("15", "16");
        assertThat(findings.get(0).left()).extracting(m -> m.span().start()).containsExactly(9);
    }

    @Test
    void a_number_without_counterpart_is_reported_on_its_side() {
        List<Finding> findings = check("En 2009 llegaron 300 barcos al puerto.", "In 2009 ships arrived at the port.");
        assertThat(rules(findings)).containsExactly("missing");
        assertThat(findings.get(0).args()).containsExactly("300");
        assertThat(findings.get(0).right()).isNotEmpty();
    }

    @Test
    void a_different_month_in_a_date_is_reported() {
        assertThat(rules(check("Llegó el 10 de noviembre.", "He arrived on October 10."))).containsExactly("different");
    }

    @Test
    void an_english_number_in_the_spanish_format_is_reported_as_a_format_slip() {
        List<Finding> findings = check("Vinieron 1.500 personas.", "1.500 people came.");
        assertThat(rules(findings)).containsExactly("format");
        assertThat(findings.get(0).right()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', value = {
        "El índice subió 1.500,5 puntos.|The index rose 1,500.5 points.",
        "El índice subió 1,500.5 puntos.|The index rose 1,500.5 points.",
        "El paro subió al 13 por ciento.|Unemployment rose to 13 percent.",
        "El paro subió al 13 %.|Unemployment rose to 13%.",
        "Llegó el 10 de noviembre de 2009.|He arrived on November 10, 2009.",
        "Quedó en 3º lugar.|She came 3rd.",
        "Llegaron diez barcos.|10 ships arrived.",
        "Llegaron 10 barcos.|Ten ships arrived.",
        "Costó 1,5 millones de euros.|It cost 1.5 million euros.",
        "Costó 1.500 millones de euros.|It cost 1.5 billion euros.",
        "La música de los años 70.|The music of the 1970s.",
        "Hay 140 000 ofertas.|There are 140,000 offers.",
        "Empieza a las 22.30.|It starts at 10:30 p.m.",
        "Empieza a las diez y media.|It starts at 10:30.",
        "Es el siglo XX.|It is the 20th century.",
        "Son ciento ochenta invitados.|There are 180 guests.",
        "Firmado el 28.8.09 en agosto.|Signed on 28 August 2009.",
        "Uno de ellos habló.|One of them spoke.",
        "La G20 se reunió en Londres.|The G20 met in London."
    })
    void the_same_numbers_written_the_two_languages_ways_are_not_reported(String es, String en) {
        assertThat(check(es, en)).isEmpty();
    }

    @Test
    void numbers_in_a_row_without_counterpart_are_left_to_the_omissions_check() {
        AlignedStory story = TestStories.rows(List.of("Hubo 3 heridos.", "Y 5 muertos."), List.of("3 were injured."),
                "0:0 1:");
        assertThat(run(CheckType.NUMBERS, story)).isEmpty();
    }
}
